import { createCompanyInput } from "@abante/validators";
import { Show } from "solid-js";
import { type Company, createCompany, updateCompany } from "../lib/crm-queries";
import { createForm } from "../lib/form";
import { orNull, splitList } from "../lib/form-values";
import { useTenant } from "../lib/tenant";
import { FormError } from "./form-error";
import { FormField } from "./form-field";
import { MemberOptions } from "./member-options";

const schema = createCompanyInput.omit({ tenant: true });

/** Creating (no `company`) or editing a company, on the schema the API parses with. */
export function CompanyForm(props: { company?: Company; onSaved: (company: Company) => void; onCancel?: () => void }) {
  const tenant = useTenant();
  const c = () => props.company;
  const form = createForm({
    schema,
    prepare: (values) => ({
      ...values,
      tags: splitList(values.tags),
      ownerAccountId: orNull(values.ownerAccountId),
    }),
    onSubmit: async (input) => {
      const existing = c();
      const saved = existing
        ? await updateCompany({ tenant: tenant.slug(), id: existing.id, ...input })
        : await createCompany({ tenant: tenant.slug(), ...input });
      props.onSaved(saved);
    },
  });

  return (
    <form class="form" onSubmit={form.submit} novalidate>
      <FormError form={form} />
      <div class="form-grid">
        <FormField form={form} name="name" label="Name">
          {(control) => <input {...control} type="text" autocomplete="off" value={c()?.name ?? ""} />}
        </FormField>
        <FormField form={form} name="domain" label="Website domain" optional hint="For example example.com.">
          {(control) => (
            <input {...control} type="text" spellcheck={false} autocomplete="off" value={c()?.domain ?? ""} />
          )}
        </FormField>
        <FormField form={form} name="phone" label="Phone" optional>
          {(control) => <input {...control} type="tel" autocomplete="off" value={c()?.phone ?? ""} />}
        </FormField>
        <FormField form={form} name="industry" label="Industry" optional>
          {(control) => <input {...control} type="text" value={c()?.industry ?? ""} />}
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
      </div>
      <FormField form={form} name="address" label="Address" optional>
        {(control) => <textarea {...control} rows={3} value={c()?.address ?? ""} />}
      </FormField>
      <FormField form={form} name="notes" label="Notes" optional>
        {(control) => <textarea {...control} rows={4} value={c()?.notes ?? ""} />}
      </FormField>
      <div class="form-actions">
        <button type="submit" disabled={form.pending()}>
          {form.pending() ? "Saving…" : c() ? "Save company" : "Create company"}
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
