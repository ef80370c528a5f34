import { createTestDb, type TestDb } from "@abante/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildServer } from "../app";
import { loadEnv } from "../env";
import { type AnalyticsSettings, analyticsSettings, GTAG_SRC } from "./analytics";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t?.close());

const server = (analytics?: AnalyticsSettings) =>
  buildServer({ db: t.db, app: { version: "x", startedAt: new Date() }, analytics, requestLog: false });

/** The sources of one CSP directive. */
const directive = (csp: unknown, name: string) =>
  (
    String(csp)
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .find(([n]) => n === name) ?? [name]
  ).slice(1);

describe("P31 analytics is a run-time setting", () => {
  it("P31 reads ANALYTICS_GA_ID and ANALYTICS_SRC from the environment, gtag.js by default", () => {
    expect(analyticsSettings(loadEnv({}))).toBeUndefined();
    expect(analyticsSettings(loadEnv({ ANALYTICS_GA_ID: "" }))).toBeUndefined();
    expect(analyticsSettings(loadEnv({ ANALYTICS_SRC: "https://tags.example.com/gtag.js" }))).toBeUndefined();
    expect(analyticsSettings(loadEnv({ ANALYTICS_GA_ID: "G-ABC123" }))).toEqual({ gaId: "G-ABC123", src: GTAG_SRC });
    expect(
      analyticsSettings(loadEnv({ ANALYTICS_GA_ID: "G-ABC123", ANALYTICS_SRC: "https://tags.example.com/gtag.js" })),
    ).toEqual({ gaId: "G-ABC123", src: "https://tags.example.com/gtag.js" });
  });

  it("refuses an id that is not a measurement id and a script that is not https (except on this machine)", () => {
    expect(() => loadEnv({ ANALYTICS_GA_ID: 'G-1"><script>' })).toThrow(/ANALYTICS_GA_ID/);
    expect(() => loadEnv({ ANALYTICS_GA_ID: "G-1", ANALYTICS_SRC: "http://tags.example.com/gtag.js" })).toThrow(
      /ANALYTICS_SRC/,
    );
    expect(() => loadEnv({ ANALYTICS_GA_ID: "G-1", ANALYTICS_SRC: "javascript:alert(1)" })).toThrow(/ANALYTICS_SRC/);
    expect(loadEnv({ ANALYTICS_GA_ID: "G-1", ANALYTICS_SRC: "http://127.0.0.1:9/stub.js" }).ANALYTICS_SRC).toBe(
      "http://127.0.0.1:9/stub.js",
    );
  });

  it("P31 without a configured id: the site is told there is nothing to load and the CSP allows no third party", async () => {
    const app = await server();
    const res = await app.inject("/api/analytics");
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ analytics: null });
    const csp = res.headers["content-security-policy"];
    expect(directive(csp, "script-src")).toEqual(["'self'"]);
    expect(directive(csp, "connect-src")).toEqual(["'self'"]);
    expect(directive(csp, "img-src")).toEqual(["'self'", "data:", "blob:"]);
    await app.close();
  });

  it("P31 with an id: the settings are served and the CSP allows the script's origin, and no other, to run scripts", async () => {
    const app = await server({ gaId: "G-ABC123", src: "https://tags.example.com/gtag/js" });
    const res = await app.inject("/api/analytics");
    expect(res.json()).toEqual({ analytics: { gaId: "G-ABC123", src: "https://tags.example.com/gtag/js" } });
    expect(res.headers["cache-control"]).toBe("no-cache");
    const csp = res.headers["content-security-policy"];
    expect(directive(csp, "script-src")).toEqual(["'self'", "https://tags.example.com"]);
    expect(directive(csp, "connect-src")).toContain("https://tags.example.com");
    expect(directive(csp, "connect-src")).toContain("https://*.google-analytics.com");
    await app.close();
  });

  it("P31 a browser sending Global Privacy Control is told there is nothing to load", async () => {
    const app = await server({ gaId: "G-ABC123", src: GTAG_SRC });
    const res = await app.inject({ url: "/api/analytics", headers: { "sec-gpc": "1" } });
    expect(res.json()).toEqual({ analytics: null });
    expect(res.headers.vary).toMatch(/Sec-GPC/i);
    await app.close();
  });
});
