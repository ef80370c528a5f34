import { TRPCClientError } from "@trpc/client";
import { render } from "solid-js/web";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { AccountSession } from "../lib/queries";
import { buttonNamed } from "../testing/mount";
import { SessionsSection } from "./sessions-section";

const queries = vi.hoisted(() => ({ revokeSession: vi.fn(), signOutEverywhere: vi.fn() }));
vi.mock("../lib/queries", () => queries);

const now = new Date("2025-06-01T12:00:00Z");
const hoursAgo = (h: number) => new Date(now.getTime() - h * 3_600_000);
const here: AccountSession = {
  id: "a".repeat(64),
  current: true,
  createdAt: hoursAgo(30),
  lastSeenAt: now,
  expiresAt: hoursAgo(-24 * 7),
  browser: "Firefox 128",
  os: "Ubuntu",
  device: "desktop",
  country: "DE",
  ip: null,
};
const phone: AccountSession = {
  ...here,
  id: "b".repeat(64),
  current: false,
  lastSeenAt: hoursAgo(3),
  browser: "Safari 17",
  os: "iOS 17",
  device: "mobile",
  country: null,
};

let dispose: (() => void) | undefined;
let container: HTMLElement;
const onRevoked = vi.fn();
const onSignedOutEverywhere = vi.fn();

function mount(sessions: AccountSession[]) {
  container = document.createElement("div");
  document.body.append(container);
  dispose = render(
    () => (
      <SessionsSection
        sessions={sessions}
        now={now}
        onRevoked={onRevoked}
        onSignedOutEverywhere={onSignedOutEverywhere}
      />
    ),
    container,
  );
}

const rows = () => [...container.querySelectorAll("tbody tr")] as HTMLTableRowElement[];
const cells = (row: HTMLTableRowElement) => [...row.children].map((cell) => cell.textContent?.trim());

beforeEach(() => {
  queries.revokeSession.mockReset();
  queries.signOutEverywhere.mockReset();
  onRevoked.mockReset();
  onSignedOutEverywhere.mockReset();
});
afterEach(() => {
  dispose?.();
  container.remove();
});

describe("P17 active sessions", () => {
  it("lists each session and marks this browser's, which has no revoke button", () => {
    mount([here, phone]);
    expect(container.querySelector("caption")?.textContent).toBe("Signed-in browsers and devices");
    const [first, second] = rows();
    expect(cells(first!).slice(0, 5)).toEqual(["Firefox 128 This browser", "Ubuntu", "Computer", "Germany", "now"]);
    expect(first!.querySelector(".tag")?.textContent).toBe("This browser");
    expect(first!.querySelector("button")).toBeNull();

    expect(cells(second!).slice(0, 5)).toEqual(["Safari 17", "iOS 17", "Phone", "Unknown", "3 hours ago"]);
    expect(second!.querySelector(".tag")).toBeNull();
    // The button says whose session it ends, for a screen reader going through the buttons alone.
    expect(second!.querySelector("button")?.textContent).toBe("Revoke the session of Safari 17 on iOS 17");
  });

  it("revokes another session and says so", async () => {
    queries.revokeSession.mockResolvedValue({ ok: true });
    mount([here, phone]);
    rows()[1]!.querySelector("button")!.click();

    await vi.waitFor(() => expect(onRevoked).toHaveBeenCalledWith(phone.id));
    expect(queries.revokeSession).toHaveBeenCalledExactlyOnceWith({ id: phone.id });
    const status = container.querySelector('[role="status"]')!;
    expect(status.textContent).toBe("The session of Safari 17 on iOS 17 is signed out.");
    expect(document.activeElement).toBe(status);
  });

  it("shows why a revoke failed and keeps the row", async () => {
    queries.revokeSession.mockRejectedValue(
      TRPCClientError.from({
        error: { code: -32004, message: "This session no longer exists.", data: { code: "NOT_FOUND" } },
      }),
    );
    mount([here, phone]);
    rows()[1]!.querySelector("button")!.click();
    await vi.waitFor(() =>
      expect(container.querySelector('[role="alert"]')?.textContent).toBe("This session no longer exists."),
    );
    expect(onRevoked).not.toHaveBeenCalled();
  });

  it("signs out everywhere only after confirming in a dialog", async () => {
    queries.signOutEverywhere.mockResolvedValue({ ok: true, revoked: 2 });
    mount([here, phone]);
    const trigger = buttonNamed(container, "Sign out everywhere");
    trigger.focus();
    trigger.click();

    const dialog = container.querySelector("dialog")!;
    expect(dialog.open).toBe(true);
    expect(document.activeElement).toBe(buttonNamed(dialog, "Cancel"));
    expect(queries.signOutEverywhere).not.toHaveBeenCalled();

    buttonNamed(dialog, "Sign out everywhere").click();
    await vi.waitFor(() => expect(onSignedOutEverywhere).toHaveBeenCalledOnce());
    expect(dialog.open).toBe(false);
  });
});
