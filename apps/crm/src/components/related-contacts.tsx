import { A } from "@solidjs/router";
import { createUniqueId, For, Show } from "solid-js";
import { listContacts } from "../lib/crm-queries";
import { personName } from "../lib/format";
import { createPagedList } from "../lib/paged-list";
import { useTenant } from "../lib/tenant";
import { ListFooter } from "./list-table";
import { ProblemNotice } from "./problem-notice";

const RELATED_PAGE = 20;

/** The people of a company, by name, page by page. */
export function RelatedContacts(props: { companyId: string; newHref: string }) {
  const tenant = useTenant();
  const id = createUniqueId();
  const list = createPagedList(
    () => ({ tenant: tenant.slug(), companyId: props.companyId }),
    (query, cursor, signal) => listContacts({ ...query, cursor, limit: RELATED_PAGE }, signal),
    { onError: tenant.handleError },
  );
  return (
    <section class="card record-section" aria-labelledby={`${id}-contacts`}>
      <div class="section-head">
        <h2 id={`${id}-contacts`}>Contacts</h2>
        <A href={props.newHref}>New contact</A>
      </div>
      <Show when={list.status() === "error" && list.items().length === 0}>
        <ProblemNotice error={list.error()} what="the contacts" onRetry={list.retry} />
      </Show>
      <Show when={list.status() === "ready" && list.items().length === 0}>
        <p class="notice">No contacts at this company yet.</p>
      </Show>
      <ul class="related">
        <For each={list.items()}>
          {(contact) => (
            <li>
              <A href={tenant.path(`/contacts/${contact.id}`)}>
                {personName(contact.firstName, contact.lastName) || "(no name)"}
              </A>
              <span class="meta">
                {contact.jobTitle ? ` ${contact.jobTitle}` : ""}
                {contact.email ? ` · ${contact.email}` : ""}
              </span>
            </li>
          )}
        </For>
      </ul>
      <ListFooter list={list} noun="contacts" />
    </section>
  );
}
