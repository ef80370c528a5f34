import { A } from "@solidjs/router";
import { createUniqueId, For, Show } from "solid-js";
import { listDeals } from "../lib/crm-queries";
import { dealStatusLabels } from "../lib/labels";
import { formatMoney } from "../lib/money";
import { createPagedList } from "../lib/paged-list";
import { useTenant } from "../lib/tenant";
import { ListFooter } from "./list-table";
import { ProblemNotice } from "./problem-notice";

const RELATED_PAGE = 10;

/** A stage named like the status ("Lost") says it already: "Lost · Lost" was shown. */
const sameWords = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** The deals of a company or a contact, newest first, with a way to add one already linked. */
export function RelatedDeals(props: {
  of: { companyId: string } | { contactId: string };
  /** The new-deal page, with the link preset. */
  newHref: string;
}) {
  const tenant = useTenant();
  const id = createUniqueId();
  const list = createPagedList(
    () => ({ tenant: tenant.slug(), ...props.of }),
    (query, cursor, signal) =>
      listDeals({ ...query, sort: "createdAt", direction: "desc", cursor, limit: RELATED_PAGE }, signal),
    { onError: tenant.handleError },
  );
  return (
    <section class="card record-section" aria-labelledby={`${id}-deals`}>
      <div class="section-head">
        <h2 id={`${id}-deals`}>Deals</h2>
        <A href={props.newHref}>New deal</A>
      </div>
      <Show when={list.status() === "error" && list.items().length === 0}>
        <ProblemNotice error={list.error()} what="the deals" onRetry={list.retry} />
      </Show>
      <Show when={list.status() === "ready" && list.items().length === 0}>
        <p class="notice">No deals yet.</p>
      </Show>
      <ul class="related">
        <For each={list.items()}>
          {(deal) => (
            <li>
              <A href={tenant.path(`/deals/${deal.id}`)}>{deal.title}</A>
              <span class="meta">
                {" "}
                {deal.stage.name}
                {deal.status === "open" || sameWords(deal.stage.name, dealStatusLabels[deal.status])
                  ? ""
                  : ` · ${dealStatusLabels[deal.status]}`}
                {deal.amount === null ? "" : ` · ${formatMoney(deal.amount, deal.currency)}`}
              </span>
            </li>
          )}
        </For>
      </ul>
      <ListFooter list={list} noun="deals" />
    </section>
  );
}
