import { A } from "@solidjs/router";
import { Show } from "solid-js";
import type { RecordKind } from "../components/record-page";
import type { PickerOption } from "../components/record-picker";
import {
  createDeal,
  type Deal,
  deleteDeal,
  getCompany,
  getContact,
  getDeal,
  getStages,
  type Stage,
  updateDeal,
} from "../lib/crm-queries";
import { lazySchema } from "../lib/form";
import { formatDateTime, formatIsoDate, personName } from "../lib/format";
import { dealStatusLabels, stageKindLabels } from "../lib/labels";
import { formatMoney } from "../lib/money";
import { searchCompanies, searchContacts } from "../lib/pickers";
import { useTenant } from "../lib/tenant";
import { added, ownerFact, ownerField } from "./shared";

/** The pipeline's stages; a new deal may start in a stage, at a company and with a contact (`?stage=`, …). */
interface DealContext {
  stages: Stage[];
  stageId: string | undefined;
  company: PickerOption | null;
  contact: PickerOption | null;
}

const schema = lazySchema(() => import("@abante/validators").then((m) => m.createDealInput.omit({ tenant: true })));

/** A link a new deal starts with: `undefined` when the query names none, null when it names one that is gone. */
const preset = (id: string | undefined, load: (id: string) => Promise<PickerOption>) =>
  id ? load(id).catch(() => null) : Promise.resolve(null);

/**
 * Deals. A stage change in the form moves the deal to the end of that stage, as on the board; a lost stage needs its
 * reason, which only the board asks for (the server says so under the field).
 */
export const dealKind: RecordKind<Deal, DealContext, typeof schema> = {
  noun: "deal",
  section: "Deals",
  path: "/deals",
  crumbs: [
    { label: "Pipeline", path: "/deals" },
    { label: "All deals", path: "/deals/list" },
  ],
  name: (d) => d.title,
  get: getDeal,
  remove: deleteDeal,
  schema,
  save: (tenant, input, deal) =>
    deal ? updateDeal({ tenant, id: deal.id, ...input }) : createDeal({ tenant, ...input }),
  context: async ({ tenant, param }) => {
    const [stages, company, contact] = await Promise.all([
      getStages(tenant),
      preset(param("company"), (id) => getCompany({ tenant, id }).then((c) => ({ id: c.id, label: c.name }))),
      preset(param("contact"), (id) =>
        getContact({ tenant, id }).then((c) => ({ id: c.id, label: personName(c.firstName, c.lastName) })),
      ),
    ]);
    return { stages, stageId: param("stage"), company, contact };
  },
  contextWhat: "the pipeline",
  fields: [
    { name: "title", label: "Title", kind: "text", value: (d) => d?.title },
    {
      name: "stageId",
      label: "Stage",
      kind: "select",
      options: (context) =>
        context.stages.map((stage) => ({
          value: stage.id,
          label: stage.kind === "open" ? stage.name : `${stage.name} (${stageKindLabels[stage.kind].toLowerCase()})`,
        })),
      value: (d, context) => d?.stageId ?? context.stageId ?? context.stages.find((stage) => stage.kind === "open")?.id,
    },
    {
      name: "amount",
      label: "Amount",
      optional: true,
      hint: "For example 1200 or 1200.50.",
      kind: "text",
      inputmode: "decimal",
      value: (d) => d?.amount,
    },
    {
      name: "currency",
      label: "Currency",
      hint: "A 3-letter code such as EUR or USD.",
      kind: "text",
      spellcheck: false,
      maxLength: 3,
      short: true,
      value: (d) => d?.currency ?? "EUR",
    },
    {
      name: "companyId",
      label: "Company",
      optional: true,
      kind: "picker",
      search: searchCompanies,
      noun: "company",
      nounPlural: "companies",
      value: (d, context) => (d ? d.company && { id: d.company.id, label: d.company.name } : context.company),
    },
    {
      name: "contactId",
      label: "Contact",
      optional: true,
      kind: "picker",
      search: searchContacts,
      noun: "contact",
      nounPlural: "contacts",
      value: (d, context) => (d ? d.contact && { id: d.contact.id, label: d.contact.name } : context.contact),
    },
    {
      name: "expectedClose",
      label: "Expected close",
      optional: true,
      kind: "text",
      type: "date",
      value: (d) => d?.expectedClose,
    },
    ownerField(),
  ],
  lead: (d) => (
    <p class="lead">
      {d().amount === null ? "No amount" : formatMoney(d().amount!, d().currency)} · {d().stage.name}{" "}
      <Show when={d().status !== "open"}>
        <span class="tag" data-tone={d().status === "won" ? "good" : "bad"}>
          {dealStatusLabels[d().status]}
        </span>
      </Show>
    </p>
  ),
  facts: [
    { label: "Why it was lost", if: (d) => d.status === "lost", given: (d) => d.lostReason, show: (d) => d.lostReason },
    {
      label: (d) => (d.status === "won" ? "Won on" : "Closed on"),
      if: (d) => d.closedAt !== null,
      show: (d) => <time datetime={d.closedAt?.toISOString()}>{d.closedAt && formatDateTime(d.closedAt)}</time>,
    },
    {
      label: "Company",
      given: (d) => d.company,
      show: (d) => <RecordLink path={`/companies/${d.company?.id}`} label={d.company?.name} />,
    },
    {
      label: "Contact",
      given: (d) => d.contact,
      show: (d) => <RecordLink path={`/contacts/${d.contact?.id}`} label={d.contact?.name} />,
    },
    { label: "Expected close", given: (d) => d.expectedClose, show: (d) => formatIsoDate(d.expectedClose) },
    ownerFact(),
    added(),
  ],
  deleteNote: () => <p>Its timeline entries lose the link to it; files attached to it are deleted.</p>,
  timeline: (d) => ({ dealId: d.id }),
  files: "deal",
};

function RecordLink(props: { path: string; label: string | undefined }) {
  const tenant = useTenant();
  return <A href={tenant.path(props.path)}>{props.label}</A>;
}
