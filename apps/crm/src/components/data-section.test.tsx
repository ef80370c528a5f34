import { TRPCClientError } from "@trpc/client";
import { render } from "solid-js/web";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { PrivacyRequest } from "../lib/queries";
import { buttonNamed, controlLabelled, type } from "../testing/mount";
import { DataSection } from "./data-section";

const queries = vi.hoisted(() => ({ requestDataExport: vi.fn(), requestDeletion: vi.fn() }));
vi.mock("../lib/queries", () => queries);

const erasure: PrivacyRequest = {
  id: "r1",
  kind: "erasure",
  status: "received",
  createdAt: new Date("2025-06-01T12:00:00Z"),
  dueAt: new Date("2025-07-01T12:00:00Z"),
  completedAt: null,
};

let dispose: (() => void) | undefined;
let container: HTMLElement;
const onCreated = vi.fn();

function mount(requests: PrivacyRequest[] = []) {
  container = document.createElement("div");
  document.body.append(container);
  dispose = render(() => <DataSection requests={requests} onCreated={onCreated} />, container);
}

beforeEach(() => {
  queries.requestDataExport.mockReset();
  queries.requestDeletion.mockReset();
  onCreated.mockReset();
});
afterEach(() => {
  dispose?.();
  container.remove();
});

describe("P18 account deletion from the portal", () => {
  it("says the deletion is carried out within one month", () => {
    mount();
    expect(container.textContent).toContain("within one month");
    expect(container.querySelector("dialog")?.textContent).toContain(
      "We delete or anonymise all your personal data within one month",
    );
  });

  it("asks for the password in a dialog, then files the request and returns focus", async () => {
    queries.requestDeletion.mockResolvedValue(erasure);
    mount();
    const trigger = buttonNamed(container, "Delete my account");
    trigger.focus();
    trigger.click();

    const dialog = container.querySelector("dialog")!;
    expect(dialog.open).toBe(true);
    expect(dialog.getAttribute("aria-labelledby")).toBe(dialog.querySelector("h2")?.id);
    const password = controlLabelled(dialog, "Your password");
    expect(document.activeElement).toBe(password);

    buttonNamed(dialog, "Delete my account").click();
    await vi.waitFor(() => expect(password.getAttribute("aria-invalid")).toBe("true"));
    expect(queries.requestDeletion).not.toHaveBeenCalled();

    type(password, "correct horse battery");
    buttonNamed(dialog, "Delete my account").click();
    await vi.waitFor(() => expect(onCreated).toHaveBeenCalledWith(erasure));
    expect(queries.requestDeletion).toHaveBeenCalledWith({ password: "correct horse battery" });
    expect(dialog.open).toBe(false);
    await vi.waitFor(() => expect(document.activeElement).toBe(trigger));
    expect(container.querySelector('[role="status"]')?.textContent).toContain("by Jul 1, 2025 at the latest");
  });

  it("shows a wrong password under the field, inside the dialog", async () => {
    queries.requestDeletion.mockRejectedValue(
      TRPCClientError.from({
        error: {
          code: -32600,
          message: "Some fields are not valid.",
          data: { code: "BAD_REQUEST", fieldErrors: { password: ["The password is not correct."] } },
        },
      }),
    );
    mount();
    buttonNamed(container, "Delete my account").click();
    const dialog = container.querySelector("dialog")!;
    type(controlLabelled(dialog, "Your password"), "wrong password");
    buttonNamed(dialog, "Delete my account").click();
    await vi.waitFor(() => expect(dialog.querySelector(".field-error")?.textContent).toContain("not correct"));
    expect(dialog.open).toBe(true);
  });
});

describe("P17 your data", () => {
  it("files an export request and lists requests with status and due date", async () => {
    queries.requestDataExport.mockResolvedValue({ ...erasure, id: "r2", kind: "access" });
    mount([erasure]);
    const cells = [...container.querySelectorAll("tbody tr > *")].map((c) => c.textContent);
    expect(cells).toEqual(["Account deletion", "Received", "Jun 1, 2025", "Jul 1, 2025", "—"]);

    buttonNamed(container, "Download my data").click();
    await vi.waitFor(() => expect(onCreated).toHaveBeenCalledOnce());
    expect(container.querySelector('[role="status"]')?.textContent).toContain("a copy of your data");
  });

  it("explains a request that is already open", async () => {
    queries.requestDataExport.mockRejectedValue(
      TRPCClientError.from({
        error: { code: -32009, message: "You already have an open request of this kind.", data: { code: "CONFLICT" } },
      }),
    );
    mount();
    buttonNamed(container, "Download my data").click();
    await vi.waitFor(() =>
      expect(container.querySelector('[role="alert"]:not(.form-error)')?.textContent).toBe(
        "You already have an open request of this kind.",
      ),
    );
  });
});
