import { A } from "@solidjs/router";
import { batch, createEffect, createResource, createSignal, For, Show } from "solid-js";
import { DealsViews } from "../components/deals-views";
import { FormError } from "../components/form-error";
import { FormField } from "../components/form-field";
import { Loaded } from "../components/loaded";
import { ModalDialog } from "../components/modal-dialog";
import { PageHeader } from "../components/page-header";
import { locate, type MoveKey, moveOnBoard, nextPlace, type Place, samePlace } from "../lib/board";
import { type BoardDeal, type BoardStage, getDealBoard, moveDeal } from "../lib/crm-queries";
import { fieldProblem, toErrorDisplay } from "../lib/errors";
import { createForm, lazySchema } from "../lib/form";
import { formatCount, formatIsoDate } from "../lib/format";
import { stageKindLabels } from "../lib/labels";
import { formatMoney, sumByCurrency } from "../lib/money";
import { settled } from "../lib/resource";
import { useTenant } from "../lib/tenant";

// The lost stage's question judges with the API's schema, fetched when first asked: the board loads without zod.
const moveSchema = lazySchema(() => import("@abante/validators").then((m) => m.moveDealInput));

const MOVE_KEYS: readonly string[] = ["ArrowUp", "ArrowDown", "ArrowLeft", "ArrowRight", "Home", "End"];

/** A deal picked up with the keyboard: where it started, where it would land, and the board it started from. */
interface Picked {
  dealId: string;
  origin: Place;
  at: Place;
  snapshot: BoardStage[];
}

/**
 * The pipeline: one column per stage, deals in their order. Deals move by dragging, or from the keyboard: focus a
 * deal's "Move" button, Space picks it up, the arrow keys choose the stage and the position, Space (or Enter) drops
 * it and Escape puts it back; every step is announced. A move shows at once and is undone if the server refuses it.
 * Moving into a lost stage asks why first.
 */
export default function DealBoardPage() {
  const tenant = useTenant();
  const [board, { refetch }] = createResource(
    () => tenant.slug(),
    (slug) =>
      getDealBoard(slug).catch((error) => {
        tenant.handleError(error);
        throw error;
      }),
  );
  const [columns, setColumns] = createSignal<BoardStage[]>([]);
  createEffect(() => {
    const loaded = settled(board);
    if (loaded) setColumns(loaded.stages);
  });

  const [picked, setPicked] = createSignal<Picked>();
  const [dragging, setDragging] = createSignal<string>();
  const [dropAt, setDropAt] = createSignal<Place>();
  const [pending, setPending] = createSignal<string>();
  const [announcement, setAnnouncement] = createSignal("");
  const [problem, setProblem] = createSignal<string>();
  const [asking, setAsking] = createSignal<{ dealId: string; to: Place }>();
  let root!: HTMLDivElement;
  let lastKey = 0;

  /** The board as shown: while a deal is held with the keyboard, with the deal where it would land. */
  const shown = () => {
    const held = picked();
    // Unmoved yet: the board as it is, so that picking up does not redraw the column under the keyboard.
    if (!held || samePlace(held.at, held.origin)) return columns();
    return moveOnBoard(held.snapshot, held.dealId, held.at)?.columns ?? columns();
  };
  const stageOf = (stageId: string) => columns().find((c) => c.id === stageId);
  const dealOf = (dealId: string) =>
    columns()
      .flatMap((c) => c.deals)
      .find((d) => d.id === dealId);
  const describePlace = (board: BoardStage[], dealId: string, at: Place) => {
    const column = board.find((c) => c.id === at.stageId);
    const count = column ? column.deals.filter((d) => d.id !== dealId).length + 1 : 1;
    return `${column?.name ?? "?"}, position ${at.index + 1} of ${count}`;
  };
  const focusHandle = (dealId: string) => root?.querySelector<HTMLButtonElement>(`[data-move="${dealId}"]`)?.focus();

  /**
   * Applies a change that redraws a deal's card (the server's answer, an undone move): its Move button keeps the
   * keyboard if it had it, instead of the focus falling back to the page.
   */
  function keepingFocus(dealId: string, change: () => void) {
    const active = document.activeElement;
    const focused = active instanceof HTMLElement && active.dataset.move === dealId;
    change();
    if (focused) focusHandle(dealId);
  }

  function say(text: string) {
    // Cleared first so that the same sentence twice is announced twice.
    setAnnouncement("");
    queueMicrotask(() => setAnnouncement(text));
  }

  /** Puts a deal at `to`: on screen at once, then on the server; back where it was if the server refuses. */
  async function commit(dealId: string, to: Place, lostReason?: string) {
    const before = columns();
    const from = locate<BoardDeal, BoardStage>(before, dealId);
    const deal = dealOf(dealId);
    const source = from && stageOf(from.stageId);
    const target = stageOf(to.stageId);
    if (!from || !deal || !source || !target) return;
    if (from.stageId === to.stageId && from.index === to.index) {
      say(`${deal.title} stays in ${target.name}.`);
      return;
    }
    if (target.kind === "lost" && source.kind !== "lost" && lostReason === undefined) {
      moveSchema.preload();
      setAsking({ dealId, to });
      return;
    }
    const moved = moveOnBoard<BoardDeal, BoardStage>(before, dealId, to);
    if (!moved) return;
    batch(() => {
      setProblem(undefined);
      setColumns(moved.columns);
      setPending(dealId);
    });
    say(`${deal.title} moved to ${describePlace(moved.columns, dealId, to)}.`);
    try {
      const saved = await moveDeal({
        tenant: tenant.slug(),
        id: dealId,
        stageId: to.stageId,
        beforeId: moved.beforeId,
        lostReason,
      });
      keepingFocus(dealId, () =>
        setColumns((current) =>
          current.map((column) => ({
            ...column,
            deals: column.deals.map((d) =>
              d.id === dealId ? { ...d, status: saved.status, closedAt: saved.closedAt } : d,
            ),
          })),
        ),
      );
    } catch (error) {
      tenant.handleError(error);
      const message = toErrorDisplay(error).message;
      keepingFocus(dealId, () =>
        batch(() => {
          setColumns(before);
          setProblem(`${deal.title} could not be moved: ${message} It is back in ${source.name}.`);
        }),
      );
      say(`${deal.title} could not be moved and is back in ${source.name}. ${message}`);
    } finally {
      setPending(undefined);
    }
  }

  // Keyboard moves ---------------------------------------------------------------------------------------------------

  function pickUp(dealId: string) {
    if (pending()) return;
    const snapshot = columns();
    const origin = locate<BoardDeal, BoardStage>(snapshot, dealId);
    if (!origin) return;
    setPicked({ dealId, origin, at: origin, snapshot });
    focusHandle(dealId);
    say(
      `${dealOf(dealId)?.title} picked up, in ${describePlace(snapshot, dealId, origin)}. ` +
        "Arrow keys move it, Space drops it, Escape cancels.",
    );
  }

  function drop() {
    const held = picked();
    if (!held) return;
    setPicked(undefined);
    if (samePlace(held.at, held.origin)) {
      say(`${dealOf(held.dealId)?.title} dropped where it was.`);
    } else {
      void commit(held.dealId, held.at);
    }
    focusHandle(held.dealId);
  }

  function cancel() {
    const held = picked();
    if (!held) return;
    setPicked(undefined);
    say(
      `Move cancelled. ${dealOf(held.dealId)?.title} is back in ${describePlace(held.snapshot, held.dealId, held.origin)}.`,
    );
    focusHandle(held.dealId);
  }

  function onHandleKey(event: KeyboardEvent, dealId: string) {
    const held = picked();
    if (event.key === " " || event.key === "Enter") {
      event.preventDefault();
      lastKey = performance.now();
      if (!held) pickUp(dealId);
      else drop();
      return;
    }
    if (!held || held.dealId !== dealId) return;
    if (event.key === "Escape") {
      event.preventDefault();
      cancel();
    } else if (MOVE_KEYS.includes(event.key)) {
      event.preventDefault();
      const at = nextPlace<BoardDeal, BoardStage>(held.snapshot, dealId, held.at, event.key as MoveKey);
      setPicked({ ...held, at });
      say(describePlace(held.snapshot, dealId, at));
      focusHandle(dealId);
    } else if (event.key === "Tab") {
      cancel();
    }
  }

  // Screen readers in browse mode send a click instead of the key: the button then works as a toggle.
  function onHandleClick(dealId: string) {
    if (performance.now() - lastKey < 500) return;
    if (picked()) drop();
    else pickUp(dealId);
  }

  // Mouse moves (HTML5 drag and drop) --------------------------------------------------------------------------------

  function dropIndex(list: HTMLElement, clientY: number, dealId: string): number {
    const cards = [...list.querySelectorAll<HTMLElement>("[data-deal]")].filter((el) => el.dataset.deal !== dealId);
    const index = cards.findIndex((card) => {
      const box = card.getBoundingClientRect();
      return clientY < box.top + box.height / 2;
    });
    return index === -1 ? cards.length : index;
  }

  // The lost stage's question -----------------------------------------------------------------------------------------

  const lostForm = createForm({
    schema: moveSchema,
    extra: () => ({ tenant: tenant.slug(), id: asking()?.dealId, stageId: asking()?.to.stageId }),
    onSubmit: async (input, form) => {
      const question = asking();
      if (!question) return;
      const reason = input.lostReason?.trim();
      if (!reason) throw fieldProblem("lostReason", "Say why the deal was lost.");
      form.reset();
      setAsking(undefined);
      await commit(question.dealId, question.to, reason);
      focusHandle(question.dealId);
    },
  });

  return (
    <section class="page board-page" aria-labelledby="board-heading">
      <PageHeader id="board-heading" title="Pipeline">
        <DealsViews base={tenant.path("/deals")} />
        <A class="button" href={tenant.path("/deals/new")}>
          New deal
        </A>
      </PageHeader>
      <p id="board-help" class="meta">
        Drag a deal to another stage, or use its Move button: Space to pick it up, arrow keys to choose the stage and
        position, Space to drop, Escape to cancel.
      </p>
      <div class="visually-hidden" role="status" aria-live="assertive">
        {announcement()}
      </div>
      <Show when={problem()}>
        <div class="callout" data-tone="bad" role="alert">
          <p>{problem()}</p>
        </div>
      </Show>
      <Loaded of={board} what="the pipeline" retry={() => void refetch()}>
        {(loaded) => (
          <div class="board" ref={root}>
            <For each={shown()}>
              {(column) => {
                const sums = () => sumByCurrency(column.deals);
                const headingId = `stage-${column.id}`;
                return (
                  <section class="board-column" aria-labelledby={headingId} data-kind={column.kind}>
                    <header class="board-column-head">
                      <h2 id={headingId}>
                        {column.name}
                        <Show when={column.kind !== "open"}>
                          {" "}
                          <span class="tag" data-tone={column.kind === "won" ? "good" : "bad"}>
                            {stageKindLabels[column.kind]}
                          </span>
                        </Show>
                      </h2>
                      <p class="board-totals">
                        <span>
                          {formatCount(column.dealCount)} {column.dealCount === 1 ? "deal" : "deals"}
                        </span>
                        <For each={sums()}>{(sum) => <span>{formatMoney(sum.amount, sum.currency)}</span>}</For>
                        <span class="meta">{column.probability}% likely</span>
                      </p>
                      <Show when={column.dealCount > column.deals.length}>
                        <p class="meta">
                          Showing the first {formatCount(column.deals.length)} (totals are theirs).{" "}
                          <A href={tenant.path(`/deals/list?stage=${column.id}`)}>
                            See all {formatCount(column.dealCount)}
                          </A>
                        </p>
                      </Show>
                    </header>
                    <ul
                      class="board-list"
                      aria-labelledby={headingId}
                      classList={{
                        "drop-at-end":
                          dropAt()?.stageId === column.id &&
                          dropAt()?.index === column.deals.filter((d) => d.id !== dragging()).length,
                      }}
                      onDragOver={(event) => {
                        const dealId = dragging();
                        if (!dealId) return;
                        event.preventDefault();
                        if (event.dataTransfer) event.dataTransfer.dropEffect = "move";
                        const index = dropIndex(event.currentTarget, event.clientY, dealId);
                        const current = dropAt();
                        if (!current || current.stageId !== column.id || current.index !== index) {
                          setDropAt({ stageId: column.id, index });
                        }
                      }}
                      onDragLeave={(event) => {
                        if (
                          !event.currentTarget.contains(event.relatedTarget as Node | null) &&
                          dropAt()?.stageId === column.id
                        ) {
                          setDropAt(undefined);
                        }
                      }}
                      onDrop={(event) => {
                        event.preventDefault();
                        const dealId = dragging();
                        const to = dropAt() ?? { stageId: column.id, index: column.deals.length };
                        batch(() => {
                          setDragging(undefined);
                          setDropAt(undefined);
                        });
                        if (dealId) void commit(dealId, to);
                      }}
                    >
                      <For each={column.deals}>
                        {(deal) => {
                          const indexAmongOthers = () =>
                            column.deals.filter((d) => d.id !== dragging()).findIndex((d) => d.id === deal.id);
                          return (
                            <li
                              class="deal-card"
                              data-deal={deal.id}
                              draggable={pending() === undefined && picked() === undefined}
                              classList={{
                                held: picked()?.dealId === deal.id,
                                dragging: dragging() === deal.id,
                                saving: pending() === deal.id,
                                "drop-before":
                                  dragging() !== deal.id &&
                                  dropAt()?.stageId === column.id &&
                                  dropAt()?.index === indexAmongOthers(),
                              }}
                              data-status={deal.status}
                              onDragStart={(event) => {
                                if (event.dataTransfer) {
                                  event.dataTransfer.effectAllowed = "move";
                                  event.dataTransfer.setData("text/plain", deal.id);
                                }
                                setDragging(deal.id);
                              }}
                              onDragEnd={() =>
                                batch(() => {
                                  setDragging(undefined);
                                  setDropAt(undefined);
                                })
                              }
                            >
                              <A class="deal-title" href={tenant.path(`/deals/${deal.id}`)} draggable={false}>
                                {deal.title}
                              </A>
                              <Show when={deal.company || deal.contact}>
                                <span class="meta">{deal.company?.name ?? deal.contact?.name}</span>
                              </Show>
                              <span class="deal-facts">
                                <Show when={deal.amount}>
                                  {(amount) => <strong>{formatMoney(amount(), deal.currency)}</strong>}
                                </Show>
                                <Show when={deal.expectedClose}>
                                  {(date) => <span class="meta">Close {formatIsoDate(date())}</span>}
                                </Show>
                              </span>
                              <button
                                type="button"
                                class="move-handle"
                                data-move={deal.id}
                                aria-describedby="board-help"
                                aria-pressed={picked()?.dealId === deal.id}
                                disabled={pending() !== undefined && pending() !== deal.id}
                                onKeyDown={(event) => onHandleKey(event, deal.id)}
                                onKeyUp={(event) => event.key === " " && event.preventDefault()}
                                onClick={() => onHandleClick(deal.id)}
                              >
                                <span aria-hidden="true">⠿ </span>
                                {pending() === deal.id ? "Saving…" : "Move"}
                                <span class="visually-hidden"> {deal.title}</span>
                              </button>
                            </li>
                          );
                        }}
                      </For>
                    </ul>
                    <A class="board-add" href={tenant.path(`/deals/new?stage=${column.id}`)}>
                      + Add a deal<span class="visually-hidden"> to {column.name}</span>
                    </A>
                  </section>
                );
              }}
            </For>
            <Show when={loaded().stages.length === 0}>
              <p class="notice">
                This pipeline has no stages yet.{" "}
                <Show when={tenant.isAdmin()} fallback="Ask an admin to add some in Settings.">
                  <A href={tenant.path("/settings#stages")}>Add stages in Settings</A>.
                </Show>
              </p>
            </Show>
          </div>
        )}
      </Loaded>
      <ModalDialog
        open={asking() !== undefined}
        onClose={() => {
          const question = asking();
          setAsking(undefined);
          lostForm.clear();
          if (question) {
            say(`${dealOf(question.dealId)?.title} was not moved.`);
            focusHandle(question.dealId);
          }
        }}
        title="Why was this deal lost?"
      >
        <form class="form" onSubmit={lostForm.submit} novalidate>
          <p>
            {dealOf(asking()?.dealId ?? "")?.title} moves to {stageOf(asking()?.to.stageId ?? "")?.name}. The reason
            helps the team learn from it.
          </p>
          <FormError form={lostForm} />
          <FormField form={lostForm} name="lostReason" label="Reason">
            {(control) => <textarea {...control} rows={3} maxLength={500} data-autofocus />}
          </FormField>
          <div class="form-actions">
            <button type="submit" disabled={lostForm.pending()}>
              Move to lost
            </button>
            <button
              type="button"
              class="secondary"
              onClick={() => {
                const question = asking();
                setAsking(undefined);
                lostForm.clear();
                if (question) focusHandle(question.dealId);
              }}
            >
              Cancel
            </button>
          </div>
        </form>
      </ModalDialog>
    </section>
  );
}
