import { A, useNavigate, useSearchParams } from "@solidjs/router";
import { createResource, Match, Show, Switch, untrack } from "solid-js";
import { toErrorDisplay } from "../lib/errors";
import { roleLabels } from "../lib/labels";
import { acceptInvite, type MembershipRole } from "../lib/queries";
import { useRequireSession, useSession } from "../lib/session";
import { tenantPath } from "../lib/tenant";

type Outcome =
  | { ok: true; tenant: { slug: string; name: string }; role: MembershipRole }
  | { ok: false; message: string; otherAddress: boolean };

/**
 * Opened from an invitation e-mail (`/invite?token=…`). A visitor signs in first and comes back here (the token
 * rides along in `?next`, since it must survive the sign-in); a signed-in account accepts at once. The token then
 * leaves the address bar: it works once.
 */
export default function InvitePage() {
  const session = useSession();
  const user = useRequireSession();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const token = untrack(() => (typeof params.token === "string" && params.token !== "" ? params.token : undefined));

  // Runs once the account is known; the token is spent by the first successful call.
  const [outcome] = createResource(
    () => user()?.id,
    async (): Promise<Outcome> => {
      navigate("/invite", { replace: true, scroll: false });
      if (!token)
        return { ok: false, message: "This page needs the link from your invitation e-mail.", otherAddress: false };
      // zod is fetched only here, not with the page.
      const { acceptInviteInput } = await import("@abante/validators");
      const parsed = acceptInviteInput.safeParse({ token });
      if (!parsed.success) {
        return {
          ok: false,
          message: parsed.error.issues[0]?.message ?? "This link is not valid.",
          otherAddress: false,
        };
      }
      try {
        const joined = await acceptInvite(parsed.data);
        return { ok: true, ...joined };
      } catch (error) {
        const display = toErrorDisplay(error);
        if (display.code === "UNAUTHORIZED") session.set(null);
        return { ok: false, message: display.message, otherAddress: display.code === "FORBIDDEN" };
      }
    },
  );

  return (
    <section class="page narrow" aria-labelledby="invite-heading">
      <h1 id="invite-heading">Invitation</h1>
      <Switch
        fallback={
          <p class="notice" role="status">
            Opening your invitation…
          </p>
        }
      >
        <Match when={outcome.state === "ready" && outcome()}>
          {(result) => {
            const done = result();
            return done.ok ? (
              <div class="callout" data-tone="good" role="status">
                <p>
                  You joined <strong>{done.tenant.name}</strong> as {roleLabels[done.role].toLowerCase()}.
                </p>
                <p>
                  <A class="button" href={tenantPath(done.tenant.slug, "/contacts")}>
                    Open {done.tenant.name}
                  </A>
                </p>
              </div>
            ) : (
              <div class="stack">
                <div class="callout" data-tone="bad" role="alert">
                  <p>
                    <strong>We could not open this invitation.</strong> {done.message}
                  </p>
                  <Show when={done.otherAddress}>
                    <p>
                      You are signed in as <strong>{user()?.email}</strong>
                      {user()?.emailVerified ? "" : ", which is not verified yet"}. Invitations work for the verified
                      account of the address they were sent to: sign out, then sign in with that address and open the
                      link again.
                    </p>
                  </Show>
                  <Show when={!done.otherAddress}>
                    <p>
                      Invitation links work once and expire after 7 days. Ask the person who invited you for a new one.
                    </p>
                  </Show>
                </div>
                <p>
                  <A href="/">Your CRM databases</A>
                </p>
              </div>
            );
          }}
        </Match>
      </Switch>
    </section>
  );
}
