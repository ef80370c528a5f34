import { createSignal, createUniqueId, Show } from "solid-js";
import { toErrorDisplay } from "../lib/errors";
import { setMarketing } from "../lib/queries";

/** P11: the marketing opt-in. Takes effect at once; account and security e-mails are not marketing. */
export function MarketingSection(props: { optIn: boolean; onChange: (optIn: boolean) => void }) {
  const id = `marketing-${createUniqueId()}`;
  const [pending, setPending] = createSignal(false);
  const [problem, setProblem] = createSignal<string>();
  const [saved, setSaved] = createSignal(false);

  async function toggle(event: Event & { currentTarget: HTMLInputElement }) {
    const box = event.currentTarget;
    const wanted = box.checked;
    setPending(true);
    setProblem(undefined);
    setSaved(false);
    try {
      const result = await setMarketing({ optIn: wanted });
      props.onChange(result.marketingOptIn);
      setSaved(true);
    } catch (error) {
      box.checked = props.optIn;
      setProblem(`Your choice was not saved. ${toErrorDisplay(error).message}`);
    } finally {
      setPending(false);
    }
  }

  return (
    <section class="card account-section" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Marketing e-mails</h2>
      <p class="choice">
        <input
          id={id}
          type="checkbox"
          checked={props.optIn}
          disabled={pending()}
          onChange={toggle}
          aria-describedby={`${id}-hint`}
        />
        <label for={id}>Send me news about Abante CRM by e-mail: product updates, events and offers</label>
      </p>
      <p id={`${id}-hint`} class="field-hint">
        You can change this at any time, and every marketing e-mail has a one-click unsubscribe link. E-mails about your
        account, its security and your invoices are not marketing and always reach you.
      </p>
      <p role="status">
        {saved() ? (props.optIn ? "Saved: you get marketing e-mails." : "Saved: you get no marketing e-mails.") : ""}
      </p>
      <Show when={problem()}>
        <p class="field-error" role="alert">
          {problem()}
        </p>
      </Show>
    </section>
  );
}
