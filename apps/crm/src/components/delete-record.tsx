import { useNavigate } from "@solidjs/router";
import { createSignal, type JSX } from "solid-js";
import { ConfirmDialog } from "./confirm-dialog";

/** "Delete" on a record page: asks first, deletes, then leaves for the list the record was in. */
export function DeleteRecord(props: {
  /** "contact": the button says "Delete contact". */
  noun: string;
  name: string;
  /** What else goes (or stays) with it, in a sentence or two. */
  consequences: JSX.Element;
  onDelete: () => Promise<unknown>;
  /** Where to go afterwards. */
  then: string;
}) {
  const navigate = useNavigate();
  const [open, setOpen] = createSignal(false);
  return (
    <>
      <button type="button" class="secondary danger" onClick={() => setOpen(true)}>
        Delete {props.noun}
      </button>
      <ConfirmDialog
        open={open()}
        title={`Delete ${props.name}?`}
        confirmLabel={`Delete ${props.noun}`}
        pendingLabel="Deleting…"
        onClose={() => setOpen(false)}
        onConfirm={async () => {
          await props.onDelete();
          navigate(props.then, { replace: true });
        }}
      >
        {props.consequences}
        <p>This cannot be undone.</p>
      </ConfirmDialog>
    </>
  );
}
