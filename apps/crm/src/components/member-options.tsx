import { For, Show } from "solid-js";
import { useTenant } from "../lib/tenant";

/**
 * The <option>s of a member choice (a record's owner, an employee's account): "none" first, then every member.
 * A current value that is no longer a member stays visible, named as such, rather than silently becoming "none".
 */
export function MemberOptions(props: { selected?: string | null; selectedName?: string | null; none: string }) {
  const tenant = useTenant();
  const members = () => tenant.members() ?? [];
  const orphan = () =>
    props.selected && !members().some((m) => m.accountId === props.selected) ? props.selected : undefined;
  return (
    <>
      <option value="">{props.none}</option>
      <For each={members()}>
        {(member) => (
          <option value={member.accountId} selected={member.accountId === props.selected}>
            {member.name}
            {member.accountId === tenant.meId() ? " (you)" : ""}
          </option>
        )}
      </For>
      <Show when={orphan()}>
        {(id) => (
          <option value={id()} selected>
            {props.selectedName ?? "Former member"} (no longer a member)
          </option>
        )}
      </Show>
    </>
  );
}
