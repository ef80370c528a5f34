import { useNavigate } from "@solidjs/router";
import { createSignal, Show } from "solid-js";
import { toErrorDisplay } from "../lib/errors";
import { useSession } from "../lib/session";

/** Who is signed in, and the way out. Renders nothing while signed out or while the session is not known. */
export function SessionMenu() {
  const session = useSession();
  const navigate = useNavigate();
  const [pending, setPending] = createSignal(false);
  const [problem, setProblem] = createSignal<string>();

  async function signOut() {
    setPending(true);
    setProblem(undefined);
    try {
      await session.signOut();
      navigate("/sign-in");
    } catch (error) {
      setProblem(`Could not sign out. ${toErrorDisplay(error).message}`);
    } finally {
      setPending(false);
    }
  }

  return (
    <Show when={session.user()}>
      {(user) => (
        <div class="session-menu">
          <span class="session-name">
            <span class="visually-hidden">Signed in as </span>
            {user().name}
          </span>
          <button type="button" class="link-button" onClick={signOut} disabled={pending()}>
            {pending() ? "Signing out…" : "Sign out"}
          </button>
          <Show when={problem()}>
            <span class="field-error" role="alert">
              {problem()}
            </span>
          </Show>
        </div>
      )}
    </Show>
  );
}
