import { A, useParams } from "@solidjs/router";
import { createEffect, createResource, createSignal, Show } from "solid-js";
import { DealForm } from "../components/deal-form";
import { DeleteRecord } from "../components/delete-record";
import { Fact } from "../components/fact";
import { FilesSection } from "../components/files-section";
import { Loaded } from "../components/loaded";
import { PageHeader } from "../components/page-header";
import { TimelineSection } from "../components/timeline-section";
import { deleteDeal, getDeal, getStages } from "../lib/crm-queries";
import { setDocumentTitle } from "../lib/document-title";
import { formatDateTime, formatIsoDate } from "../lib/format";
import { dealStatusLabels } from "../lib/labels";
import { formatMoney } from "../lib/money";
import { settled } from "../lib/resource";
import { useTenant } from "../lib/tenant";

/** One deal: where it stands, editing, its timeline and its files. */
export default function DealPage() {
  const tenant = useTenant();
  const params = useParams();
  const [deal, { mutate, refetch }] = createResource(
    () => ({ tenant: tenant.slug(), id: params.id ?? "" }),
    (input) =>
      getDeal(input).catch((error) => {
        tenant.handleError(error);
        throw error;
      }),
  );
  const [stages, { refetch: refetchStages }] = createResource(() => tenant.slug(), getStages);
  const [editing, setEditing] = createSignal(false);
  const [saved, setSaved] = createSignal(false);
  let editButton: HTMLButtonElement | undefined;
  let editCard: HTMLDivElement | undefined;
  createEffect(() => {
    const d = settled(deal);
    if (d) setDocumentTitle(`${d.title} · Deals`);
  });

  return (
    <section class="page record" aria-labelledby="record-heading">
      <p class="breadcrumbs">
        <A href={tenant.path("/deals")}>Pipeline</A> · <A href={tenant.path("/deals/list")}>All deals</A>
      </p>
      <Loaded of={deal} what="the deal" retry={() => void refetch()}>
        {(d) => (
          <>
            <PageHeader id="record-heading" title={d().title}>
              <Show when={!editing()}>
                <button
                  type="button"
                  ref={editButton}
                  onClick={() => {
                    setSaved(false);
                    setEditing(true);
                    editCard?.querySelector<HTMLElement>("input, select, textarea")?.focus();
                  }}
                >
                  Edit deal
                </button>
              </Show>
              <DeleteRecord
                noun="deal"
                name={d().title}
                then={tenant.path("/deals")}
                onDelete={() => deleteDeal({ tenant: tenant.slug(), id: d().id })}
                consequences={<p>Its timeline entries lose the link to it; files attached to it are deleted.</p>}
              />
            </PageHeader>
            <p class="status-line" role="status">
              {saved() ? "Deal saved." : ""}
            </p>
            <Show
              when={editing()}
              fallback={
                <div class="card">
                  <p class="lead">
                    {d().amount === null ? "No amount" : formatMoney(d().amount!, d().currency)} · {d().stage.name}{" "}
                    <Show when={d().status !== "open"}>
                      <span class="tag" data-tone={d().status === "won" ? "good" : "bad"}>
                        {dealStatusLabels[d().status]}
                      </span>
                    </Show>
                  </p>
                  <dl class="facts">
                    <Show when={d().status === "lost"}>
                      <Fact label="Why it was lost" when={d().lostReason}>
                        {d().lostReason}
                      </Fact>
                    </Show>
                    <Show when={d().closedAt}>
                      {(closed) => (
                        <Fact label={d().status === "won" ? "Won on" : "Closed on"}>
                          <time datetime={closed().toISOString()}>{formatDateTime(closed())}</time>
                        </Fact>
                      )}
                    </Show>
                    <Fact label="Company" when={d().company}>
                      <A href={tenant.path(`/companies/${d().company?.id}`)}>{d().company?.name}</A>
                    </Fact>
                    <Fact label="Contact" when={d().contact}>
                      <A href={tenant.path(`/contacts/${d().contact?.id}`)}>{d().contact?.name}</A>
                    </Fact>
                    <Fact label="Expected close" when={d().expectedClose}>
                      {formatIsoDate(d().expectedClose)}
                    </Fact>
                    <Fact label="Owner" when={d().owner}>
                      {d().owner?.name}
                    </Fact>
                    <Fact label="Added">
                      <time datetime={d().createdAt.toISOString()}>{formatDateTime(d().createdAt)}</time>
                    </Fact>
                  </dl>
                </div>
              }
            >
              <div class="card" ref={editCard}>
                <h2>Edit deal</h2>
                <Loaded of={stages} what="the pipeline" retry={() => void refetchStages()}>
                  {(list) => (
                    <DealForm
                      deal={d()}
                      stages={list()}
                      onSaved={(next) => {
                        mutate(next);
                        setEditing(false);
                        setSaved(true);
                        editButton?.focus();
                      }}
                      onCancel={() => {
                        setEditing(false);
                        editButton?.focus();
                      }}
                    />
                  )}
                </Loaded>
              </div>
            </Show>
            <div class="record-grid">
              <TimelineSection of={{ dealId: d().id }} />
              <FilesSection entityKind="deal" entityId={d().id} />
            </div>
          </>
        )}
      </Loaded>
    </section>
  );
}
