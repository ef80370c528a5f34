// The pipeline board's moves as plain functions of the board, so the page, the keyboard and the mouse share them and
// tests can check them without a browser.

export interface BoardCard {
  id: string;
  status: "open" | "won" | "lost";
}

export interface BoardColumn<D extends BoardCard> {
  id: string;
  kind: "open" | "won" | "lost";
  dealCount: number;
  deals: D[];
}

/** A place on the board: a stage, and the index among its deals counted without the deal being moved. */
export interface Place {
  stageId: string;
  index: number;
}

/** Where a deal is now. */
export function locate<D extends BoardCard, C extends BoardColumn<D>>(columns: C[], dealId: string): Place | undefined {
  for (const column of columns) {
    const index = column.deals.findIndex((d) => d.id === dealId);
    if (index !== -1) return { stageId: column.id, index };
  }
  return undefined;
}

/** How many deals a column shows once `dealId` has left it. */
export function lengthWithout<D extends BoardCard>(column: BoardColumn<D>, dealId: string): number {
  return column.deals.filter((d) => d.id !== dealId).length;
}

/**
 * The board after `dealId` moved to `to`, and what the API needs to say the same: the deal it now stands before
 * (null: last in its column). The deal takes the status of its new stage's kind, as the server will; the counts move
 * with it. Returns undefined when the deal or the stage is not on the board.
 */
export function moveOnBoard<D extends BoardCard, C extends BoardColumn<D>>(
  columns: C[],
  dealId: string,
  to: Place,
): { columns: C[]; beforeId: string | null } | undefined {
  const from = locate<D, C>(columns, dealId);
  const target = columns.find((c) => c.id === to.stageId);
  if (!from || !target) return undefined;
  const deal = columns.find((c) => c.id === from.stageId)!.deals[from.index]!;
  const moved = { ...deal, status: target.kind } as D;
  const rest = target.deals.filter((d) => d.id !== dealId);
  const index = Math.max(0, Math.min(to.index, rest.length));
  const beforeId = rest[index]?.id ?? null;
  const next = columns.map((column) => {
    if (column.id === target.id) {
      const deals = [...rest.slice(0, index), moved, ...rest.slice(index)];
      return { ...column, deals, dealCount: column.dealCount + (from.stageId === target.id ? 0 : 1) };
    }
    if (column.id === from.stageId) {
      return { ...column, deals: column.deals.filter((d) => d.id !== dealId), dealCount: column.dealCount - 1 };
    }
    return column;
  });
  return { columns: next, beforeId };
}

export type MoveKey = "ArrowUp" | "ArrowDown" | "ArrowLeft" | "ArrowRight" | "Home" | "End";

/**
 * The next place of a deal picked up with the keyboard: up and down within the column, left and right to the
 * neighbouring stage at the same height (or its end), Home and End to the top and bottom of the column.
 * `at` and the result are relative to the board before the move began.
 */
export function nextPlace<D extends BoardCard, C extends BoardColumn<D>>(
  columns: C[],
  dealId: string,
  at: Place,
  key: MoveKey,
): Place {
  const col = columns.findIndex((c) => c.id === at.stageId);
  const column = columns[col];
  if (!column) return at;
  const last = lengthWithout(column, dealId);
  switch (key) {
    case "ArrowUp":
      return { stageId: at.stageId, index: Math.max(0, at.index - 1) };
    case "ArrowDown":
      return { stageId: at.stageId, index: Math.min(last, at.index + 1) };
    case "Home":
      return { stageId: at.stageId, index: 0 };
    case "End":
      return { stageId: at.stageId, index: last };
    case "ArrowLeft":
    case "ArrowRight": {
      const neighbour = columns[col + (key === "ArrowLeft" ? -1 : 1)];
      if (!neighbour) return at;
      return { stageId: neighbour.id, index: Math.min(at.index, lengthWithout(neighbour, dealId)) };
    }
    default:
      return at;
  }
}

export const samePlace = (a: Place, b: Place) => a.stageId === b.stageId && a.index === b.index;
