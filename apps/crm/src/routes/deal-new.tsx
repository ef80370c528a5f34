import { A, useNavigate } from "@solidjs/router";
import { createResource, Show } from "solid-js";
import { DealForm } from "../components/deal-form";
import { Loaded } from "../components/loaded";
import { getCompany, getContact, getStages } from "../lib/crm-queries";
import { personName } from "../lib/format";
import { useListParams } from "../lib/list-params";
import { useTenant } from "../lib/tenant";

/** A new deal; `?stage=`, `?company=` and `?contact=` (from the board or a record) preselect those. */
export default function NewDealPage() {
  const tenant = useTenant();
  const navigate = useNavigate();
  const params = useListParams();
  const [stages, { refetch }] = createResource(() => tenant.slug(), getStages);
  const [company] = createResource(
    () => params.get("company"),
    (id) => getCompany({ tenant: tenant.slug(), id }).catch(() => null),
  );
  const [contact] = createResource(
    () => params.get("contact"),
    (id) =>
      getContact({ tenant: tenant.slug(), id })
        .then((c) => ({ id: c.id, name: personName(c.firstName, c.lastName) }))
        .catch(() => null),
  );
  const settledLink = (name: string, resource: { state: string }) =>
    !params.get(name) || resource.state === "ready" || resource.state === "errored";

  return (
    <section class="page" aria-labelledby="new-deal-heading">
      <p class="breadcrumbs">
        <A href={tenant.path("/deals")}>Pipeline</A>
      </p>
      <h1 id="new-deal-heading">New deal</h1>
      <div class="card">
        <Loaded of={stages} what="the pipeline" retry={() => void refetch()}>
          {(list) => (
            <Show
              when={settledLink("company", company) && settledLink("contact", contact)}
              fallback={<p class="notice">Loading…</p>}
            >
              <DealForm
                stages={list()}
                stageId={params.get("stage")}
                company={company.state === "ready" ? company() : null}
                contact={contact.state === "ready" ? contact() : null}
                onSaved={(deal) => navigate(tenant.path(`/deals/${deal.id}`))}
                onCancel={() => history.back()}
              />
            </Show>
          )}
        </Loaded>
      </div>
    </section>
  );
}
