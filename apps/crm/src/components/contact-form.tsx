import { createContactInput } from "@abante/validators";
import { type JSX, Show } from "solid-js";
import { type Contact, createContact, updateContact } from "../lib/crm-queries";
import { createForm } from "../lib/form";
import { orNull, splitList, ticked } from "../lib/form-values";
import { searchCompanies } from "../lib/pickers";
import { useTenant } from "../lib/tenant";
import { FormError } from "./form-error";
import { FormField } from "./form-field";
import { MemberOptions } from "./member-options";
import { RecordPicker } from "./record-picker";

const schema = createContactInput.omit({ tenant: true });

/**
 * Creating (no `contact`) or editing a contact, on the schema the API parses with. Saves, then hands the saved
 * contact to `onSaved`.
 */
export function ContactForm(props: {
  contact?: Contact;
  /** A new contact's company, e.g. when added from a company's page. */
  company?: { id: string; name: string } | null;
  onSaved: (contact: Contact) => void;
  onCancel?: () => void;
  actions?: JSX.Element;
}) {
  const tenant = useTenant();
  const c = () => props.contact;
  const form = createForm({
    schema,
    prepare: (values) => ({
      ...values,
      tags: splitList(values.tags),
      extraEmails: splitList(values.extraEmails),
      extraPhones: splitList(values.extraPhones),
      companyId: orNull(values.companyId),
      ownerAccountId: orNull(values.ownerAccountId),
      marketingConsent: ticked(values.marketingConsent),
    }),
    onSubmit: async (input) => {
      const existing = c();
      const saved = existing
        ? await updateContact({ tenant: tenant.slug(), id: existing.id, ...input })
        : await createContact({ tenant: tenant.slug(), ...input });
      props.onSaved(saved);
    },
  });
  const company = () => c()?.company ?? props.company ?? null;

  return (
    <form class="form" onSubmit={form.submit} novalidate>
      <FormError form={form} />
      <div class="form-grid">
        <FormField form={form} name="firstName" label="First name">
          {(control) => (
            <input {...control} type="text" autocomplete="off" value={c()?.firstName ?? ""} data-autofocus />
          )}
        </FormField>
        <FormField form={form} name="lastName" label="Last name" optional>
          {(control) => <input {...control} type="text" autocomplete="off" value={c()?.lastName ?? ""} />}
        </FormField>
        <FormField form={form} name="email" label="Email" optional>
          {(control) => (
            <input {...control} type="email" autocomplete="off" spellcheck={false} value={c()?.email ?? ""} />
          )}
        </FormField>
        <FormField form={form} name="phone" label="Phone" optional>
          {(control) => <input {...control} type="tel" autocomplete="off" value={c()?.phone ?? ""} />}
        </FormField>
        <FormField form={form} name="jobTitle" label="Job title" optional>
          {(control) => <input {...control} type="text" value={c()?.jobTitle ?? ""} />}
        </FormField>
        <FormField form={form} name="companyId" label="Company" optional hint="Type part of the name, then choose.">
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
        <FormField form={form} name="ownerAccountId" label="Owner" optional>
          {(control) => (
            <select {...control}>
              <MemberOptions
                none="No owner"
                selected={c() ? c()!.ownerAccountId : tenant.meId()}
                selectedName={c()?.owner?.name}
              />
            </select>
          )}
        </FormField>
        <FormField form={form} name="tags" label="Tags" optional hint="Separate tags with commas.">
          {(control) => <input {...control} type="text" autocomplete="off" value={c()?.tags.join(", ") ?? ""} />}
        </FormField>
        <FormField form={form} name="extraEmails" label="Other email addresses" optional hint="One per line.">
          {(control) => <textarea {...control} rows={2} spellcheck={false} value={c()?.extraEmails.join("\n") ?? ""} />}
        </FormField>
        <FormField form={form} name="extraPhones" label="Other phone numbers" optional hint="One per line.">
          {(control) => <textarea {...control} rows={2} value={c()?.extraPhones.join("\n") ?? ""} />}
        </FormField>
      </div>
      <FormField form={form} name="notes" label="Notes" optional>
        {(control) => <textarea {...control} rows={4} value={c()?.notes ?? ""} />}
      </FormField>
      <FormField form={form} name="marketingConsent" label="Marketing" optional group>
        {(control) => (
          <label class="choice">
            <input
              type="checkbox"
              name={control.name}
              checked={c()?.marketingConsent ?? false}
              aria-invalid={control["aria-invalid"]}
            />
            This contact agreed to receive marketing from us
          </label>
        )}
      </FormField>
      <div class="form-actions">
        <button type="submit" disabled={form.pending()}>
          {form.pending() ? "Saving…" : c() ? "Save contact" : "Create contact"}
        </button>
        <Show when={props.onCancel}>
          <button type="button" class="secondary" onClick={() => props.onCancel?.()} disabled={form.pending()}>
            Cancel
          </button>
        </Show>
        {props.actions}
      </div>
    </form>
  );
}
