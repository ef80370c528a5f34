import { A } from "@solidjs/router";
import { createResource, createSignal, Show, Suspense } from "solid-js";
import { toErrorDisplay } from "../lib/errors";
import { useLinkToken } from "../lib/link-token";
import { resendVerification, verifyEmail } from "../lib/queries";
import { useSession } from "../lib/session";

type Outcome = { ok: true; email: string } | { ok: false; message: string };

/** Opened from the e-mailed link: confirms an address (at sign-up, or a new one after a change). */
export default function VerifyEmailPage() {
  const session = useSession();
  const token = useLinkToken("/verify-email");

  // No source: the resource runs once, when the page opens. The token is spent by the first call.
  const [outcome] = createResource(async (): Promise<Outcome> => {
    if (!token) return { ok: false, message: "This page needs the link from your e-mail, and there is none." };
    // zod is fetched only here, not with the page.
    const { tokenInput } = await import("@abante/validators");
    const parsed = tokenInput.safeParse({ token });
    if (!parsed.success) return { ok: false, message: parsed.error.issues[0]?.message ?? "This link is not valid." };
    try {
      const result = await verifyEmail(parsed.data);
      void session.refresh();
      return { ok: true, email: result.email };
    } catch (error) {
      return { ok: false, message: toErrorDisplay(error).message };
    }
  });

  const [resent, setResent] = createSignal<string>();
  const [resendProblem, setResendProblem] = createSignal<string>();
  const [resending, setResending] = createSignal(false);
  async function resend() {
    setResending(true);
    setResendProblem(undefined);
    try {
      await resendVerification();
      setResent(session.user()?.email ?? "your address");
    } catch (error) {
      setResendProblem(toErrorDisplay(error).message);
    } finally {
      setResending(false);
    }
  }

  return (
    <section class="page narrow" aria-labelledby="verify-heading">
      <h1 id="verify-heading">Verify your email address</h1>
      <Suspense
        fallback={
          <p class="notice" role="status">
            Checking your link…
          </p>
        }
      >
        <Show when={outcome()}>
          {(result) => {
            const done = result();
            return done.ok ? (
              <div class="callout" data-tone="good" role="status">
                <p>
                  <strong>{done.email}</strong> is verified. Thank you.
                </p>
                <p>
                  <Show when={session.user()} fallback={<A href="/sign-in?next=%2Faccount">Sign in to your account</A>}>
                    <A href="/account">Go to your account</A>
                  </Show>
                </p>
              </div>
            ) : (
              <div class="stack">
                <div class="callout" data-tone="bad" role="alert">
                  <p>
                    <strong>We could not verify your address.</strong> {done.message}
                  </p>
                  <p>Links work once and expire after a while; a new link replaces the old one.</p>
                </div>
                <Show
                  when={session.user()}
                  fallback={
                    <p>
                      <A href="/sign-in?next=%2Faccount">Sign in</A> to get a new link.
                    </p>
                  }
                >
                  {(user) => (
                    <Show
                      when={!user().emailVerified}
                      fallback={
                        <p>
                          Your address <strong>{user().email}</strong> is already verified.{" "}
                          <A href="/account">Go to your account</A>
                        </p>
                      }
                    >
                      <p>
                        <button type="button" onClick={resend} disabled={resending() || resent() !== undefined}>
                          {resending() ? "Sending…" : "Send me a new link"}
                        </button>
                      </p>
                      <p role="status">
                        <Show when={resent()}>We sent a new link to {resent()}. It may take a minute to arrive.</Show>
                      </p>
                      <Show when={resendProblem()}>
                        <p class="field-error" role="alert">
                          {resendProblem()}
                        </p>
                      </Show>
                    </Show>
                  )}
                </Show>
              </div>
            );
          }}
        </Show>
      </Suspense>
    </section>
  );
}
