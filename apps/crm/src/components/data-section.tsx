import { createSignal, For, Show } from "solid-js";
import { toErrorDisplay } from "../lib/errors";
import { createForm, lazySchema } from "../lib/form";
import { formatDate } from "../lib/format";
import { labelOf, requestKindLabels, requestStatusLabels } from "../lib/labels";
import { type PrivacyRequest, requestDataExport, requestDeletion } from "../lib/queries";
import { FormError } from "./form-error";
import { FormField } from "./form-field";
import { ModalDialog } from "./modal-dialog";

// The deletion asks for the current password with exactly the rule of the other password confirmations. The schema,
// and zod with it, is fetched when the form is first used: the page's first load stays small.
const deletionInput = lazySchema(() =>
  import("@abante/validators").then((m) => m.changeEmailInput.pick({ password: true })),
);

/** The data-subject rights of an account holder: a copy of their data, and deletion (P18), with their progress. */
export function DataSection(props: { requests: PrivacyRequest[]; onCreated: (request: PrivacyRequest) => void }) {
  const [exporting, setExporting] = createSignal(false);
  const [notice, setNotice] = createSignal("");
  const [problem, setProblem] = createSignal<string>();
  const [confirming, setConfirming] = createSignal(false);
  let deletionForm: HTMLFormElement | undefined;

  const created = (request: PrivacyRequest, what: string) => {
    props.onCreated(request);
    setNotice(`${what} We will complete it by ${formatDate(request.dueAt)} at the latest.`);
  };

  async function exportData() {
    setExporting(true);
    setProblem(undefined);
    setNotice("");
    try {
      created(await requestDataExport(), "We received your request for a copy of your data.");
    } catch (error) {
      setProblem(toErrorDisplay(error).message);
    } finally {
      setExporting(false);
    }
  }

  const form = createForm({
    schema: deletionInput,
    onSubmit: async (input) => {
      const request = await requestDeletion(input);
      setConfirming(false);
      created(request, "We received your request to delete your account.");
    },
  });

  function openDeletion() {
    setProblem(undefined);
    setNotice("");
    form.clear();
    deletionForm?.reset();
    setConfirming(true);
  }

  return (
    <section class="account-section" aria-labelledby="data-heading">
      <h2 id="data-heading">Your data</h2>
      <p>
        You can get a copy of the personal data we hold about your account, or have your account deleted. We carry out
        each request within one month, the legal deadline, and the list below shows how it is going.
      </p>
      <p class="section-actions">
        <button type="button" onClick={exportData} disabled={exporting()}>
          {exporting() ? "Requesting…" : "Download my data"}
        </button>
        <button type="button" class="danger" onClick={openDeletion}>
          Delete my account
        </button>
      </p>
      <p role="status">{notice()}</p>
      <Show when={problem()}>
        <p class="field-error" role="alert">
          {problem()}
        </p>
      </Show>
      <Show when={props.requests.length > 0}>
        {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1) */}
        <section class="table-scroll" tabIndex={0} aria-labelledby="requests-caption">
          <table>
            <caption id="requests-caption">Your requests</caption>
            <thead>
              <tr>
                <th scope="col">Request</th>
                <th scope="col">Status</th>
                <th scope="col">Received</th>
                <th scope="col">Due by</th>
                <th scope="col">Completed</th>
              </tr>
            </thead>
            <tbody>
              <For each={props.requests}>
                {(request) => (
                  <tr>
                    <th scope="row">{labelOf(requestKindLabels, request.kind)}</th>
                    <td>{labelOf(requestStatusLabels, request.status)}</td>
                    <td>
                      <time datetime={request.createdAt.toISOString()}>{formatDate(request.createdAt)}</time>
                    </td>
                    <td>
                      <time datetime={request.dueAt.toISOString()}>{formatDate(request.dueAt)}</time>
                    </td>
                    <td>
                      <Show when={request.completedAt} fallback="—">
                        {(at) => <time datetime={at().toISOString()}>{formatDate(at())}</time>}
                      </Show>
                    </td>
                  </tr>
                )}
              </For>
            </tbody>
          </table>
        </section>
      </Show>
      <ModalDialog open={confirming()} onClose={() => setConfirming(false)} title="Delete your account?">
        <p>
          We delete or anonymise all your personal data within one month, the legal deadline. Only the invoices and
          billing records that tax law makes us keep are kept, for as long as it requires.
        </p>
        <p>This cannot be undone.</p>
        <form
          class="form"
          ref={deletionForm}
          onSubmit={form.submit}
          onFocusIn={form.preload}
          onPointerDown={form.preload}
          novalidate
        >
          <FormError form={form} />
          <FormField form={form} name="password" label="Your password" hint="To make sure it is you.">
            {(control) => <input {...control} type="password" autocomplete="current-password" data-autofocus />}
          </FormField>
          <div class="form-actions">
            <button type="submit" class="danger" disabled={form.pending()}>
              {form.pending() ? "Requesting…" : "Delete my account"}
            </button>
            <button type="button" class="secondary" onClick={() => setConfirming(false)} disabled={form.pending()}>
              Cancel
            </button>
          </div>
        </form>
      </ModalDialog>
    </section>
  );
}
