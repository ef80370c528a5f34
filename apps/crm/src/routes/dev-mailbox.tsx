import { A } from "@solidjs/router";
import { createResource, For, Show, Suspense } from "solid-js";
import { formatDateTime, formatRelativeTime } from "../lib/format";
import { getDevMailbox } from "../lib/queries";

/** Development only: the e-mails the server would have sent, kept in its memory because no SMTP is configured. */
export default function DevMailboxPage() {
  const [mailbox, { refetch }] = createResource(getDevMailbox);
  return (
    <section class="page" aria-labelledby="mailbox-heading">
      <h1 id="mailbox-heading">Dev mailbox</h1>
      <Suspense
        fallback={
          <p class="notice" role="status">
            Loading the messages…
          </p>
        }
      >
        <Show when={mailbox.latest}>
          {(box) => (
            <Show
              when={box().enabled}
              fallback={
                <p class="callout">
                  The dev mailbox is off: this server is configured to send real e-mail, so messages go to their
                  recipients and are not kept here.
                </p>
              }
            >
              <p class="meta">
                E-mails the server sent while running without SMTP, newest first. They live in the server's memory only
                and are gone after a restart.{" "}
                <button type="button" class="link-button" onClick={() => void refetch()} disabled={mailbox.loading}>
                  {mailbox.loading ? "Refreshing…" : "Refresh"}
                </button>
              </p>
              {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1) */}
              <section class="table-scroll" tabIndex={0} aria-labelledby="mailbox-caption">
                <table>
                  <caption id="mailbox-caption">Messages</caption>
                  <thead>
                    <tr>
                      <th scope="col">Subject</th>
                      <th scope="col">To</th>
                      <th scope="col">Kind</th>
                      <th scope="col">Sent</th>
                    </tr>
                  </thead>
                  <tbody>
                    <For
                      each={box().messages}
                      fallback={
                        <tr>
                          <td colSpan={4}>No messages yet. Create an account or ask for a password reset.</td>
                        </tr>
                      }
                    >
                      {(message) => (
                        <tr>
                          <th scope="row">
                            <A href={`/dev/mailbox/${encodeURIComponent(message.id)}`}>{message.subject}</A>
                          </th>
                          <td>{message.to}</td>
                          <td>
                            <code>{message.kind}</code>
                          </td>
                          <td>
                            <time datetime={message.createdAt.toISOString()} title={formatDateTime(message.createdAt)}>
                              {formatRelativeTime(message.createdAt, new Date())}
                            </time>
                          </td>
                        </tr>
                      )}
                    </For>
                  </tbody>
                </table>
              </section>
            </Show>
          )}
        </Show>
      </Suspense>
    </section>
  );
}
