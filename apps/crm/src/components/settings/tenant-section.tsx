import { createSignal, Show } from "solid-js";
import { renameTenant } from "../../lib/crm-queries";
import { createForm, lazySchema } from "../../lib/form";
import { formatCount, formatDate } from "../../lib/format";
import { roleLabels, tenantStatusLabels } from "../../lib/labels";
import { useTenant } from "../../lib/tenant";
import { Fact } from "../fact";
import { FormError } from "../form-error";
import { FormField } from "../form-field";

// The schema, and zod with it, is fetched when the form is first used: the page's first load stays small.
const schema = lazySchema(() => import("@abante/validators").then((m) => m.renameTenantInput));

/** The CRM database itself: its name (admins rename it), address, status and the caller's role. */
export function TenantSection() {
  const tenant = useTenant();
  const [editing, setEditing] = createSignal(false);
  const [saved, setSaved] = createSignal(false);
  let renameButton: HTMLButtonElement | undefined;
  let nameInput: HTMLInputElement | undefined;
  const d = () => tenant.details();

  const form = createForm({
    schema,
    extra: () => ({ tenant: tenant.slug() }),
    onSubmit: async (input) => {
      tenant.setDetails(await renameTenant(input));
      setEditing(false);
      setSaved(true);
      renameButton?.focus();
    },
  });

  return (
    <section class="card settings-section" aria-labelledby="tenant-settings-heading">
      <h2 id="tenant-settings-heading">CRM database</h2>
      <dl class="facts">
        <Fact label="Name">{d().name}</Fact>
        <Fact label="Address">
          <code>/app/t/{d().slug}</code>
        </Fact>
        <Fact label="Status">
          {tenantStatusLabels[d().status]}
          <Show when={d().status === "trial" && d().trialEndsAt}>{(ends) => <> until {formatDate(ends())}</>}</Show>
        </Fact>
        <Fact label="Members">{formatCount(d().memberCount)}</Fact>
        <Fact label="Your role">{roleLabels[d().role]}</Fact>
      </dl>
      <Show when={tenant.isAdmin()}>
        <Show
          when={editing()}
          fallback={
            <p class="section-actions">
              <button
                type="button"
                ref={renameButton}
                onClick={() => {
                  setSaved(false);
                  setEditing(true);
                  nameInput?.focus();
                }}
              >
                Rename
              </button>
              <span role="status">{saved() ? "Name saved." : ""}</span>
            </p>
          }
        >
          <form class="form" onSubmit={form.submit} onFocusIn={form.preload} onPointerDown={form.preload} novalidate>
            <FormError form={form} />
            <FormField form={form} name="name" label="New name">
              {(control) => <input {...control} ref={nameInput} type="text" maxLength={80} value={d().name} />}
            </FormField>
            <div class="form-actions">
              <button type="submit" disabled={form.pending()}>
                {form.pending() ? "Saving…" : "Save name"}
              </button>
              <button
                type="button"
                class="secondary"
                disabled={form.pending()}
                onClick={() => {
                  form.clear();
                  setEditing(false);
                  renameButton?.focus();
                }}
              >
                Cancel
              </button>
            </div>
          </form>
        </Show>
      </Show>
    </section>
  );
}
