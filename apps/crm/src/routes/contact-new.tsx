import { A, useNavigate } from "@solidjs/router";
import { createResource, Show } from "solid-js";
import { ContactForm } from "../components/contact-form";
import { getCompany } from "../lib/crm-queries";
import { useListParams } from "../lib/list-params";
import { useTenant } from "../lib/tenant";

/** A new contact; `?company=<id>` (from a company's page) preselects the company. */
export default function NewContactPage() {
  const tenant = useTenant();
  const navigate = useNavigate();
  const params = useListParams();
  const [company] = createResource(
    () => params.get("company"),
    (id) => getCompany({ tenant: tenant.slug(), id }).catch(() => null),
  );
  return (
    <section class="page" aria-labelledby="new-contact-heading">
      <p class="breadcrumbs">
        <A href={tenant.path("/contacts")}>Contacts</A>
      </p>
      <h1 id="new-contact-heading">New contact</h1>
      <Show
        when={!params.get("company") || company.state === "ready" || company.state === "errored"}
        fallback={<p class="notice">Loading…</p>}
      >
        <div class="card">
          <ContactForm
            company={company.state === "ready" ? company() : null}
            onSaved={(contact) => navigate(tenant.path(`/contacts/${contact.id}`))}
            onCancel={() => history.back()}
          />
        </div>
      </Show>
    </section>
  );
}
