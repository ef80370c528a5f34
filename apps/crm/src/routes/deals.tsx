import { A } from "@solidjs/router";
import { createResource, createUniqueId, For, Show } from "solid-js";
import { DealsViews } from "../components/deals-views";
import { ListPage } from "../components/list-page";
import { OwnerFilter } from "../components/owner-filter";
import { type DealRow, type DealStatus, getStages, listDeals, PAGE_SIZE } from "../lib/crm-queries";
import { formatDate, formatIsoDate } from "../lib/format";
import { dealStatusLabels } from "../lib/labels";
import { listSort, useListParams } from "../lib/list-params";
import { formatMoney } from "../lib/money";
import { createPagedList } from "../lib/paged-list";
import { settled } from "../lib/resource";
import { useTenant } from "../lib/tenant";

const SORTS = ["createdAt", "title", "amount"] as const;
const STATUSES: DealStatus[] = ["open", "won", "lost"];
const FILTERS = ["stage", "status", "owner"] as const;
const SORT_NAMES = { createdAt: "date added", title: "title", amount: "amount" };

/** Every deal as a list, 50 at a time: filters on stage, status and owner; sort by date, title or amount. */
export default function DealsPage() {
  const tenant = useTenant();
  const params = useListParams();
  const id = createUniqueId();
  const [stages] = createResource(() => tenant.slug(), getStages);
  const sort = listSort(params, SORTS, "desc");
  const list = createPagedList(
    () => ({
      tenant: tenant.slug(),
      stageId: params.get("stage"),
      status: STATUSES.find((s) => s === params.get("status")),
      ownerAccountId: params.get("owner"),
      sort: sort.value().column,
      direction: sort.value().direction,
    }),
    (query, cursor, signal) => listDeals({ ...query, cursor, limit: PAGE_SIZE }, signal),
    { onError: tenant.handleError },
  );
  const ownerName = (accountId: string | null) =>
    accountId ? tenant.members()?.find((m) => m.accountId === accountId)?.name : undefined;

  return (
    <ListPage
      noun="deals"
      title="Deals"
      actions={
        <>
          <DealsViews base={tenant.path("/deals")} />
          <A class="button" href={tenant.path("/deals/new")}>
            New deal
          </A>
        </>
      }
      filtersLabel="Filter deals"
      filterNames={FILTERS}
      params={params}
      filters={
        <>
          <div class="field">
            <label for={`${id}-stage`}>Stage</label>
            <select id={`${id}-stage`} onChange={(e) => params.set({ stage: e.currentTarget.value || undefined })}>
              <option value="" selected={!params.get("stage")}>
                Any stage
              </option>
              <For each={settled(stages) ?? []}>
                {(stage) => (
                  <option value={stage.id} selected={stage.id === params.get("stage")}>
                    {stage.name}
                  </option>
                )}
              </For>
            </select>
          </div>
          <div class="field">
            <label for={`${id}-status`}>Status</label>
            <select id={`${id}-status`} onChange={(e) => params.set({ status: e.currentTarget.value || undefined })}>
              <option value="" selected={!params.get("status")}>
                Any status
              </option>
              <For each={STATUSES}>
                {(status) => (
                  <option value={status} selected={status === params.get("status")}>
                    {dealStatusLabels[status]}
                  </option>
                )}
              </For>
            </select>
          </div>
          <OwnerFilter value={params.get("owner")} onChange={(owner) => params.set({ owner })} />
        </>
      }
      list={list}
      sort={sort}
      sortNames={SORT_NAMES}
      columns={[
        { label: "Title", sort: "title" },
        { label: "Stage" },
        { label: "Amount", sort: "amount", numeric: true },
        { label: "Company", secondary: true },
        { label: "Contact", secondary: true },
        { label: "Owner", secondary: true },
        { label: "Expected close", secondary: true },
        { label: "Added", sort: "createdAt", secondary: true },
      ]}
      emptyHint={
        <>
          No deals yet. <A href={tenant.path("/deals/new")}>Add the first deal</A>.
        </>
      }
      row={(deal: DealRow) => (
        <tr>
          <th scope="row">
            <A href={tenant.path(`/deals/${deal.id}`)}>{deal.title}</A>
          </th>
          <td>
            {deal.stage.name}
            <Show when={deal.status !== "open"}>
              {" "}
              <span class="tag" data-tone={deal.status === "won" ? "good" : "bad"}>
                {dealStatusLabels[deal.status]}
              </span>
            </Show>
          </td>
          <td class="num">{deal.amount === null ? "" : formatMoney(deal.amount, deal.currency)}</td>
          <td class="secondary">
            <Show when={deal.company}>{(c) => <A href={tenant.path(`/companies/${c().id}`)}>{c().name}</A>}</Show>
          </td>
          <td class="secondary">
            <Show when={deal.contact}>{(c) => <A href={tenant.path(`/contacts/${c().id}`)}>{c().name}</A>}</Show>
          </td>
          <td class="secondary">{ownerName(deal.ownerAccountId) ?? ""}</td>
          <td class="secondary">{deal.expectedClose ? formatIsoDate(deal.expectedClose) : ""}</td>
          <td class="secondary">
            <time datetime={deal.createdAt.toISOString()}>{formatDate(deal.createdAt)}</time>
          </td>
        </tr>
      )}
    />
  );
}
