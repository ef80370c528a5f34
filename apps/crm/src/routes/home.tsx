import { A } from "@solidjs/router";
import { createResource, createSignal, For, Match, Show, Switch } from "solid-js";
import { CreateTenantForm } from "../components/create-tenant-form";
import { Loaded } from "../components/loaded";
import { formatDate } from "../lib/format";
import { roleLabels, tenantStatusLabels } from "../lib/labels";
import { getMyTenants } from "../lib/queries";
import { useSession } from "../lib/session";
import { tenantPath } from "../lib/tenant";

/**
 * The start page. Signed in: the account's CRM databases and a way to create one (verified addresses only).
 * Signed out: where to sign in or sign up.
 */
export default function HomePage() {
  const session = useSession();
  const [tenants] = createResource(() => session.user()?.id, getMyTenants);
  const [creating, setCreating] = createSignal(false);

  return (
    <Switch
      fallback={
        <p class="notice" role="status">
          Loading…
        </p>
      }
    >
      <Match when={session.user() === null}>
        <section class="page narrow" aria-labelledby="welcome-heading">
          <h1 id="welcome-heading">Abante CRM</h1>
          <p>Your contacts, companies, deals and team in one place, with your customers' data under your control.</p>
          <p class="section-actions">
            <A class="button" href="/sign-in">
              Sign in
            </A>
            <A href="/sign-up">Create an account</A>
          </p>
          <p class="meta">
            <A href="/status">Platform status</A>
          </p>
        </section>
      </Match>
      <Match when={session.user()}>
        {(user) => (
          <section class="page" aria-labelledby="home-heading">
            <h1 id="home-heading">Your CRM databases</h1>
            <Loaded of={tenants} what="your CRM databases">
              {(list) => (
                <>
                  <Show
                    when={list().length > 0}
                    fallback={
                      <p>
                        You are not in any CRM database yet. Create one for your company below, or open the invitation a
                        colleague sent you by e-mail.
                      </p>
                    }
                  >
                    <ul class="tenant-list">
                      <For each={list()}>
                        {(tenant) => (
                          <li class="card tenant-card">
                            <h2>
                              <A href={tenantPath(tenant.slug, "/contacts")}>{tenant.name}</A>
                            </h2>
                            <p class="meta">
                              <code>{tenant.slug}</code> · {roleLabels[tenant.role]}
                            </p>
                            <p class="meta">
                              {tenantStatusLabels[tenant.status]}
                              <Show when={tenant.status === "trial" && tenant.trialEndsAt}>
                                {(ends) => <> until {formatDate(ends())}</>}
                              </Show>
                            </p>
                          </li>
                        )}
                      </For>
                    </ul>
                  </Show>
                  <Switch>
                    <Match when={!user().emailVerified}>
                      <div class="callout" data-tone="warn">
                        <p>
                          <strong>Verify your email address to create a CRM database.</strong> Open the link we sent to{" "}
                          {user().email}, or ask for a new one on <A href="/account">your account page</A>.
                        </p>
                      </div>
                    </Match>
                    <Match when={list().length === 0 || creating()}>
                      <CreateTenantForm
                        autofocus={creating()}
                        onCancel={list().length > 0 ? () => setCreating(false) : undefined}
                      />
                    </Match>
                    <Match when={true}>
                      <p>
                        <button type="button" onClick={() => setCreating(true)}>
                          Create a CRM database
                        </button>
                      </p>
                    </Match>
                  </Switch>
                </>
              )}
            </Loaded>
          </section>
        )}
      </Match>
    </Switch>
  );
}
