import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { ImportReport, Stage } from "../lib/crm-queries";
import { ada, LINUS_ID, members, mountTenantRoutes, myTenants, settle, tenantDetails } from "../testing/crm";
import { buttonNamed, controlLabelled, type } from "../testing/mount";
import SettingsPage from "./settings";

const queries = vi.hoisted(() => ({ getMe: vi.fn(), getMyTenants: vi.fn() }));
vi.mock("../lib/queries", () => queries);
const crm = vi.hoisted(() => {
  class ImportError extends Error {
    constructor(
      message: string,
      readonly status: number,
      readonly report: unknown,
    ) {
      super(message);
    }
  }
  return {
    ImportError,
    exportUrl: (tenant: string, kind: string) => `/api/t/${tenant}/export/${kind}.csv`,
    getTenant: vi.fn(),
    getMembers: vi.fn(),
    getInvitations: vi.fn(),
    getStages: vi.fn(),
    changeRole: vi.fn(),
    reorderStages: vi.fn(),
    createStage: vi.fn(),
    deleteStage: vi.fn(),
    importCsv: vi.fn(),
  };
});
vi.mock("../lib/crm-queries", () => crm);

const stages: Stage[] = [
  {
    id: "0190e000-0000-7000-8000-000000000001",
    name: "Lead",
    position: 0,
    kind: "open",
    probability: 10,
    dealCount: 4,
  },
  { id: "0190e000-0000-7000-8000-000000000002", name: "Won", position: 1, kind: "won", probability: 100, dealCount: 0 },
];

let view: ReturnType<typeof mountTenantRoutes>;
const mount = () => {
  view = mountTenantRoutes("/app/t/acme/settings", [{ path: "/settings", component: SettingsPage }]);
  return view.container;
};
/** Puts `files` in a file input as a person choosing them would (a DataTransfer is how browsers hold them). */
function chooseFiles(input: HTMLInputElement, files: File[]) {
  const transfer = new DataTransfer();
  for (const file of files) transfer.items.add(file);
  input.files = transfer.files;
}
/** The buttons a person can see: not those of a dialog that is closed. */
const buttons = () =>
  [...view.container.querySelectorAll("button")]
    .filter((b) => !b.closest("dialog:not([open])"))
    .map((b) => b.textContent?.trim() ?? "");
const section = (heading: string) =>
  [...view.container.querySelectorAll("section")].find((s) => s.querySelector("h2")?.textContent === heading);

function as(role: "owner" | "admin" | "member") {
  crm.getTenant.mockResolvedValue(tenantDetails(role));
  crm.getMembers.mockResolvedValue(members(role));
}

beforeEach(() => {
  for (const fn of [...Object.values(queries), ...Object.values(crm)]) if (vi.isMockFunction(fn)) fn.mockReset();
  queries.getMe.mockResolvedValue(ada);
  queries.getMyTenants.mockResolvedValue(myTenants);
  crm.getInvitations.mockResolvedValue([]);
  crm.getStages.mockResolvedValue(stages);
});
afterEach(() => view.unmount());

describe("P19 control panel", () => {
  it("shows a member how the database is set up, without any admin action", async () => {
    as("member");
    const page = mount();
    await settle(() => expect(page.querySelector("#members-caption")).not.toBeNull());
    await settle(() => expect(page.querySelector("[data-stage]")).not.toBeNull());
    expect(page.textContent).toContain("only its admins and owners change it");
    expect(page.textContent).toContain("Grace Hopper");
    expect(page.textContent).toContain("Lead");
    for (const adminAction of [
      "Rename",
      "Save role",
      "Remove",
      "Make owner",
      "Add stage",
      "Move up",
      "Move down",
      "Send invitation",
    ]) {
      expect(buttons().filter((b) => b.startsWith(adminAction))).toEqual([]);
    }
    expect(page.querySelector('[aria-label^="Role of"]')).toBeNull();
    expect(section("Invitations")).toBeUndefined();
    expect(crm.getInvitations).not.toHaveBeenCalled();
    // What every member may do stays: leave, and import or export data.
    expect(buttons()).toContain("Leave this CRM database");
    expect(buttons()).toContain("Import");
  });

  it("gives an admin the member, invitation and pipeline actions, but ownership only to an owner", async () => {
    as("admin");
    const page = mount();
    await settle(() => expect(page.querySelector('[aria-label="Role of Linus Torvalds"]')).not.toBeNull());
    await settle(() => expect(page.querySelector("[data-stage]")).not.toBeNull());
    expect(buttons()).toContain("Rename");
    expect(buttons()).toContain("Send invitation");
    expect(buttons()).toContain("Add stage");
    expect(buttons()).toContain("Move down Lead");
    expect(buttons()).toContain("Remove Linus Torvalds");
    // The owner (Grace) can be neither demoted nor removed by an admin; nobody but an owner transfers ownership.
    expect(page.querySelector('[aria-label="Role of Grace Hopper"]')).toBeNull();
    expect(buttons()).not.toContain("Remove Grace Hopper");
    expect(buttons().some((b) => b.startsWith("Make owner"))).toBe(false);
    await settle(() => expect(crm.getInvitations).toHaveBeenCalledWith("acme", expect.anything()));
  });

  it("lets an owner change a member's role", async () => {
    as("owner");
    crm.changeRole.mockResolvedValue({ ...members("owner")[2]!, role: "admin" });
    const page = mount();
    const select = await settle(() => page.querySelector<HTMLSelectElement>('[aria-label="Role of Linus Torvalds"]')!);
    expect(buttons()).toContain("Make owner Grace Hopper");
    select.value = "admin";
    select.dispatchEvent(new Event("change", { bubbles: true }));
    buttonNamed(page, "Save role of Linus Torvalds").click();
    await settle(() =>
      expect(crm.changeRole).toHaveBeenCalledWith({ tenant: "acme", accountId: LINUS_ID, role: "admin" }),
    );
    await settle(() => expect(page.textContent).toContain("Linus Torvalds is now admin."));
  });
});

describe("pipeline stages", () => {
  it("adds a stage at the end, then offers the form afresh: an open stage at 0 %, not an empty probability", async () => {
    as("admin");
    crm.createStage.mockResolvedValue({
      id: "0190e000-0000-7000-8000-000000000003",
      name: "Demo",
      position: 2,
      kind: "open",
      probability: 40,
      dealCount: 0,
    });
    mount();
    const stagesSection = await settle(() => {
      const found = section("Pipeline stages");
      expect(found?.querySelector("form")).toBeTruthy();
      return found!;
    });
    const probability = await settle(() => controlLabelled(stagesSection, "Probability (%)"));
    expect(probability.value).toBe("0");
    type(controlLabelled(stagesSection, "Name"), "Demo");
    type(probability, "40");
    buttonNamed(stagesSection, "Add stage").click();
    await settle(() => expect(stagesSection.textContent).toContain("Stage “Demo” added at the end of the pipeline."));
    expect(crm.createStage).toHaveBeenCalledWith({ tenant: "acme", name: "Demo", kind: "open", probability: 40 });
    expect(controlLabelled(stagesSection, "Name").value).toBe("");
    // A reset used to leave the probability empty, so the next stage was refused until a number was typed again.
    expect(controlLabelled(stagesSection, "Probability (%)").value).toBe("0");
    expect((controlLabelled(stagesSection, "Kind") as HTMLSelectElement).value).toBe("open");
  });

  it("deletes a stage after asking; the focus goes to the section, not to the page, as the row is gone", async () => {
    as("admin");
    crm.getStages.mockResolvedValue([
      ...stages,
      { ...stages[0]!, id: "0190e000-0000-7000-8000-000000000009", name: "Old", dealCount: 0 },
    ]);
    crm.deleteStage.mockResolvedValue({ id: "0190e000-0000-7000-8000-000000000009" });
    const page = mount();
    const remove = await settle(() => buttonNamed(page, "Delete Old"));
    remove.focus();
    remove.click();
    const dialog = await settle(() => page.querySelector<HTMLDialogElement>("dialog[open]")!);
    expect(dialog.textContent).toContain("The stage is empty");
    buttonNamed(dialog, "Delete stage").click();
    await settle(() => expect(page.querySelector("dialog[open]")).toBeNull());
    await settle(() => expect(document.activeElement?.textContent).toBe("Pipeline stages"));
    expect(page.textContent).toContain("Stage “Old” deleted.");
    expect(crm.deleteStage).toHaveBeenCalledWith({ tenant: "acme", id: "0190e000-0000-7000-8000-000000000009" });
  });

  it("says how many deals keep a stage, in the singular for one", async () => {
    as("admin");
    crm.getStages.mockResolvedValue([{ ...stages[0]!, dealCount: 1 }, stages[1]!]);
    const page = mount();
    (await settle(() => buttonNamed(page, "Delete Lead"))).click();
    const dialog = await settle(() => page.querySelector<HTMLDialogElement>("dialog[open]")!);
    expect(dialog.textContent).toContain("1 deal is in this stage: move it to another stage first");
  });
});

describe("CSV import", () => {
  it("sends the chosen file and shows the report row by row", async () => {
    as("member");
    const report: ImportReport = {
      imported: 120,
      duplicates: 1,
      rejected: 2,
      rows: [
        { line: 4, status: "rejected", errors: [{ field: "email", message: "Enter a valid email address." }] },
        {
          line: 9,
          status: "duplicate",
          errors: [{ field: "email", message: "Another contact already has this e-mail address." }],
        },
        { line: 17, status: "rejected", errors: [{ field: "_", message: "This row has more cells than the header." }] },
      ],
      truncated: false,
      ignoredColumns: ["favourite_colour"],
    };
    crm.importCsv.mockResolvedValue(report);
    const page = mount();
    await settle(() => expect(page.querySelector("#import")).not.toBeNull());

    const file = new File(["first_name,email\nAda,ada@example.com\n"], "people.csv", { type: "text/csv" });
    chooseFiles(controlLabelled(page, "CSV file") as HTMLInputElement, [file]);
    buttonNamed(page, "Import").click();
    await settle(() => expect(crm.importCsv).toHaveBeenCalledOnce());
    expect(crm.importCsv.mock.calls[0]?.[0]).toBe("acme");
    expect(crm.importCsv.mock.calls[0]?.[1]).toBe("contacts");
    expect((crm.importCsv.mock.calls[0]![2] as File).name).toBe("people.csv");

    const result = await settle(() => {
      const node = page.querySelector(".import-result")!;
      expect(node.textContent).toContain("120 contacts imported, 1 duplicate skipped, 2 rows rejected.");
      return node;
    });
    expect(result.textContent).toContain("Columns not read (they match no field): favourite_colour.");
    const rows = [...result.querySelectorAll("tbody tr")].map((tr) =>
      [...tr.querySelectorAll("th, td")].map((cell) => cell.textContent?.trim()),
    );
    expect(rows).toEqual([
      ["4", "Rejected", "email: Enter a valid email address."],
      ["9", "Duplicate, skipped", "email: Another contact already has this e-mail address."],
      ["17", "Rejected", "This row has more cells than the header."],
    ]);
  });

  it("asks for a file before sending anything, and shows a refusal of the whole file", async () => {
    as("member");
    crm.importCsv.mockRejectedValue(new crm.ImportError("The file is larger than 50 MiB.", 413, null));
    const page = mount();
    await settle(() => expect(page.querySelector("#import")).not.toBeNull());
    buttonNamed(page, "Import").click();
    await settle(() => expect(page.querySelector("#import")?.textContent).toContain("Choose a CSV file."));
    expect(crm.importCsv).not.toHaveBeenCalled();
    expect(document.activeElement).toBe(controlLabelled(page, "CSV file"));

    chooseFiles(controlLabelled(page, "CSV file") as HTMLInputElement, [new File(["a"], "big.csv")]);
    buttonNamed(page, "Import").click();
    await settle(() =>
      expect(page.querySelector(".import-result [role=alert]")?.textContent).toContain(
        "The file is larger than 50 MiB.",
      ),
    );
  });
});
