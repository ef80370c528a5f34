import { createResource, createSignal, For, Show } from "solid-js";
import {
  createStage,
  deleteStage,
  getStages,
  reorderStages,
  type Stage,
  type StageKind,
  updateStage,
} from "../../lib/crm-queries";
import { toErrorDisplay } from "../../lib/errors";
import { createForm, lazySchema } from "../../lib/form";
import { toNumber } from "../../lib/form-values";
import { counted, formatCount } from "../../lib/format";
import { stageKindLabels } from "../../lib/labels";
import { useTenant } from "../../lib/tenant";
import { ConfirmDialog } from "../confirm-dialog";
import { FormError } from "../form-error";
import { FormField } from "../form-field";
import { Loaded } from "../loaded";
import { ModalDialog } from "../modal-dialog";

const kinds: StageKind[] = ["open", "won", "lost"];
// The schema, and zod with it, is fetched when a form is first used: the page's first load stays small.
const schema = lazySchema(() => import("@abante/validators").then((m) => m.createStageInput.omit({ tenant: true })));

/**
 * The pipeline's stages in board order. Everyone sees them; admins add, rename, re-weigh, reorder (Move up / Move
 * down, which keyboard and screen-reader users can operate, unlike dragging) and delete empty ones.
 */
export function StagesSection() {
  const tenant = useTenant();
  const [stages, { refetch, mutate }] = createResource(() => tenant.slug(), getStages);
  const [editing, setEditing] = createSignal<Stage>();
  const [deleting, setDeleting] = createSignal<Stage>();
  const [notice, setNotice] = createSignal("");
  const [problem, setProblem] = createSignal<string>();
  const [reordering, setReordering] = createSignal(false);
  let table: HTMLTableElement | undefined;

  const addForm = createForm({
    schema,
    prepare: (values) => ({ ...values, probability: toNumber(values.probability) }),
    onSubmit: async (input, element) => {
      const created = await createStage({ tenant: tenant.slug(), ...input });
      mutate((list) => [...(list ?? []), created]);
      element.reset();
      // reset() goes back to the HTML defaults, and Solid sets `value` as a property, not as that default: without
      // this the probability would come back empty and the next stage be refused.
      const probability = element.elements.namedItem("probability");
      if (probability instanceof HTMLInputElement) probability.value = "0";
      setNotice(`Stage “${created.name}” added at the end of the pipeline.`);
    },
  });

  const editForm = createForm({
    schema,
    prepare: (values) => ({ ...values, probability: toNumber(values.probability) }),
    onSubmit: async (input) => {
      const stage = editing();
      if (!stage) return;
      const updated = await updateStage({ tenant: tenant.slug(), id: stage.id, ...input });
      mutate((list) => list?.map((s) => (s.id === updated.id ? { ...s, ...updated } : s)));
      setEditing(undefined);
      setNotice(`Stage “${updated.name}” saved.`);
    },
  });

  async function move(stage: Stage, by: -1 | 1) {
    const list = stages.latest ?? [];
    const from = list.findIndex((s) => s.id === stage.id);
    const to = from + by;
    if (from === -1 || to < 0 || to >= list.length) return;
    const next = [...list];
    next.splice(from, 1);
    next.splice(to, 0, stage);
    setProblem(undefined);
    setReordering(true);
    mutate(next);
    // The button stays under the keyboard: the same button of the same stage, now one row up or down. At the top or
    // bottom it no longer exists, so the other direction takes the focus.
    const edge = (by === -1 && to === 0) || (by === 1 && to === list.length - 1);
    const focus = `[data-stage="${stage.id}"] [data-direction="${edge ? -by : by}"]`;
    table?.querySelector<HTMLButtonElement>(focus)?.focus();
    try {
      const saved = await reorderStages({ tenant: tenant.slug(), ids: next.map((s) => s.id) });
      mutate(saved);
      setNotice(`“${stage.name}” is now stage ${to + 1} of ${list.length}.`);
    } catch (error) {
      mutate(list);
      setProblem(`The order could not be saved: ${toErrorDisplay(error).message}`);
    } finally {
      setReordering(false);
      table?.querySelector<HTMLButtonElement>(focus)?.focus();
    }
  }

  const stageFields = (form: typeof addForm, stage?: Stage) => (
    <div class="form-grid">
      <FormField form={form} name="name" label="Name">
        {(control) => <input {...control} type="text" maxLength={60} value={stage?.name ?? ""} data-autofocus />}
      </FormField>
      <FormField form={form} name="kind" label="Kind" hint="Won and lost stages close the deals moved into them.">
        {(control) => (
          <select {...control}>
            <For each={kinds}>
              {(kind) => (
                <option value={kind} selected={kind === (stage?.kind ?? "open")}>
                  {stageKindLabels[kind]}
                </option>
              )}
            </For>
          </select>
        )}
      </FormField>
      <FormField form={form} name="probability" label="Probability (%)" hint="How likely a deal here is to be won.">
        {(control) => (
          <input
            {...control}
            type="number"
            inputmode="numeric"
            min={0}
            max={100}
            step={1}
            class="short"
            value={stage?.probability ?? 0}
          />
        )}
      </FormField>
    </div>
  );

  return (
    <section class="card settings-section" id="stages" aria-labelledby="stages-heading">
      <h2 id="stages-heading">Pipeline stages</h2>
      <Show when={!tenant.isAdmin()}>
        <p class="meta">Only admins change the pipeline.</p>
      </Show>
      <Loaded of={stages} what="the pipeline" retry={() => void refetch()}>
        {(list) => (
          // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1)
          <section class="table-scroll" tabIndex={0} aria-labelledby="stages-caption">
            <table ref={table}>
              <caption id="stages-caption" class="visually-hidden">
                Stages in board order
              </caption>
              <thead>
                <tr>
                  <th scope="col" class="num">
                    Order
                  </th>
                  <th scope="col">Name</th>
                  <th scope="col">Kind</th>
                  <th scope="col" class="num">
                    Probability
                  </th>
                  <th scope="col" class="num">
                    Deals
                  </th>
                  <Show when={tenant.isAdmin()}>
                    <th scope="col">
                      <span class="visually-hidden">Actions</span>
                    </th>
                  </Show>
                </tr>
              </thead>
              <tbody>
                <For
                  each={list()}
                  fallback={
                    <tr>
                      <td colSpan={6}>No stages yet.</td>
                    </tr>
                  }
                >
                  {(stage, index) => (
                    <tr data-stage={stage.id}>
                      <td class="num">{index() + 1}</td>
                      <th scope="row">{stage.name}</th>
                      <td>{stageKindLabels[stage.kind]}</td>
                      <td class="num">{stage.probability}%</td>
                      <td class="num">{formatCount(stage.dealCount)}</td>
                      <Show when={tenant.isAdmin()}>
                        <td class="row-actions">
                          <Show when={index() > 0}>
                            <button
                              type="button"
                              class="secondary"
                              data-direction="-1"
                              disabled={reordering()}
                              onClick={() => void move(stage, -1)}
                            >
                              Move up<span class="visually-hidden"> {stage.name}</span>
                            </button>
                          </Show>
                          <Show when={index() < list().length - 1}>
                            <button
                              type="button"
                              class="secondary"
                              data-direction="1"
                              disabled={reordering()}
                              onClick={() => void move(stage, 1)}
                            >
                              Move down<span class="visually-hidden"> {stage.name}</span>
                            </button>
                          </Show>
                          <button
                            type="button"
                            class="secondary"
                            onClick={() => {
                              editForm.clear();
                              setEditing(stage);
                            }}
                          >
                            Edit<span class="visually-hidden"> {stage.name}</span>
                          </button>
                          <button type="button" class="secondary danger" onClick={() => setDeleting(stage)}>
                            Delete<span class="visually-hidden"> {stage.name}</span>
                          </button>
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
      <p class="status-line" role="status">
        {notice()}
      </p>
      <Show when={problem()}>
        <p class="field-error" role="alert">
          {problem()}
        </p>
      </Show>
      <Show when={tenant.isAdmin()}>
        <form
          class="form"
          onSubmit={addForm.submit}
          onFocusIn={addForm.preload}
          onPointerDown={addForm.preload}
          novalidate
          aria-labelledby="add-stage-heading"
        >
          <h3 id="add-stage-heading">Add a stage</h3>
          <FormError form={addForm} />
          {stageFields(addForm)}
          <div class="form-actions">
            <button type="submit" disabled={addForm.pending()}>
              {addForm.pending() ? "Adding…" : "Add stage"}
            </button>
          </div>
        </form>
        <ModalDialog
          open={editing() !== undefined}
          onClose={() => setEditing(undefined)}
          title={`Edit stage “${editing()?.name ?? ""}”`}
        >
          <Show when={editing()} keyed>
            {(stage) => (
              <form
                class="form"
                onSubmit={editForm.submit}
                onFocusIn={editForm.preload}
                onPointerDown={editForm.preload}
                novalidate
              >
                <FormError form={editForm} />
                {stageFields(editForm, stage)}
                <div class="form-actions">
                  <button type="submit" disabled={editForm.pending()}>
                    {editForm.pending() ? "Saving…" : "Save stage"}
                  </button>
                  <button type="button" class="secondary" onClick={() => setEditing(undefined)}>
                    Cancel
                  </button>
                </div>
              </form>
            )}
          </Show>
        </ModalDialog>
        <ConfirmDialog
          open={deleting() !== undefined}
          title={`Delete the stage “${deleting()?.name ?? ""}”?`}
          confirmLabel="Delete stage"
          pendingLabel="Deleting…"
          onClose={() => setDeleting(undefined)}
          onConfirm={async () => {
            const stage = deleting();
            if (!stage) return;
            await deleteStage({ tenant: tenant.slug(), id: stage.id });
            mutate((list) => list?.filter((s) => s.id !== stage.id));
            setNotice(`Stage “${stage.name}” deleted.`);
          }}
        >
          <Show
            when={(deleting()?.dealCount ?? 0) === 0}
            fallback={
              <p>
                {counted(deleting()?.dealCount ?? 0, "deals")}{" "}
                {deleting()?.dealCount === 1 ? "is in this stage: move it" : "are in this stage: move them"} to another
                stage first, or the deletion is refused.
              </p>
            }
          >
            <p>The stage is empty; it disappears from the board.</p>
          </Show>
        </ConfirmDialog>
      </Show>
    </section>
  );
}
