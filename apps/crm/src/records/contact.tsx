import { A } from "@solidjs/router";
import { For, Show } from "solid-js";
import type { RecordKind } from "../components/record-page";
import type { PickerOption } from "../components/record-picker";
import { RelatedDeals } from "../components/related-deals";
import { type Contact, createContact, deleteContact, getCompany, getContact, updateContact } from "../lib/crm-queries";
import { lazySchema } from "../lib/form";
import { formatDate, personName } from "../lib/format";
import { searchCompanies } from "../lib/pickers";
import { useTenant } from "../lib/tenant";
import { added, notesFact, notesField, ownerFact, ownerField, tagsFact, tagsField } from "./shared";

/** A new contact may start at a company (`?company=<id>`, from the company's page). */
interface ContactContext {
  company: PickerOption | null;
}

const schema = lazySchema(() => import("@abante/validators").then((m) => m.createContactInput.omit({ tenant: true })));

/** Contacts: people, with their company, deals, timeline and files. */
export const contactKind: RecordKind<Contact, ContactContext, typeof schema> = {
  noun: "contact",
  section: "Contacts",
  path: "/contacts",
  name: (c) => personName(c.firstName, c.lastName) || "(no name)",
  get: getContact,
  remove: deleteContact,
  schema,
  save: (tenant, input, contact) =>
    contact ? updateContact({ tenant, id: contact.id, ...input }) : createContact({ tenant, ...input }),
  context: async ({ tenant, param }) => {
    const id = param("company");
    const company = id
      ? await getCompany({ tenant, id }).then(
          (c) => ({ id: c.id, label: c.name }),
          () => null,
        )
      : null;
    return { company };
  },
  fields: [
    { name: "firstName", label: "First name", kind: "text", value: (c) => c?.firstName },
    { name: "lastName", label: "Last name", optional: true, kind: "text", value: (c) => c?.lastName },
    {
      name: "email",
      label: "Email",
      optional: true,
      kind: "text",
      type: "email",
      spellcheck: false,
      value: (c) => c?.email,
    },
    { name: "phone", label: "Phone", optional: true, kind: "text", type: "tel", value: (c) => c?.phone },
    { name: "jobTitle", label: "Job title", optional: true, kind: "text", value: (c) => c?.jobTitle },
    {
      name: "companyId",
      label: "Company",
      optional: true,
      hint: "Type part of the name, then choose.",
      kind: "picker",
      search: searchCompanies,
      noun: "company",
      nounPlural: "companies",
      value: (c, context) => (c ? c.company && { id: c.company.id, label: c.company.name } : context.company),
    },
    ownerField(),
    tagsField(),
    {
      name: "extraEmails",
      label: "Other email addresses",
      optional: true,
      hint: "One per line.",
      kind: "list",
      lines: true,
      spellcheck: false,
      value: (c) => c?.extraEmails,
    },
    {
      name: "extraPhones",
      label: "Other phone numbers",
      optional: true,
      hint: "One per line.",
      kind: "list",
      lines: true,
      value: (c) => c?.extraPhones,
    },
    notesField(),
    {
      name: "marketingConsent",
      label: "Marketing",
      optional: true,
      wide: true,
      kind: "checkbox",
      text: "This contact agreed to receive marketing from us",
      value: (c) => c?.marketingConsent,
    },
  ],
  lead: (c) => (
    <Show when={c().jobTitle || c().company}>
      <p class="lead">
        {c().jobTitle}
        <Show when={c().jobTitle && c().company}> at </Show>
        <Show when={c().company}>{(company) => <CompanyLink id={company().id} name={company().name} />}</Show>
      </p>
    </Show>
  ),
  facts: [
    { label: "Email", given: (c) => c.email, show: (c) => <a href={`mailto:${c.email}`}>{c.email}</a> },
    { label: "Phone", given: (c) => c.phone, show: (c) => <a href={`tel:${c.phone}`}>{c.phone}</a> },
    {
      label: "Other email addresses",
      if: (c) => c.extraEmails.length > 0,
      show: (c) => (
        <For each={c.extraEmails}>
          {(email) => (
            <>
              <a href={`mailto:${email}`}>{email}</a>{" "}
            </>
          )}
        </For>
      ),
    },
    { label: "Other phone numbers", if: (c) => c.extraPhones.length > 0, show: (c) => c.extraPhones.join(", ") },
    ownerFact(),
    tagsFact(),
    {
      label: "Marketing",
      show: (c) =>
        c.marketingConsent
          ? `Agreed${c.marketingConsentAt ? ` on ${formatDate(c.marketingConsentAt)}` : ""}`
          : "Not agreed",
    },
    notesFact(),
    added(),
  ],
  deleteNote: () => (
    <p>Its timeline goes with it. Deals stay, without the contact; files attached to it are deleted.</p>
  ),
  timeline: (c) => ({ contactId: c.id }),
  files: "contact",
  aside: (c) => <ContactDeals contact={c()} />,
};

function CompanyLink(props: { id: string; name: string }) {
  const tenant = useTenant();
  return <A href={tenant.path(`/companies/${props.id}`)}>{props.name}</A>;
}

/** The contact's deals; a new one starts linked to the contact and its company. */
function ContactDeals(props: { contact: Contact }) {
  const tenant = useTenant();
  const newHref = () => {
    const query = new URLSearchParams({ contact: props.contact.id });
    if (props.contact.company) query.set("company", props.contact.company.id);
    return tenant.path(`/deals/new?${query}`);
  };
  return <RelatedDeals of={{ contactId: props.contact.id }} newHref={newHref()} />;
}
