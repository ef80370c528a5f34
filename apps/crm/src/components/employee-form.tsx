import { createEmployeeInput } from "@abante/validators";
import { Show } from "solid-js";
import { createEmployee, type Employee, updateEmployee } from "../lib/crm-queries";
import { createForm } from "../lib/form";
import { orNull } from "../lib/form-values";
import { useTenant } from "../lib/tenant";
import { FormError } from "./form-error";
import { FormField } from "./form-field";
import { MemberOptions } from "./member-options";

const schema = createEmployeeInput.omit({ tenant: true });

/** Creating (no `employee`) or editing an entry of the staff directory. */
export function EmployeeForm(props: {
  employee?: Employee;
  onSaved: (employee: Employee) => void;
  onCancel?: () => void;
}) {
  const tenant = useTenant();
  const e = () => props.employee;
  const form = createForm({
    schema,
    prepare: (values) => ({ ...values, accountId: orNull(values.accountId) }),
    onSubmit: async (input) => {
      const existing = e();
      const saved = existing
        ? await updateEmployee({ tenant: tenant.slug(), id: existing.id, ...input })
        : await createEmployee({ tenant: tenant.slug(), ...input });
      props.onSaved(saved);
    },
  });

  return (
    <form class="form" onSubmit={form.submit} novalidate>
      <FormError form={form} />
      <div class="form-grid">
        <FormField form={form} name="firstName" label="First name">
          {(control) => <input {...control} type="text" autocomplete="off" value={e()?.firstName ?? ""} />}
        </FormField>
        <FormField form={form} name="lastName" label="Last name" optional>
          {(control) => <input {...control} type="text" autocomplete="off" value={e()?.lastName ?? ""} />}
        </FormField>
        <FormField form={form} name="jobTitle" label="Job title" optional>
          {(control) => <input {...control} type="text" value={e()?.jobTitle ?? ""} />}
        </FormField>
        <FormField form={form} name="department" label="Department" optional>
          {(control) => <input {...control} type="text" value={e()?.department ?? ""} />}
        </FormField>
        <FormField form={form} name="email" label="Email" optional>
          {(control) => (
            <input {...control} type="email" spellcheck={false} autocomplete="off" value={e()?.email ?? ""} />
          )}
        </FormField>
        <FormField form={form} name="phone" label="Phone" optional>
          {(control) => <input {...control} type="tel" autocomplete="off" value={e()?.phone ?? ""} />}
        </FormField>
        <FormField form={form} name="startDate" label="Start date" optional>
          {(control) => <input {...control} type="date" value={e()?.startDate ?? ""} />}
        </FormField>
        <FormField
          form={form}
          name="accountId"
          label="Member account"
          optional
          hint="Links this person to their sign-in, if they use this CRM."
        >
          {(control) => (
            <select {...control}>
              <MemberOptions none="Not linked" selected={e()?.accountId ?? null} selectedName={e()?.account?.name} />
            </select>
          )}
        </FormField>
      </div>
      <div class="form-actions">
        <button type="submit" disabled={form.pending()}>
          {form.pending() ? "Saving…" : e() ? "Save employee" : "Add employee"}
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
