import { render } from "solid-js/web";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { PlatformStatus } from "../lib/queries";
import StatusPage from "./status";

const getPlatformStatus = vi.hoisted(() => vi.fn<() => Promise<PlatformStatus>>());
vi.mock("../lib/queries", () => ({ getPlatformStatus }));

const status: PlatformStatus = {
  ok: true,
  version: "1.2.3",
  time: new Date("2025-06-01T12:00:00Z"),
  uptimeSeconds: 3725,
  database: { driver: "pglite", ok: true, latencyMs: 2.34, migrations: 7 },
  demo: { tenantName: "Northwind Trading (demo)", contacts: 1250 },
  jobs: [
    { name: "retention.sweep", lastStartedAt: new Date("2025-06-01T11:59:00Z"), lastError: null, runs: 42 },
    { name: "backup.nightly", lastStartedAt: null, lastError: null, runs: 0 },
  ],
};

let dispose: (() => void) | undefined;
let container: HTMLElement;

function mount() {
  container = document.createElement("div");
  document.body.append(container);
  dispose = render(() => <StatusPage />, container);
}

const text = () => container.textContent ?? "";
const button = (name: string) => [...container.querySelectorAll("button")].find((b) => b.textContent === name) ?? null;

beforeEach(() => getPlatformStatus.mockReset());
afterEach(() => {
  dispose?.();
  container.remove();
});

describe("status page", () => {
  it("shows a loading state, then the status with the jobs table", async () => {
    getPlatformStatus.mockResolvedValue(status);
    mount();
    expect(text()).toContain("Checking the platform status…");

    await vi.waitFor(() => expect(text()).toContain("Platform: Operational"));
    expect(text()).toContain("PGlite (embedded)");
    expect(text()).toContain("2.3 ms");
    expect(text()).toContain("1 h 2 min");
    expect(text()).toContain("1,250");

    const table = container.querySelector("table")!;
    expect(table.querySelector("caption")?.textContent).toBe("Scheduled jobs");
    const columns = [...table.querySelectorAll("thead th")].map((th) => [th.getAttribute("scope"), th.textContent]);
    expect(columns).toEqual([
      ["col", "Job"],
      ["col", "Last run"],
      ["col", "Runs"],
      ["col", "Last error"],
    ]);
    const rows = [...table.querySelectorAll("tbody tr")].map((tr) =>
      [...tr.children].map((cell) => cell.textContent?.trim()),
    );
    expect(rows).toEqual([
      ["retention.sweep", "1 minute ago", "42", "None"],
      ["backup.nightly", "Never", "0", "None"],
    ]);
    expect(table.querySelector("tbody th")?.getAttribute("scope")).toBe("row");
  });

  it("names a failing job in words, not only in colour", async () => {
    getPlatformStatus.mockResolvedValue({
      ...status,
      jobs: [{ name: "retention.sweep", lastStartedAt: status.time, lastError: "disk full", runs: 3 }],
    });
    mount();
    await vi.waitFor(() => expect(text()).toContain("Platform: Degraded"));
    expect(text()).toContain("The last run of job “retention.sweep” failed.");
    expect(container.querySelector("tbody tr td:last-child")?.textContent).toBe("Failed disk full");
  });

  it("says clearly when the API is down, and recovers on retry", async () => {
    getPlatformStatus.mockRejectedValueOnce(new TypeError("Failed to fetch"));
    mount();
    await vi.waitFor(() => expect(text()).toContain("The API server cannot be reached."));
    expect(text()).toContain("Platform: Down");
    expect(container.querySelector("table")).toBeNull();

    getPlatformStatus.mockResolvedValueOnce(status);
    button("Retry now")!.click();
    await vi.waitFor(() => expect(text()).toContain("Platform: Operational"));
    expect(text()).not.toContain("cannot be reached");
    expect(getPlatformStatus).toHaveBeenCalledTimes(2);
  });

  it("keeps the last status on screen, marked as old, when a refresh fails", async () => {
    getPlatformStatus.mockResolvedValueOnce(status);
    mount();
    await vi.waitFor(() => expect(text()).toContain("Platform: Operational"));

    getPlatformStatus.mockRejectedValueOnce(new TypeError("Failed to fetch"));
    button("Refresh now")!.click();
    await vi.waitFor(() => expect(text()).toContain("Platform: Down"));
    expect(text()).toContain("The details below are the last status received");
    expect(container.querySelector(".details")?.hasAttribute("data-stale")).toBe(true);
    expect(container.querySelector("table caption")?.textContent).toBe("Scheduled jobs");
  });

  it("announces the verdict in a polite live region", async () => {
    getPlatformStatus.mockResolvedValue(status);
    mount();
    await vi.waitFor(() => expect(text()).toContain("Platform: Operational"));
    const region = container.querySelector("[aria-live]");
    expect(region?.getAttribute("aria-live")).toBe("polite");
    expect(region?.textContent).toContain("Platform: Operational");
  });
});
