import type { RecordKind } from "../components/record-page";
import { RelatedContacts } from "../components/related-contacts";
import { RelatedDeals } from "../components/related-deals";
import { type Company, createCompany, deleteCompany, getCompany, updateCompany } from "../lib/crm-queries";
import { lazySchema } from "../lib/form";
import { formatCount } from "../lib/format";
import { useTenant } from "../lib/tenant";
import { added, notesFact, notesField, ownerFact, ownerField, tagsFact, tagsField } from "./shared";

const schema = lazySchema(() => import("@abante/validators").then((m) => m.createCompanyInput.omit({ tenant: true })));

/** Companies: their people and deals, timeline and files. */
export const companyKind: RecordKind<Company, object, typeof schema> = {
  noun: "company",
  section: "Companies",
  path: "/companies",
  name: (c) => c.name,
  get: getCompany,
  remove: deleteCompany,
  schema,
  save: (tenant, input, company) =>
    company ? updateCompany({ tenant, id: company.id, ...input }) : createCompany({ tenant, ...input }),
  context: async () => ({}),
  fields: [
    { name: "name", label: "Name", kind: "text", value: (c) => c?.name },
    {
      name: "domain",
      label: "Website domain",
      optional: true,
      hint: "For example example.com.",
      kind: "text",
      spellcheck: false,
      value: (c) => c?.domain,
    },
    { name: "phone", label: "Phone", optional: true, kind: "text", type: "tel", value: (c) => c?.phone },
    { name: "industry", label: "Industry", optional: true, kind: "text", value: (c) => c?.industry },
    ownerField(),
    tagsField(),
    {
      name: "address",
      label: "Address",
      optional: true,
      wide: true,
      kind: "textarea",
      rows: 3,
      value: (c) => c?.address,
    },
    notesField(),
  ],
  facts: [
    {
      label: "Website",
      given: (c) => c.domain,
      show: (c) => (
        <a href={`https://${c.domain}`} target="_blank" rel="noopener noreferrer">
          {c.domain}
        </a>
      ),
    },
    { label: "Phone", given: (c) => c.phone, show: (c) => <a href={`tel:${c.phone}`}>{c.phone}</a> },
    { label: "Industry", given: (c) => c.industry, show: (c) => c.industry },
    { label: "Address", given: (c) => c.address, show: (c) => <span class="prewrap">{c.address}</span> },
    ownerFact(),
    tagsFact(),
    { label: "Contacts", show: (c) => formatCount(c.contactCount) },
    { label: "Open deals", show: (c) => formatCount(c.openDealCount) },
    notesFact(),
    added(),
  ],
  deleteNote: (c) => (
    <p>
      Its {formatCount(c.contactCount)} contacts and its deals stay, without the company. Its timeline entries lose the
      link; files attached to it are deleted.
    </p>
  ),
  timeline: (c) => ({ companyId: c.id }),
  files: "company",
  main: (c) => <CompanyContacts id={c().id} />,
  aside: (c) => <CompanyDeals id={c().id} />,
};

function CompanyContacts(props: { id: string }) {
  const tenant = useTenant();
  return <RelatedContacts companyId={props.id} newHref={tenant.path(`/contacts/new?company=${props.id}`)} />;
}

function CompanyDeals(props: { id: string }) {
  const tenant = useTenant();
  return <RelatedDeals of={{ companyId: props.id }} newHref={tenant.path(`/deals/new?company=${props.id}`)} />;
}
