import { A, useParams } from "@solidjs/router";
import { createEffect, createResource, createSignal, Show } from "solid-js";
import { CompanyForm } from "../components/company-form";
import { DeleteRecord } from "../components/delete-record";
import { Fact } from "../components/fact";
import { FilesSection } from "../components/files-section";
import { Loaded } from "../components/loaded";
import { PageHeader } from "../components/page-header";
import { RelatedContacts } from "../components/related-contacts";
import { RelatedDeals } from "../components/related-deals";
import { TagList } from "../components/tag-list";
import { TimelineSection } from "../components/timeline-section";
import { deleteCompany, getCompany } from "../lib/crm-queries";
import { setDocumentTitle } from "../lib/document-title";
import { formatCount, formatDateTime } from "../lib/format";
import { settled } from "../lib/resource";
import { useTenant } from "../lib/tenant";

/** One company: details and editing, its contacts and deals, its timeline and its files. */
export default function CompanyPage() {
  const tenant = useTenant();
  const params = useParams();
  const [company, { mutate, refetch }] = createResource(
    () => ({ tenant: tenant.slug(), id: params.id ?? "" }),
    (input) =>
      getCompany(input).catch((error) => {
        tenant.handleError(error);
        throw error;
      }),
  );
  const [editing, setEditing] = createSignal(false);
  const [saved, setSaved] = createSignal(false);
  let editButton: HTMLButtonElement | undefined;
  let editCard: HTMLDivElement | undefined;
  createEffect(() => {
    const c = settled(company);
    if (c) setDocumentTitle(`${c.name} · Companies`);
  });

  return (
    <section class="page record" aria-labelledby="record-heading">
      <p class="breadcrumbs">
        <A href={tenant.path("/companies")}>Companies</A>
      </p>
      <Loaded of={company} what="the company" retry={() => void refetch()}>
        {(c) => (
          <>
            <PageHeader id="record-heading" title={c().name}>
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
                  Edit company
                </button>
              </Show>
              <DeleteRecord
                noun="company"
                name={c().name}
                then={tenant.path("/companies")}
                onDelete={() => deleteCompany({ tenant: tenant.slug(), id: c().id })}
                consequences={
                  <p>
                    Its {formatCount(c().contactCount)} contacts and its deals stay, without the company. Its timeline
                    entries lose the link; files attached to it are deleted.
                  </p>
                }
              />
            </PageHeader>
            <p class="status-line" role="status">
              {saved() ? "Company saved." : ""}
            </p>
            <Show
              when={editing()}
              fallback={
                <div class="card">
                  <dl class="facts">
                    <Fact label="Website" when={c().domain}>
                      <a href={`https://${c().domain}`} target="_blank" rel="noopener noreferrer">
                        {c().domain}
                      </a>
                    </Fact>
                    <Fact label="Phone" when={c().phone}>
                      <a href={`tel:${c().phone}`}>{c().phone}</a>
                    </Fact>
                    <Fact label="Industry" when={c().industry}>
                      {c().industry}
                    </Fact>
                    <Fact label="Address" when={c().address}>
                      <span class="prewrap">{c().address}</span>
                    </Fact>
                    <Fact label="Owner" when={c().owner}>
                      {c().owner?.name}
                    </Fact>
                    <Fact label="Tags" when={c().tags}>
                      <TagList tags={c().tags} />
                    </Fact>
                    <Fact label="Contacts">{formatCount(c().contactCount)}</Fact>
                    <Fact label="Open deals">{formatCount(c().openDealCount)}</Fact>
                    <Fact label="Notes" when={c().notes}>
                      <span class="prewrap">{c().notes}</span>
                    </Fact>
                    <Fact label="Added">
                      <time datetime={c().createdAt.toISOString()}>{formatDateTime(c().createdAt)}</time>
                    </Fact>
                  </dl>
                </div>
              }
            >
              <div class="card" ref={editCard}>
                <h2>Edit company</h2>
                <CompanyForm
                  company={c()}
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
              </div>
            </Show>
            <div class="record-grid">
              <div class="stack">
                <RelatedContacts companyId={c().id} newHref={tenant.path(`/contacts/new?company=${c().id}`)} />
                <TimelineSection of={{ companyId: c().id }} />
              </div>
              <div class="stack">
                <RelatedDeals of={{ companyId: c().id }} newHref={tenant.path(`/deals/new?company=${c().id}`)} />
                <FilesSection entityKind="company" entityId={c().id} />
              </div>
            </div>
          </>
        )}
      </Loaded>
    </section>
  );
}
