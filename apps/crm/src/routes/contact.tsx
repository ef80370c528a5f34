import { A, useParams } from "@solidjs/router";
import { createEffect, createResource, createSignal, For, Show } from "solid-js";
import { ContactForm } from "../components/contact-form";
import { DeleteRecord } from "../components/delete-record";
import { Fact } from "../components/fact";
import { FilesSection } from "../components/files-section";
import { Loaded } from "../components/loaded";
import { PageHeader } from "../components/page-header";
import { RelatedDeals } from "../components/related-deals";
import { TagList } from "../components/tag-list";
import { TimelineSection } from "../components/timeline-section";
import { deleteContact, getContact } from "../lib/crm-queries";
import { setDocumentTitle } from "../lib/document-title";
import { formatDate, formatDateTime, personName } from "../lib/format";
import { settled } from "../lib/resource";
import { useTenant } from "../lib/tenant";

/** One contact: details and editing, its deals, its timeline and its files. */
export default function ContactPage() {
  const tenant = useTenant();
  const params = useParams();
  const [contact, { mutate, refetch }] = createResource(
    () => ({ tenant: tenant.slug(), id: params.id ?? "" }),
    (input) =>
      getContact(input).catch((error) => {
        tenant.handleError(error);
        throw error;
      }),
  );
  const [editing, setEditing] = createSignal(false);
  const [saved, setSaved] = createSignal(false);
  let editButton: HTMLButtonElement | undefined;
  let editCard: HTMLDivElement | undefined;
  const name = () => {
    const c = settled(contact);
    return c ? personName(c.firstName, c.lastName) || "(no name)" : "";
  };
  createEffect(() => name() && setDocumentTitle(`${name()} · Contacts`));

  return (
    <section class="page record" aria-labelledby="record-heading">
      <p class="breadcrumbs">
        <A href={tenant.path("/contacts")}>Contacts</A>
      </p>
      <Loaded of={contact} what="the contact" retry={() => void refetch()}>
        {(c) => (
          <>
            <PageHeader id="record-heading" title={name()}>
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
                  Edit contact
                </button>
              </Show>
              <DeleteRecord
                noun="contact"
                name={name()}
                then={tenant.path("/contacts")}
                onDelete={() => deleteContact({ tenant: tenant.slug(), id: c().id })}
                consequences={
                  <p>Its timeline goes with it. Deals stay, without the contact; files attached to it are deleted.</p>
                }
              />
            </PageHeader>
            <p class="status-line" role="status">
              {saved() ? "Contact saved." : ""}
            </p>
            <Show
              when={editing()}
              fallback={
                <div class="card">
                  <Show when={c().jobTitle || c().company}>
                    <p class="lead">
                      {c().jobTitle}
                      <Show when={c().jobTitle && c().company}> at </Show>
                      <Show when={c().company}>
                        {(company) => <A href={tenant.path(`/companies/${company().id}`)}>{company().name}</A>}
                      </Show>
                    </p>
                  </Show>
                  <dl class="facts">
                    <Fact label="Email" when={c().email}>
                      <a href={`mailto:${c().email}`}>{c().email}</a>
                    </Fact>
                    <Fact label="Phone" when={c().phone}>
                      <a href={`tel:${c().phone}`}>{c().phone}</a>
                    </Fact>
                    <Show when={c().extraEmails.length > 0}>
                      <Fact label="Other email addresses">
                        <For each={c().extraEmails}>
                          {(email) => (
                            <>
                              <a href={`mailto:${email}`}>{email}</a>{" "}
                            </>
                          )}
                        </For>
                      </Fact>
                    </Show>
                    <Show when={c().extraPhones.length > 0}>
                      <Fact label="Other phone numbers">{c().extraPhones.join(", ")}</Fact>
                    </Show>
                    <Fact label="Owner" when={c().owner}>
                      {c().owner?.name}
                    </Fact>
                    <Fact label="Tags" when={c().tags}>
                      <TagList tags={c().tags} />
                    </Fact>
                    <Fact label="Marketing">
                      {c().marketingConsent
                        ? `Agreed${c().marketingConsentAt ? ` on ${formatDate(c().marketingConsentAt!)}` : ""}`
                        : "Not agreed"}
                    </Fact>
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
                <h2>Edit contact</h2>
                <ContactForm
                  contact={c()}
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
              <TimelineSection of={{ contactId: c().id }} />
              <div class="stack">
                <RelatedDeals
                  of={{ contactId: c().id }}
                  newHref={tenant.path(
                    `/deals/new?contact=${c().id}${c().company ? `&company=${c().company!.id}` : ""}`,
                  )}
                />
                <FilesSection entityKind="contact" entityId={c().id} />
              </div>
            </div>
          </>
        )}
      </Loaded>
    </section>
  );
}
