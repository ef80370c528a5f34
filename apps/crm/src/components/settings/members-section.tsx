import { useNavigate } from "@solidjs/router";
import { createResource, createSignal, For, Show } from "solid-js";
import {
  changeRole,
  getMembers,
  leaveTenant,
  type Member,
  removeMember,
  transferOwnership,
} from "../../lib/crm-queries";
import { toErrorDisplay } from "../../lib/errors";
import { formatDate } from "../../lib/format";
import { roleLabels } from "../../lib/labels";
import type { MembershipRole } from "../../lib/queries";
import { useTenant } from "../../lib/tenant";
import { ConfirmDialog } from "../confirm-dialog";
import { Loaded } from "../loaded";

type Asking = { kind: "remove" | "transfer"; member: Member } | { kind: "leave" };

/**
 * Who is in this CRM database. Admins change roles (never an owner's: ownership is transferred) and remove members;
 * an owner also hands ownership over. Everyone can leave, except the last owner.
 */
export function MembersSection() {
  const tenant = useTenant();
  const navigate = useNavigate();
  const [members, { refetch, mutate }] = createResource(() => tenant.slug(), getMembers);
  const [asking, setAsking] = createSignal<Asking>();
  const [busy, setBusy] = createSignal<string>();
  const [notice, setNotice] = createSignal("");
  const [problem, setProblem] = createSignal<string>();
  const [chosen, setChosen] = createSignal<Record<string, MembershipRole>>({});
  let status: HTMLParagraphElement | undefined;

  const isMe = (member: Member) => member.accountId === tenant.meId();
  const canChangeRole = (member: Member) => tenant.isAdmin() && !isMe(member) && member.role !== "owner";
  const canRemove = (member: Member) =>
    !isMe(member) && (member.role === "owner" ? tenant.isOwner() : tenant.isAdmin());
  const canTransfer = (member: Member) => tenant.isOwner() && !isMe(member);
  const hasActions = () => tenant.isAdmin();
  const afterChange = (message: string) => {
    setNotice(message);
    tenant.refreshMembers();
    status?.focus();
  };

  async function saveRole(member: Member) {
    const role = chosen()[member.accountId];
    if (!role || role === member.role || role === "owner") return;
    setBusy(member.accountId);
    setProblem(undefined);
    try {
      const updated = await changeRole({ tenant: tenant.slug(), accountId: member.accountId, role });
      mutate((list) => list?.map((m) => (m.accountId === updated.accountId ? updated : m)));
      afterChange(`${member.name} is now ${roleLabels[updated.role].toLowerCase()}.`);
    } catch (error) {
      setProblem(toErrorDisplay(error).message);
    } finally {
      setBusy(undefined);
    }
  }

  async function confirm() {
    const question = asking();
    if (!question) return;
    if (question.kind === "leave") {
      await leaveTenant(tenant.slug());
      navigate("/", { replace: true });
      return;
    }
    const { member } = question;
    if (question.kind === "remove") {
      await removeMember({ tenant: tenant.slug(), accountId: member.accountId });
      mutate((list) => list?.filter((m) => m.accountId !== member.accountId));
      tenant.refreshDetails();
      afterChange(`${member.name} was removed. Their access ended at once.`);
    } else {
      await transferOwnership({ tenant: tenant.slug(), accountId: member.accountId });
      await refetch();
      // The caller is an admin now: the page redraws its actions for that role.
      tenant.refreshDetails();
      afterChange(`${member.name} is the owner now; you are an admin.`);
    }
  }

  return (
    <section class="card settings-section" aria-labelledby="members-heading">
      <h2 id="members-heading">Members</h2>
      <p class="meta">
        Owners and admins manage members, the pipeline and all data; members work with contacts, companies, deals and
        files.
      </p>
      <Loaded of={members} what="the members" retry={() => void refetch()}>
        {(list) => (
          // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1)
          <section class="table-scroll" tabIndex={0} aria-labelledby="members-caption">
            <table>
              <caption id="members-caption" class="visually-hidden">
                Members of {tenant.details().name}
              </caption>
              <thead>
                <tr>
                  <th scope="col">Name</th>
                  <th scope="col">Email</th>
                  <th scope="col">Role</th>
                  <th scope="col">Member since</th>
                  <Show when={hasActions()}>
                    <th scope="col">
                      <span class="visually-hidden">Actions</span>
                    </th>
                  </Show>
                </tr>
              </thead>
              <tbody>
                <For each={list()}>
                  {(member) => (
                    <tr data-current={isMe(member) ? "" : undefined}>
                      <th scope="row">
                        {member.name}
                        <Show when={isMe(member)}>
                          {" "}
                          <span class="tag" data-tone="good">
                            You
                          </span>
                        </Show>
                      </th>
                      <td>{member.email}</td>
                      <td>
                        <Show when={canChangeRole(member)} fallback={roleLabels[member.role]}>
                          <span class="inline-control">
                            <select
                              aria-label={`Role of ${member.name}`}
                              onChange={(event) =>
                                setChosen({
                                  ...chosen(),
                                  [member.accountId]: event.currentTarget.value as MembershipRole,
                                })
                              }
                            >
                              <option value="admin" selected={member.role === "admin"}>
                                {roleLabels.admin}
                              </option>
                              <option value="member" selected={member.role === "member"}>
                                {roleLabels.member}
                              </option>
                            </select>
                            <button
                              type="button"
                              class="secondary"
                              disabled={
                                busy() !== undefined || (chosen()[member.accountId] ?? member.role) === member.role
                              }
                              onClick={() => void saveRole(member)}
                            >
                              {busy() === member.accountId ? "Saving…" : "Save role"}
                              <span class="visually-hidden"> of {member.name}</span>
                            </button>
                          </span>
                        </Show>
                      </td>
                      <td>
                        <time datetime={member.createdAt.toISOString()}>{formatDate(member.createdAt)}</time>
                      </td>
                      <Show when={hasActions()}>
                        <td class="row-actions">
                          <Show when={canTransfer(member)}>
                            <button
                              type="button"
                              class="secondary"
                              onClick={() => setAsking({ kind: "transfer", member })}
                            >
                              Make owner<span class="visually-hidden"> {member.name}</span>
                            </button>
                          </Show>
                          <Show when={canRemove(member)}>
                            <button
                              type="button"
                              class="secondary danger"
                              onClick={() => setAsking({ kind: "remove", member })}
                            >
                              Remove<span class="visually-hidden"> {member.name}</span>
                            </button>
                          </Show>
                        </td>
                      </Show>
                    </tr>
                  )}
                </For>
              </tbody>
            </table>
          </section>
        )}
      </Loaded>
      <p class="status-line" role="status" tabIndex={-1} ref={status}>
        {notice()}
      </p>
      <Show when={problem()}>
        <p class="field-error" role="alert">
          {problem()}
        </p>
      </Show>
      <p>
        <button type="button" class="secondary danger" onClick={() => setAsking({ kind: "leave" })}>
          Leave this CRM database
        </button>
      </p>
      <ConfirmDialog
        open={asking() !== undefined}
        onClose={() => setAsking(undefined)}
        onConfirm={confirm}
        title={
          asking()?.kind === "leave"
            ? `Leave ${tenant.details().name}?`
            : asking()?.kind === "transfer"
              ? "Transfer ownership?"
              : "Remove this member?"
        }
        confirmLabel={
          asking()?.kind === "leave" ? "Leave" : asking()?.kind === "transfer" ? "Transfer ownership" : "Remove member"
        }
        tone={asking()?.kind === "transfer" ? "normal" : "danger"}
      >
        <Show when={asking()}>
          {(question) => {
            const q = question();
            return q.kind === "leave" ? (
              <p>
                You lose access to its contacts, deals and files at once. To come back, an admin has to invite you
                again.
              </p>
            ) : q.kind === "transfer" ? (
              <p>
                {q.member.name} becomes an owner of {tenant.details().name} and you become an admin. Only an owner can
                give ownership back.
              </p>
            ) : (
              <p>
                {q.member.name} ({q.member.email}) loses access to {tenant.details().name} at once. The records they own
                stay.
              </p>
            );
          }}
        </Show>
      </ConfirmDialog>
    </section>
  );
}
