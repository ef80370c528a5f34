import { A, type RouteSectionProps, useParams } from "@solidjs/router";
import { createMemo, createResource, For, Match, Show, Switch } from "solid-js";
import { NavLink } from "../components/nav-link";
import { ProblemNotice } from "../components/problem-notice";
import { TenantSwitcher } from "../components/tenant-switcher";
import { getMembers, getTenant, type TenantDetails } from "../lib/crm-queries";
import { errorCode } from "../lib/errors";
import { formatDate } from "../lib/format";
import { getMyTenants } from "../lib/queries";
import { settled } from "../lib/resource";
import { useRequireSession, useSession } from "../lib/session";
import { type TenantContextValue, TenantProvider, tenantPath } from "../lib/tenant";

const sections = [
  { sub: "/contacts", label: "Contacts" },
  { sub: "/companies", label: "Companies" },
  { sub: "/deals", label: "Deals" },
  { sub: "/employees", label: "Employees" },
  { sub: "/settings", label: "Settings" },
];

/**
 * Everything under /t/:tenant: loads the tenant (a non-member gets "not found", as if it did not exist), shows the
 * switcher and the CRM's navigation, and gives the pages the tenant through useTenant(). Pages are remounted when
 * the tenant changes, so nothing of one tenant lingers on the pages of another.
 */
export default function TenantLayout(props: RouteSectionProps) {
  const params = useParams();
  const session = useSession();
  const user = useRequireSession();
  const slug = () => params.tenant ?? "";

  // An ended session makes every call UNAUTHORIZED: forget it, and the guard sends the visitor to sign in.
  const handleError = (error: unknown) => {
    if (errorCode(error) === "UNAUTHORIZED") session.set(null);
  };
  const guarded =
    <A, T>(load: (arg: A) => Promise<T>) =>
    async (arg: A): Promise<T> => {
      try {
        return await load(arg);
      } catch (error) {
        handleError(error);
        throw error;
      }
    };
  const source = () => (user() ? slug() : undefined);
  const [details, { mutate: setDetails, refetch: refetchDetails }] = createResource(source, guarded(getTenant));
  const [members, { refetch: refetchMembers }] = createResource(source, guarded(getMembers));
  const [tenants] = createResource(() => user()?.id, getMyTenants);
  const loaded = createMemo<TenantDetails | undefined>((previous) => settled(details) ?? previous);

  const context: TenantContextValue = {
    slug,
    details: () => loaded()!,
    role: () => loaded()!.role,
    isAdmin: () => loaded()?.role === "owner" || loaded()?.role === "admin",
    isOwner: () => loaded()?.role === "owner",
    meId: () => user()?.id ?? "",
    members: () => settled(members),
    setDetails: (next) => setDetails(next),
    refreshDetails: () => void refetchDetails(),
    refreshMembers: () => void refetchMembers(),
    path: (sub) => tenantPath(slug(), sub),
    handleError,
  };

  return (
    <Switch
      fallback={
        <p class="notice" role="status">
          Opening the CRM database…
        </p>
      }
    >
      <Match when={details.state === "errored" && errorCode(details.error) === "NOT_FOUND"}>
        <section class="page" aria-labelledby="tenant-missing-heading">
          <h1 id="tenant-missing-heading">CRM database not found</h1>
          <p>
            There is no CRM database at <code>{slug()}</code> that you are a member of. If someone invited you, open the
            link in their e-mail.
          </p>
          <p>
            <A href="/">Your CRM databases</A>
          </p>
        </section>
      </Match>
      <Match when={details.state === "errored"}>
        <ProblemNotice error={details.error} what="this CRM database" onRetry={() => void refetchDetails()} />
      </Match>
      <Match when={loaded()?.slug === slug().toLowerCase() && loaded()}>
        {(tenant) => (
          <div class="tenant">
            <div class="tenant-bar">
              <TenantSwitcher current={{ slug: slug(), name: tenant().name }} tenants={settled(tenants)} />
              <nav class="tenant-nav" aria-label="CRM">
                <ul>
                  <For each={sections}>
                    {(section) => (
                      <li>
                        <NavLink href={tenantPath(slug(), section.sub)}>{section.label}</NavLink>
                      </li>
                    )}
                  </For>
                </ul>
              </nav>
              <Show when={tenant().status === "trial" && tenant().trialEndsAt}>
                {(ends) => <p class="meta trial-note">Free trial until {formatDate(ends())}</p>}
              </Show>
            </div>
            <Show when={slug()} keyed>
              <TenantProvider value={context}>{props.children}</TenantProvider>
            </Show>
          </div>
        )}
      </Match>
    </Switch>
  );
}
