import { describe, expect, it } from "vitest";
import { type BoardCard, type BoardColumn, locate, moveOnBoard, nextPlace } from "./board";

type Card = BoardCard & { title: string };
const card = (id: string): Card => ({ id, title: id.toUpperCase(), status: "open" });
const columns = (): BoardColumn<Card>[] => [
  { id: "lead", kind: "open", dealCount: 3, deals: [card("a"), card("b"), card("c")] },
  { id: "won", kind: "won", dealCount: 1, deals: [card("d")] },
  { id: "empty", kind: "open", dealCount: 0, deals: [] },
];
const ids = (board: BoardColumn<Card>[]) => board.map((c) => c.deals.map((d) => d.id).join(""));

describe("moveOnBoard", () => {
  it("reorders within a column and names the deal it now stands before", () => {
    const moved = moveOnBoard(columns(), "a", { stageId: "lead", index: 1 })!;
    expect(ids(moved.columns)).toEqual(["bac", "d", ""]);
    expect(moved.beforeId).toBe("c");
    expect(moveOnBoard(columns(), "a", { stageId: "lead", index: 2 })!.beforeId).toBeNull();
  });

  it("moves across columns with the counts, and takes the status of the new stage", () => {
    const moved = moveOnBoard(columns(), "b", { stageId: "won", index: 0 })!;
    expect(ids(moved.columns)).toEqual(["ac", "bd", ""]);
    expect(moved.beforeId).toBe("d");
    expect(moved.columns.map((c) => c.dealCount)).toEqual([2, 2, 0]);
    expect(moved.columns[1]!.deals[0]!.status).toBe("won");
  });

  it("places last in an empty column, clamps a place past the end, and leaves the input untouched", () => {
    const board = columns();
    const moved = moveOnBoard(board, "c", { stageId: "empty", index: 7 })!;
    expect(ids(moved.columns)).toEqual(["ab", "d", "c"]);
    expect(moved.beforeId).toBeNull();
    expect(ids(board)).toEqual(["abc", "d", ""]);
    expect(moveOnBoard(board, "zz", { stageId: "empty", index: 0 })).toBeUndefined();
  });
});

describe("nextPlace (keyboard)", () => {
  it("walks within a column and stops at its ends", () => {
    const board = columns();
    const start = locate(board, "b")!;
    expect(start).toEqual({ stageId: "lead", index: 1 });
    expect(nextPlace(board, "b", start, "ArrowUp")).toEqual({ stageId: "lead", index: 0 });
    expect(nextPlace(board, "b", { stageId: "lead", index: 0 }, "ArrowUp")).toEqual({ stageId: "lead", index: 0 });
    expect(nextPlace(board, "b", start, "End")).toEqual({ stageId: "lead", index: 2 });
    expect(nextPlace(board, "b", { stageId: "lead", index: 2 }, "ArrowDown")).toEqual({ stageId: "lead", index: 2 });
  });

  it("moves to the neighbouring stage at the same height, or its end, and not past the last stage", () => {
    const board = columns();
    expect(nextPlace(board, "c", { stageId: "lead", index: 2 }, "ArrowRight")).toEqual({ stageId: "won", index: 1 });
    expect(nextPlace(board, "c", { stageId: "won", index: 1 }, "ArrowRight")).toEqual({ stageId: "empty", index: 0 });
    expect(nextPlace(board, "c", { stageId: "empty", index: 0 }, "ArrowRight")).toEqual({ stageId: "empty", index: 0 });
    expect(nextPlace(board, "c", { stageId: "lead", index: 2 }, "ArrowLeft")).toEqual({ stageId: "lead", index: 2 });
  });
});
