import { createDealInput } from "@abante/validators";
import { For, Show } from "solid-js";
import { createDeal, type Deal, type Stage, updateDeal } from "../lib/crm-queries";
import { createForm } from "../lib/form";
import { orNull } from "../lib/form-values";
import { stageKindLabels } from "../lib/labels";
import { searchCompanies, searchContacts } from "../lib/pickers";
import { useTenant } from "../lib/tenant";
import { FormError } from "./form-error";
import { FormField } from "./form-field";
import { MemberOptions } from "./member-options";
import { RecordPicker } from "./record-picker";

const schema = createDealInput.omit({ tenant: true });

/**
 * Creating (no `deal`) or editing a deal. A stage change here moves the deal to the end of that stage, as on the
 * board; a lost stage needs its reason, which only the board asks for (the server says so under the field).
 */
export function DealForm(props: {
  deal?: Deal;
  stages: Stage[];
  /** Preselected for a new deal: the stage, company or contact it was started from. */
  stageId?: string;
  company?: { id: string; name: string } | null;
  contact?: { id: string; name: string } | null;
  onSaved: (deal: Deal) => void;
  onCancel?: () => void;
}) {
  const tenant = useTenant();
  const d = () => props.deal;
  const stageId = () => d()?.stageId ?? props.stageId ?? props.stages.find((s) => s.kind === "open")?.id;
  const company = () => d()?.company ?? props.company ?? null;
  const contact = () => d()?.contact ?? props.contact ?? null;
  const form = createForm({
    schema,
    prepare: (values) => ({
      ...values,
      companyId: orNull(values.companyId),
      contactId: orNull(values.contactId),
      ownerAccountId: orNull(values.ownerAccountId),
    }),
    onSubmit: async (input) => {
      const existing = d();
      const saved = existing
        ? await updateDeal({ tenant: tenant.slug(), id: existing.id, ...input })
        : await createDeal({ tenant: tenant.slug(), ...input });
      props.onSaved(saved);
    },
  });

  return (
    <form class="form" onSubmit={form.submit} novalidate>
      <FormError form={form} />
      <div class="form-grid">
        <FormField form={form} name="title" label="Title">
          {(control) => <input {...control} type="text" autocomplete="off" value={d()?.title ?? ""} />}
        </FormField>
        <FormField form={form} name="stageId" label="Stage">
          {(control) => (
            <select {...control}>
              <For each={props.stages}>
                {(stage) => (
                  <option value={stage.id} selected={stage.id === stageId()}>
                    {stage.name}
                    {stage.kind === "open" ? "" : ` (${stageKindLabels[stage.kind].toLowerCase()})`}
                  </option>
                )}
              </For>
            </select>
          )}
        </FormField>
        <FormField form={form} name="amount" label="Amount" optional hint="For example 1200 or 1200.50.">
          {(control) => (
            <input {...control} type="text" inputmode="decimal" autocomplete="off" value={d()?.amount ?? ""} />
          )}
        </FormField>
        <FormField form={form} name="currency" label="Currency" hint="A 3-letter code such as EUR or USD.">
          {(control) => (
            <input
              {...control}
              type="text"
              autocomplete="off"
              spellcheck={false}
              maxLength={3}
              class="short"
              value={d()?.currency ?? "EUR"}
            />
          )}
        </FormField>
        <FormField form={form} name="companyId" label="Company" optional>
          {(control) => (
            <RecordPicker
              id={control.id ?? ""}
              name="companyId"
              invalid={control["aria-invalid"]}
              describedBy={control["aria-describedby"]}
              initial={company() ? { id: company()!.id, label: company()!.name } : null}
              search={searchCompanies(tenant.slug())}
              noun="company"
              nounPlural="companies"
            />
          )}
        </FormField>
        <FormField form={form} name="contactId" label="Contact" optional>
          {(control) => (
            <RecordPicker
              id={control.id ?? ""}
              name="contactId"
              invalid={control["aria-invalid"]}
              describedBy={control["aria-describedby"]}
              initial={contact() ? { id: contact()!.id, label: contact()!.name } : null}
              search={searchContacts(tenant.slug())}
              noun="contact"
              nounPlural="contacts"
            />
          )}
        </FormField>
        <FormField form={form} name="expectedClose" label="Expected close" optional>
          {(control) => <input {...control} type="date" value={d()?.expectedClose ?? ""} />}
        </FormField>
        <FormField form={form} name="ownerAccountId" label="Owner" optional>
          {(control) => (
            <select {...control}>
              <MemberOptions
                none="No owner"
                selected={d() ? d()!.ownerAccountId : tenant.meId()}
                selectedName={d()?.owner?.name}
              />
            </select>
          )}
        </FormField>
      </div>
      <div class="form-actions">
        <button type="submit" disabled={form.pending()}>
          {form.pending() ? "Saving…" : d() ? "Save deal" : "Create deal"}
        </button>
        <Show when={props.onCancel}>
          <button type="button" class="secondary" onClick={() => props.onCancel?.()} disabled={form.pending()}>
            Cancel
          </button>
        </Show>
      </div>
    </form>
  );
}
