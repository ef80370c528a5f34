import type { createTenantInput } from "@abante/validators";
import { useNavigate } from "@solidjs/router";
import { onMount, Show } from "solid-js";
import { createForm, lazySchema } from "../lib/form";
import { createTenant } from "../lib/queries";
import { suggestSlug } from "../lib/slug";
import { tenantPath } from "../lib/tenant";
import { FormError } from "./form-error";
import { FormField } from "./form-field";

/**
 * Creating a CRM database: a name, and the address it lives at (suggested from the name until the person edits it).
 * It starts on a free trial with the person as owner; the page then opens it.
 */
// The start page is part of the first load: the schema (and zod with it) is fetched when the form is first used.
const schema = lazySchema(() =>
  import("@abante/validators").then((m): typeof createTenantInput => m.createTenantInput),
);

export function CreateTenantForm(props: { autofocus?: boolean; onCancel?: () => void }) {
  const navigate = useNavigate();
  let name!: HTMLInputElement;
  let slug!: HTMLInputElement;
  // Once the person types an address of their own, the name no longer overwrites it.
  let slugEdited = false;

  const form = createForm({
    schema,
    onSubmit: async (input) => {
      const created = await createTenant(input);
      navigate(tenantPath(created.slug, "/contacts"));
    },
  });
  onMount(() => props.autofocus && name.focus());

  return (
    <section class="card" aria-labelledby="create-tenant-heading">
      <h2 id="create-tenant-heading">Create a CRM database</h2>
      <p class="meta">
        One CRM database per company: its contacts, deals and files stay separate from any other. It starts with a free
        trial.
      </p>
      <form class="form" onSubmit={form.submit} onFocusIn={form.preload} onPointerDown={form.preload} novalidate>
        <FormError form={form} />
        <FormField form={form} name="name" label="Name" hint="Usually your company's name.">
          {(control) => (
            <input
              {...control}
              ref={name}
              type="text"
              autocomplete="organization"
              maxLength={80}
              onInput={() => {
                if (!slugEdited) slug.value = suggestSlug(name.value);
              }}
            />
          )}
        </FormField>
        <FormField
          form={form}
          name="slug"
          label="Address"
          hint="Part of the web address: lowercase letters, digits and hyphens, 3 to 48 characters."
        >
          {(control) => (
            <div class="slug-field">
              <span class="slug-prefix" aria-hidden="true">
                /app/t/
              </span>
              <input
                {...control}
                ref={slug}
                type="text"
                autocomplete="off"
                spellcheck={false}
                maxLength={48}
                onInput={() => {
                  slugEdited = slug.value !== "";
                }}
              />
            </div>
          )}
        </FormField>
        <div class="form-actions">
          <button type="submit" disabled={form.pending()}>
            {form.pending() ? "Creating…" : "Create CRM database"}
          </button>
          <Show when={props.onCancel}>
            <button type="button" class="secondary" onClick={() => props.onCancel?.()} disabled={form.pending()}>
              Cancel
            </button>
          </Show>
        </div>
      </form>
    </section>
  );
}
