import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { scratchDatabaseEnv } from "@abante/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Spawned, spawnServer } from "./process";

const dir = mkdtempSync(join(tmpdir(), "abante-shutdown-"));
let scratch: Awaited<ReturnType<typeof scratchDatabaseEnv>>;
let server: Spawned;

beforeAll(async () => {
  scratch = await scratchDatabaseEnv(join(dir, "data"));
  server = await spawnServer(["--import", "tsx", "test/fixtures/slow-server.ts"], { ...scratch.env, SLOW_MS: "1500" });
}, 90_000);
afterAll(async () => {
  server?.child.kill("SIGKILL");
  await scratch?.drop();
  rmSync(dir, { recursive: true, force: true });
});

describe("graceful shutdown", () => {
  it("SIGTERM during a request lets that request finish, refuses new ones, then exits 0", async () => {
    const started = Date.now();
    const slow = fetch(`${server.url}/test/slow`).then(async (r) => ({ status: r.status, body: await r.json() }));
    await new Promise((r) => setTimeout(r, 300));
    expect(server.child.kill("SIGTERM")).toBe(true);
    await new Promise((r) => setTimeout(r, 200));

    const late = await fetch(`${server.url}/healthz`, { headers: { connection: "close" } }).then(
      (r) => r.status,
      () => "refused",
    );
    expect(["refused", 503]).toContain(late);

    const response = await slow;
    expect(response).toEqual({ status: 200, body: { done: true } });
    expect(Date.now() - started).toBeGreaterThanOrEqual(1400);
    const code = await server.exited;
    expect(code, server.output.join("\n")).toBe(0);
    expect(server.output.join("\n")).toContain("shutting down");
  });
});
