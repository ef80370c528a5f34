import { A, useParams } from "@solidjs/router";
import { createEffect, createResource, ErrorBoundary, For, Show, Suspense } from "solid-js";
import { setDocumentTitle } from "../lib/document-title";
import { toErrorDisplay } from "../lib/errors";
import { formatDateTime } from "../lib/format";
import { splitLinks } from "../lib/linkify";
import { getDevMessage } from "../lib/queries";

/** Development only: one e-mail of the dev mailbox, its text body with working links, and its HTML version. */
export default function DevMessagePage() {
  const params = useParams<{ id: string }>();
  const [message] = createResource(() => params.id, getDevMessage);
  createEffect(() => {
    const subject = message.state === "ready" ? message().subject : undefined;
    if (subject) setDocumentTitle(`${subject} · Dev mailbox`);
  });

  return (
    <section class="page" aria-labelledby="message-heading">
      <p>
        <A href="/dev/mailbox">← All messages</A>
      </p>
      <ErrorBoundary
        fallback={(error) => (
          <>
            <h1 id="message-heading">Message not available</h1>
            <p class="callout" data-tone="bad" role="alert">
              {toErrorDisplay(error).code === "NOT_FOUND"
                ? "This message is not in the dev mailbox (any more): it keeps messages in memory until the server restarts."
                : toErrorDisplay(error).message}
            </p>
          </>
        )}
      >
        <Suspense
          fallback={
            <p class="notice" role="status">
              Loading the message…
            </p>
          }
        >
          <Show when={message()}>
            {(mail) => (
              <article class="stack">
                <h1 id="message-heading">{mail().subject}</h1>
                <dl class="facts card">
                  <div>
                    <dt>To</dt>
                    <dd>{mail().to}</dd>
                  </div>
                  <div>
                    <dt>Sent</dt>
                    <dd>
                      <time datetime={mail().createdAt.toISOString()}>{formatDateTime(mail().createdAt)}</time>
                    </dd>
                  </div>
                </dl>
                <h2>Text</h2>
                <pre class="mail-text card">
                  <For each={splitLinks(mail().text)}>
                    {(part) => (part.href ? <a href={part.href}>{part.text}</a> : part.text)}
                  </For>
                </pre>
                <Show when={mail().html}>
                  {(html) => (
                    <details>
                      <summary>HTML version</summary>
                      {/* An empty sandbox: no scripts, no forms, its own origin; only for looking at the layout. */}
                      <iframe class="mail-html" title="HTML version of the message" sandbox="" srcdoc={html()} />
                    </details>
                  )}
                </Show>
              </article>
            )}
          </Show>
        </Suspense>
      </ErrorBoundary>
    </section>
  );
}
