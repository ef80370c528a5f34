import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fetchEvent, fetchEvents, fetchPartners, trpcQuery } from "./api";

// A stand-in for apps/server: answers tRPC GETs the way the superjson transformer does.
type Handler = (procedure: string, input: unknown) => { status: number; body: unknown };
let handler: Handler = () => ({ status: 500, body: {} });
const requests: { procedure: string; input: unknown }[] = [];
let server: Server;
let baseUrl: string;

beforeAll(async () => {
  server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://x");
    const procedure = url.pathname.replace(/^\/trpc\//, "");
    const input = JSON.parse(url.searchParams.get("input") ?? "null")?.json;
    requests.push({ procedure, input });
    const { status, body } = handler(procedure, input);
    res.writeHead(status, { "content-type": "application/json" });
    res.end(JSON.stringify(body));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const ok = (json: unknown, meta?: unknown) => ({ status: 200, body: { result: { data: { json, meta } } } });

const event = (slug: string, country: string | null, startsAt: string, extra: Record<string, unknown> = {}) => ({
  slug,
  title: `Event ${slug}`,
  summary: "A summary",
  locale: "en",
  startsAt,
  endsAt: startsAt,
  online: false,
  venue: "Hall",
  city: "Lisbon",
  country,
  organiserName: "Org Ltd",
  sponsors: [{ name: "Sponsor A", website: "https://a.example" }],
  ...extra,
});

describe("trpcQuery", () => {
  it("sends a tRPC GET with a superjson input and reads the superjson result", async () => {
    handler = () => ok({ hello: "world" });
    const result = await trpcQuery("marketing.events", { locale: "fr" }, { baseUrl });
    expect(result).toEqual({ ok: true, data: { hello: "world" } });
    expect(requests.at(-1)).toEqual({ procedure: "marketing.events", input: { locale: "fr" } });
  });

  it("reports an unreachable API as unavailable instead of throwing", async () => {
    const result = await trpcQuery("marketing.events", {}, { baseUrl: "http://127.0.0.1:1", timeoutMs: 2000 });
    expect(result).toEqual({ ok: false, reason: "unavailable" });
  });

  it("reports a slow API as unavailable after the timeout", async () => {
    const slow = createServer(() => {}); // never answers
    await new Promise<void>((resolve) => slow.listen(0, "127.0.0.1", resolve));
    const url = `http://127.0.0.1:${(slow.address() as AddressInfo).port}`;
    const started = Date.now();
    expect(await trpcQuery("x", {}, { baseUrl: url, timeoutMs: 200 })).toEqual({ ok: false, reason: "unavailable" });
    expect(Date.now() - started).toBeLessThan(2000);
    slow.closeAllConnections();
    await new Promise<void>((resolve) => slow.close(() => resolve()));
  });

  it("maps NOT_FOUND to notFound and other errors to unavailable", async () => {
    handler = () => ({ status: 404, body: { error: { json: { message: "x", data: { code: "NOT_FOUND" } } } } });
    expect(await trpcQuery("marketing.event", { slug: "x" }, { baseUrl })).toEqual({ ok: false, reason: "notFound" });
    handler = () => ({ status: 500, body: { error: { json: { data: { code: "INTERNAL_SERVER_ERROR" } } } } });
    expect(await trpcQuery("marketing.event", { slug: "x" }, { baseUrl })).toEqual({
      ok: false,
      reason: "unavailable",
    });
    handler = () => ({ status: 200, body: "not trpc" });
    expect(await trpcQuery("marketing.event", { slug: "x" }, { baseUrl })).toEqual({
      ok: false,
      reason: "unavailable",
    });
  });
});

describe("P4 events", () => {
  it("passes the visitor's country to the API, which puts local events first, and keeps its order", async () => {
    handler = () =>
      ok(
        [
          event("a", "BR", "2027-05-01T10:00:00.000Z"),
          event("b", "DE", "2027-03-01T10:00:00.000Z"),
          event("c", null, "2027-01-01T10:00:00.000Z", { online: true }),
        ],
        { values: { "0.startsAt": ["Date"] } },
      );
    const result = await fetchEvents({ locale: "pt-BR", country: "BR" }, { baseUrl });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.data.map((e) => e.slug)).toEqual(["a", "b", "c"]);
    expect(result.data[0]!.startsAt).toEqual(new Date("2027-05-01T10:00:00.000Z"));
    expect(requests.at(-1)?.input).toEqual({ locale: "pt-BR", country: "BR" });
  });

  it("skips malformed events and never renders a javascript: website", async () => {
    handler = () =>
      ok([
        { slug: "no-dates", title: "x", organiserName: "y" },
        event("ok", "PT", "2027-01-01T00:00:00Z", {
          sponsors: [{ name: "Bad", website: "javascript:alert(1)" }, "Plain"],
        }),
      ]);
    const result = await fetchEvents({ locale: "en" }, { baseUrl });
    expect(result.ok && result.data.map((e) => e.slug)).toEqual(["ok"]);
    expect(result.ok && result.data[0]!.sponsors).toEqual([
      { name: "Bad", website: null },
      { name: "Plain", website: null },
    ]);
  });

  it("reads one event, and treats a null answer as not found", async () => {
    handler = () => ok(event("one", "FR", "2027-01-01T00:00:00Z", { description: "Long text", capacity: 40 }));
    const found = await fetchEvent("one", { baseUrl });
    expect(found.ok && found.data).toMatchObject({
      slug: "one",
      description: "Long text",
      capacity: 40,
      registrationOpen: true,
    });
    handler = () => ok(null);
    expect(await fetchEvent("gone", { baseUrl })).toEqual({ ok: false, reason: "notFound" });
  });
});

describe("P14 partners", () => {
  it("asks for the visitor's country and reads the partners", async () => {
    handler = () =>
      ok([
        {
          id: "p1",
          name: "Parceiro SP",
          city: "São Paulo",
          countries: ["br"],
          languages: ["pt-BR"],
          website: "https://p.example",
        },
      ]);
    const result = await fetchPartners({ country: "BR" }, { baseUrl });
    expect(requests.at(-1)).toEqual({ procedure: "marketing.partners", input: { country: "BR" } });
    expect(result.ok && result.data).toEqual([
      {
        id: "p1",
        name: "Parceiro SP",
        city: "São Paulo",
        countries: ["BR"],
        languages: ["pt-BR"],
        description: "",
        website: "https://p.example/",
      },
    ]);
  });

  it("sends no country when it is unknown", async () => {
    handler = () => ok([]);
    await fetchPartners({}, { baseUrl });
    expect(requests.at(-1)?.input).toEqual({});
  });
});
