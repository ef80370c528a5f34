import { createResource, createSignal, For, Show } from "solid-js";
import { getInvitations, type Invitation, inviteMember, revokeInvitation } from "../../lib/crm-queries";
import { toErrorDisplay } from "../../lib/errors";
import { createForm, lazySchema } from "../../lib/form";
import { formatDate } from "../../lib/format";
import { roleHints, roleLabels } from "../../lib/labels";
import { useTenant } from "../../lib/tenant";
import { FormError } from "../form-error";
import { FormField } from "../form-field";
import { Loaded } from "../loaded";

// The schema, and zod with it, is fetched when the form is first used: the page's first load stays small.
const schema = lazySchema(() => import("@abante/validators").then((m) => m.inviteInput));

/** Admins invite people by e-mail (the link works for 7 days) and withdraw invitations not yet accepted. */
export function InvitationsSection() {
  const tenant = useTenant();
  const [invitations, { refetch, mutate }] = createResource(() => tenant.slug(), getInvitations);
  const [notice, setNotice] = createSignal("");
  const [busy, setBusy] = createSignal<string>();
  const [problem, setProblem] = createSignal<string>();
  let status: HTMLParagraphElement | undefined;

  const form = createForm({
    schema,
    extra: () => ({ tenant: tenant.slug() }),
    onSubmit: async (input, element) => {
      const created = await inviteMember(input);
      // Inviting an address again replaces its earlier invitation.
      mutate((list) => [created, ...(list ?? []).filter((i) => i.email.toLowerCase() !== created.email.toLowerCase())]);
      element.reset();
      setNotice(`Invitation sent to ${created.email}.`);
    },
  });

  async function revoke(invitation: Invitation) {
    setBusy(invitation.id);
    setProblem(undefined);
    try {
      await revokeInvitation({ tenant: tenant.slug(), id: invitation.id });
      mutate((list) => list?.filter((i) => i.id !== invitation.id));
      setNotice(`The invitation to ${invitation.email} was withdrawn; its link no longer works.`);
      status?.focus();
    } catch (error) {
      setProblem(toErrorDisplay(error).message);
    } finally {
      setBusy(undefined);
    }
  }

  return (
    <section class="card settings-section" aria-labelledby="invitations-heading">
      <h2 id="invitations-heading">Invitations</h2>
      <form
        class="form"
        onSubmit={form.submit}
        onFocusIn={form.preload}
        onPointerDown={form.preload}
        novalidate
        aria-labelledby="invite-heading"
      >
        <h3 id="invite-heading">Invite someone</h3>
        <FormError form={form} />
        <div class="form-grid">
          <FormField form={form} name="email" label="Email address" hint="We e-mail them a link that works for 7 days.">
            {(control) => <input {...control} type="email" autocomplete="off" spellcheck={false} />}
          </FormField>
          <FormField form={form} name="role" label="Role">
            {(control) => (
              <select {...control}>
                <option value="member">
                  {roleLabels.member}: {roleHints.member}
                </option>
                <option value="admin">
                  {roleLabels.admin}: {roleHints.admin}
                </option>
              </select>
            )}
          </FormField>
        </div>
        <div class="form-actions">
          <button type="submit" disabled={form.pending()}>
            {form.pending() ? "Sending…" : "Send invitation"}
          </button>
        </div>
      </form>
      <p class="status-line" role="status" tabIndex={-1} ref={status}>
        {notice()}
      </p>
      <Show when={problem()}>
        <p class="field-error" role="alert">
          {problem()}
        </p>
      </Show>
      <h3>Waiting for an answer</h3>
      <Loaded of={invitations} what="the invitations" retry={() => void refetch()}>
        {(list) => (
          <Show when={list().length > 0} fallback={<p class="notice">No invitations are waiting.</p>}>
            {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1) */}
            <section class="table-scroll" tabIndex={0} aria-labelledby="invitations-caption">
              <table>
                <caption id="invitations-caption" class="visually-hidden">
                  Pending invitations
                </caption>
                <thead>
                  <tr>
                    <th scope="col">Email</th>
                    <th scope="col">Role</th>
                    <th scope="col">Invited by</th>
                    <th scope="col">Link expires</th>
                    <th scope="col">
                      <span class="visually-hidden">Actions</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  <For each={list()}>
                    {(invitation) => (
                      <tr>
                        <th scope="row">{invitation.email}</th>
                        <td>{roleLabels[invitation.role]}</td>
                        <td>{invitation.invitedByName ?? "Former member"}</td>
                        <td>
                          <time datetime={invitation.expiresAt.toISOString()}>{formatDate(invitation.expiresAt)}</time>
                        </td>
                        <td>
                          <button
                            type="button"
                            class="secondary"
                            disabled={busy() !== undefined}
                            onClick={() => void revoke(invitation)}
                          >
                            {busy() === invitation.id ? "Withdrawing…" : "Withdraw"}
                            <span class="visually-hidden"> the invitation to {invitation.email}</span>
                          </button>
                        </td>
                      </tr>
                    )}
                  </For>
                </tbody>
              </table>
            </section>
          </Show>
        )}
      </Loaded>
    </section>
  );
}
