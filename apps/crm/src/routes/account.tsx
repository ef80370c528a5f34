import { useNavigate } from "@solidjs/router";
import { createResource, type JSX, Show, Suspense } from "solid-js";
import { DataSection } from "../components/data-section";
import { EmailSection } from "../components/email-section";
import { MarketingSection } from "../components/marketing-section";
import { PasswordSection } from "../components/password-section";
import { ProfileSection } from "../components/profile-section";
import { SessionsSection } from "../components/sessions-section";
import { errorCode } from "../lib/errors";
import { getPrivacyRequests, getProfile, getSessions } from "../lib/queries";
import { useRequireSession, useSession } from "../lib/session";

const loading = (what: string): JSX.Element => (
  <p class="notice" role="status">
    Loading {what}…
  </p>
);

/** P17: the account portal. Everything the platform holds about the account, and every way to change it. */
export default function AccountPage() {
  const session = useSession();
  const navigate = useNavigate();
  const user = useRequireSession();

  // A session that ended elsewhere (revoked, expired) makes every call UNAUTHORIZED: forget it, and the guard
  // sends the visitor to sign in and back here.
  const guarded =
    <T,>(load: () => Promise<T>) =>
    async (): Promise<T> => {
      try {
        return await load();
      } catch (error) {
        if (errorCode(error) === "UNAUTHORIZED") session.set(null);
        throw error;
      }
    };
  // Keyed by the account, so nothing loads before the session is known, and a different account reloads all.
  const accountId = () => user()?.id;
  const [profile, { mutate: setProfile }] = createResource(accountId, guarded(getProfile));
  const [sessions, { refetch: refetchSessions, mutate: setSessions }] = createResource(accountId, guarded(getSessions));
  const [requests, { mutate: setRequests }] = createResource(accountId, guarded(getPrivacyRequests));

  return (
    <section class="page account" aria-labelledby="account-heading">
      <h1 id="account-heading">Your account</h1>
      <Show when={user()} fallback={loading("your account")}>
        <p class="meta">
          Everything we keep about your account, and how to change it. Your data serves only to provide the service and
          manage your account.
        </p>
        <Suspense fallback={loading("your profile")}>
          <Show when={profile.latest}>
            {(current) => (
              <div class="account-grid">
                <ProfileSection
                  profile={current()}
                  onSaved={(next) => {
                    setProfile(next);
                    void session.refresh();
                  }}
                />
                <EmailSection
                  profile={current()}
                  onPending={(pendingEmail) => setProfile({ ...current(), pendingEmail })}
                />
                <MarketingSection
                  optIn={current().marketingOptIn}
                  onChange={(marketingOptIn) => setProfile({ ...current(), marketingOptIn })}
                />
                <PasswordSection onChanged={() => void refetchSessions()} />
              </div>
            )}
          </Show>
        </Suspense>
        <Suspense fallback={loading("your sessions")}>
          <Show when={sessions.latest}>
            {(list) => (
              <SessionsSection
                sessions={list()}
                now={new Date()}
                onRevoked={(id) => setSessions(list().filter((s) => s.id !== id))}
                onSignedOutEverywhere={() => {
                  session.set(null);
                  navigate("/sign-in", { replace: true });
                }}
              />
            )}
          </Show>
        </Suspense>
        <Suspense fallback={loading("your requests")}>
          <Show when={requests.latest}>
            {(list) => <DataSection requests={list()} onCreated={(request) => setRequests([request, ...list()])} />}
          </Show>
        </Suspense>
      </Show>
    </section>
  );
}
