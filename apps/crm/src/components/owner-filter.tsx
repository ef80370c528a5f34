import { createUniqueId, For } from "solid-js";
import { useTenant } from "../lib/tenant";

/** A list filter on the record's owner: anyone, or one member. */
export function OwnerFilter(props: { value: string | undefined; onChange: (accountId: string | undefined) => void }) {
  const tenant = useTenant();
  const id = `owner-${createUniqueId()}`;
  return (
    <div class="field">
      <label for={id}>Owner</label>
      <select id={id} onChange={(event) => props.onChange(event.currentTarget.value || undefined)}>
        <option value="" selected={!props.value}>
          Anyone
        </option>
        <For each={tenant.members() ?? []}>
          {(member) => (
            <option value={member.accountId} selected={member.accountId === props.value}>
              {member.name}
              {member.accountId === tenant.meId() ? " (you)" : ""}
            </option>
          )}
        </For>
      </select>
    </div>
  );
}
