import { createSignal, For, Show } from "solid-js";
import { toErrorDisplay } from "../lib/errors";
import { formatDateTime, formatRelativeTime } from "../lib/format";
import { countryName, deviceLabels, labelOf } from "../lib/labels";
import { type AccountSession, revokeSession, signOutEverywhere } from "../lib/queries";
import { ModalDialog } from "./modal-dialog";

const describe = (session: AccountSession) => `${session.browser} on ${session.os}`;

/**
 * Every browser and device signed in to the account (P27 ends them on its own after 7 days idle or 3 months), with
 * a way to end any of them, or all at once.
 */
export function SessionsSection(props: {
  sessions: AccountSession[];
  /** The clock to show "last active" against. */
  now: Date;
  onRevoked: (id: string) => void;
  /** Every session ended, this browser's too. */
  onSignedOutEverywhere: () => void;
}) {
  const [busy, setBusy] = createSignal<string>();
  const [notice, setNotice] = createSignal("");
  const [problem, setProblem] = createSignal<string>();
  const [confirming, setConfirming] = createSignal(false);
  let status: HTMLParagraphElement | undefined;

  async function revoke(session: AccountSession) {
    setBusy(session.id);
    setProblem(undefined);
    try {
      await revokeSession({ id: session.id });
      setNotice(`The session of ${describe(session)} is signed out.`);
      props.onRevoked(session.id);
      // The row and its button are gone: keep the keyboard user in the section, on the news.
      status?.focus();
    } catch (error) {
      setProblem(toErrorDisplay(error).message);
    } finally {
      setBusy(undefined);
    }
  }

  async function everywhere() {
    setBusy("*");
    setProblem(undefined);
    try {
      await signOutEverywhere();
      setConfirming(false);
      props.onSignedOutEverywhere();
    } catch (error) {
      setProblem(toErrorDisplay(error).message);
      setConfirming(false);
    } finally {
      setBusy(undefined);
    }
  }

  return (
    <section class="account-section" aria-labelledby="sessions-heading">
      <h2 id="sessions-heading">Active sessions</h2>
      <p>
        Browsers and devices signed in to your account. A session ends by itself after 7 days without activity, and
        after 3 months at most. Don't recognise one? Sign it out and change your password.
      </p>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1) */}
      <section class="table-scroll" tabIndex={0} aria-labelledby="sessions-caption">
        <table>
          <caption id="sessions-caption">Signed-in browsers and devices</caption>
          <thead>
            <tr>
              <th scope="col">Browser</th>
              <th scope="col">Operating system</th>
              <th scope="col">Device</th>
              <th scope="col">Approximate location</th>
              <th scope="col">Last active</th>
              <th scope="col">Signed in</th>
              <th scope="col">
                <span class="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            <For
              each={props.sessions}
              fallback={
                <tr>
                  <td colSpan={7}>No active sessions.</td>
                </tr>
              }
            >
              {(session) => (
                <tr data-current={session.current ? "" : undefined}>
                  <th scope="row">
                    {session.browser}
                    <Show when={session.current}>
                      {" "}
                      <span class="tag" data-tone="good">
                        This browser
                      </span>
                    </Show>
                  </th>
                  <td>{session.os}</td>
                  <td>{labelOf(deviceLabels, session.device)}</td>
                  <td>{countryName(session.country)}</td>
                  <td>
                    <time datetime={session.lastSeenAt.toISOString()} title={formatDateTime(session.lastSeenAt)}>
                      {formatRelativeTime(session.lastSeenAt, props.now)}
                    </time>
                  </td>
                  <td>
                    <time datetime={session.createdAt.toISOString()}>{formatDateTime(session.createdAt)}</time>
                  </td>
                  <td>
                    <Show when={!session.current}>
                      <button
                        type="button"
                        class="secondary"
                        onClick={() => revoke(session)}
                        disabled={busy() !== undefined}
                      >
                        {busy() === session.id ? "Revoking…" : "Revoke"}
                        <span class="visually-hidden"> the session of {describe(session)}</span>
                      </button>
                    </Show>
                  </td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </section>
      <p class="status-line" role="status" tabIndex={-1} ref={status}>
        {notice()}
      </p>
      <Show when={problem()}>
        <p class="field-error" role="alert">
          {problem()}
        </p>
      </Show>
      <p>
        <button type="button" class="danger" onClick={() => setConfirming(true)} disabled={busy() !== undefined}>
          Sign out everywhere
        </button>
      </p>
      <ModalDialog open={confirming()} onClose={() => setConfirming(false)} title="Sign out everywhere?">
        <p>Every browser and device signed in to your account is signed out, this one included.</p>
        <div class="form-actions">
          <button type="button" class="danger" onClick={everywhere} disabled={busy() === "*"}>
            {busy() === "*" ? "Signing out…" : "Sign out everywhere"}
          </button>
          {/* The safe choice takes the focus in a dialog about a destructive action. */}
          <button type="button" class="secondary" onClick={() => setConfirming(false)} data-autofocus>
            Cancel
          </button>
        </div>
      </ModalDialog>
    </section>
  );
}
