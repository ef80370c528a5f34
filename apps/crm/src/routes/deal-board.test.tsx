import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { BoardDeal, BoardStage } from "../lib/crm-queries";
import { ada, members, mountTenantRoutes, myTenants, press, settle, tenantDetails } from "../testing/crm";
import { buttonNamed } from "../testing/mount";
import DealBoardPage from "./deal-board";

const queries = vi.hoisted(() => ({ getMe: vi.fn(), getMyTenants: vi.fn() }));
vi.mock("../lib/queries", () => queries);
const crm = vi.hoisted(() => ({
  getTenant: vi.fn(),
  getMembers: vi.fn(),
  getDealBoard: vi.fn(),
  moveDeal: vi.fn(),
}));
vi.mock("../lib/crm-queries", () => crm);

const id = (n: number) => `0190d000-0000-7000-8000-00000000000${n}`;
const LEAD = "0190e000-0000-7000-8000-000000000001";
const QUALIFIED = "0190e000-0000-7000-8000-000000000002";
const LOST = "0190e000-0000-7000-8000-000000000003";

function deal(n: number, title: string, amount: string | null, currency = "EUR"): BoardDeal {
  return {
    id: id(n),
    title,
    amount,
    currency,
    status: "open",
    position: n,
    company: null,
    contact: null,
    ownerAccountId: null,
    expectedClose: null,
    closedAt: null,
  };
}

function stage(stageId: string, name: string, kind: BoardStage["kind"], deals: BoardDeal[]): BoardStage {
  return { id: stageId, name, kind, position: 0, probability: 10, dealCount: deals.length, deals };
}

const board = () => ({
  cap: 200,
  stages: [
    stage(LEAD, "Lead", "open", [deal(1, "Alpha", "1000.50"), deal(2, "Bravo", "99.50"), deal(5, "Echo", "20", "USD")]),
    stage(QUALIFIED, "Qualified", "open", [deal(3, "Charlie", null)]),
    stage(LOST, "Lost", "lost", []),
  ],
});

let view: ReturnType<typeof mountTenantRoutes>;
const mount = () => {
  view = mountTenantRoutes("/app/t/acme/deals", [{ path: "/deals", component: DealBoardPage }]);
  return view.container;
};
const column = (name: string) =>
  [...view.container.querySelectorAll(".board-column")].find((c) =>
    c.querySelector("h2")?.textContent?.startsWith(name),
  )!;
const titles = (name: string) => [...column(name).querySelectorAll(".deal-title")].map((a) => a.textContent);
const handle = (n: number) => view.container.querySelector<HTMLButtonElement>(`[data-move="${id(n)}"]`)!;
const announcement = () => view.container.querySelector('[aria-live="assertive"]')?.textContent ?? "";

beforeEach(() => {
  for (const fn of [...Object.values(queries), ...Object.values(crm)]) fn.mockReset();
  queries.getMe.mockResolvedValue(ada);
  queries.getMyTenants.mockResolvedValue(myTenants);
  crm.getTenant.mockResolvedValue(tenantDetails("member"));
  crm.getMembers.mockResolvedValue(members("member"));
  crm.getDealBoard.mockResolvedValue(board());
});
afterEach(() => view.unmount());

describe("deal pipeline board", () => {
  it("shows a column per stage with its count and the sum of its amounts per currency", async () => {
    mount();
    await settle(() => expect(titles("Lead")).toEqual(["Alpha", "Bravo", "Echo"]));
    const totals = column("Lead").querySelector(".board-totals")!.textContent;
    expect(totals).toContain("3 deals");
    expect(totals).toContain("€1,100.00");
    expect(totals).toContain("$20.00");
    expect(column("Qualified").querySelector(".board-totals")!.textContent).toContain("1 deal");
  });

  it("moves a deal with the keyboard: Space picks it up, arrows choose, Space drops; deal.move gets stage and beforeId", async () => {
    crm.moveDeal.mockResolvedValue({ id: id(2), status: "open", closedAt: null });
    mount();
    await settle(() => expect(titles("Lead")).toEqual(["Alpha", "Bravo", "Echo"]));

    handle(2).focus();
    press(handle(2), " ");
    expect(document.activeElement).toBe(handle(2));
    await settle(() => expect(announcement()).toContain("Bravo picked up, in Lead, position 2 of 3"));
    press(handle(2), "ArrowRight");
    // The preview shows it in Qualified at the same height (below Charlie), and the focus stays on its button.
    await settle(() => expect(titles("Qualified")).toEqual(["Charlie", "Bravo"]));
    expect(document.activeElement).toBe(handle(2));
    expect(titles("Lead")).toEqual(["Alpha", "Echo"]);
    press(handle(2), "ArrowUp");
    await settle(() => expect(titles("Qualified")).toEqual(["Bravo", "Charlie"]));
    expect(document.activeElement).toBe(handle(2));
    await settle(() => expect(announcement()).toBe("Qualified, position 1 of 2"));
    expect(crm.moveDeal).not.toHaveBeenCalled();

    press(handle(2), " ");
    await settle(() => expect(crm.moveDeal).toHaveBeenCalledOnce());
    expect(crm.moveDeal).toHaveBeenCalledWith({
      tenant: "acme",
      id: id(2),
      stageId: QUALIFIED,
      beforeId: id(3),
      lostReason: undefined,
    });
    expect(titles("Qualified")).toEqual(["Bravo", "Charlie"]);
    expect(column("Qualified").querySelector(".board-totals")!.textContent).toContain("2 deals");
    expect(column("Lead").querySelector(".board-totals")!.textContent).toContain("€1,000.50");
    await settle(() => expect(announcement()).toContain("Bravo moved to Qualified, position 1 of 2"));
    // The server's answer redraws the board; the keyboard stays on the deal that moved (it used to fall to <body>).
    await settle(() => expect(handle(2).textContent).toContain("Move"));
    expect(document.activeElement).toBe(handle(2));
  });

  it("puts the deal back and says why when the server refuses the move", async () => {
    let refuse!: (error: unknown) => void;
    crm.moveDeal.mockImplementation(() => new Promise((_, reject) => (refuse = reject)));
    mount();
    await settle(() => expect(titles("Lead")).toEqual(["Alpha", "Bravo", "Echo"]));

    press(handle(1), " ");
    press(handle(1), "ArrowRight");
    press(handle(1), "End");
    press(handle(1), "Enter");
    await settle(() => expect(crm.moveDeal).toHaveBeenCalledOnce());
    expect(crm.moveDeal.mock.calls[0]?.[0]).toMatchObject({ id: id(1), stageId: QUALIFIED, beforeId: null });
    // Optimistic: already in its new place while the server thinks.
    expect(titles("Qualified")).toEqual(["Charlie", "Alpha"]);
    expect(titles("Lead")).toEqual(["Bravo", "Echo"]);

    refuse(Object.assign(new Error("This stage does not exist."), { data: { code: "NOT_FOUND" } }));
    await settle(() => expect(titles("Lead")).toEqual(["Alpha", "Bravo", "Echo"]));
    expect(titles("Qualified")).toEqual(["Charlie"]);
    expect(view.container.querySelector('[role="alert"]')?.textContent).toContain(
      "Alpha could not be moved: This stage does not exist. It is back in Lead.",
    );
    expect(document.activeElement).toBe(handle(1));
  });

  it("Escape cancels a keyboard move without calling the server", async () => {
    mount();
    await settle(() => expect(titles("Lead")).toEqual(["Alpha", "Bravo", "Echo"]));
    press(handle(1), " ");
    press(handle(1), "ArrowDown");
    await settle(() => expect(titles("Lead")).toEqual(["Bravo", "Alpha", "Echo"]));
    press(handle(1), "Escape");
    await settle(() => expect(titles("Lead")).toEqual(["Alpha", "Bravo", "Echo"]));
    await settle(() => expect(announcement()).toContain("Move cancelled"));
    expect(crm.moveDeal).not.toHaveBeenCalled();
  });

  it("asks why before moving a deal into a lost stage, and sends the reason", async () => {
    crm.moveDeal.mockResolvedValue({ id: id(3), status: "lost", closedAt: new Date() });
    mount();
    await settle(() => expect(titles("Qualified")).toEqual(["Charlie"]));
    press(handle(3), " ");
    press(handle(3), "ArrowRight");
    press(handle(3), " ");
    const dialog = await settle(() => {
      const open = view.container.querySelector<HTMLDialogElement>("dialog[open]");
      expect(open?.textContent).toContain("Why was this deal lost?");
      return open!;
    });
    expect(crm.moveDeal).not.toHaveBeenCalled();

    buttonNamed(dialog, "Move to lost").click();
    await settle(() => expect(dialog.textContent).toContain("Say why the deal was lost."));
    expect(crm.moveDeal).not.toHaveBeenCalled();

    const reason = dialog.querySelector("textarea")!;
    reason.value = "Went with a competitor";
    buttonNamed(dialog, "Move to lost").click();
    await settle(() => expect(crm.moveDeal).toHaveBeenCalledOnce());
    expect(crm.moveDeal.mock.calls[0]?.[0]).toMatchObject({
      id: id(3),
      stageId: LOST,
      beforeId: null,
      lostReason: "Went with a competitor",
    });
    await settle(() => expect(titles("Lost")).toEqual(["Charlie"]));
  });
});
