// The on-demand pages (pricing, events, partners) rendered as the server would, against a stand-in API; and the
// inventory of which routes are static and which run on demand (performance: static unless data or country).
import { readdirSync, readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join, relative } from "node:path";
import { useTranslations } from "@abante/i18n";
import { experimental_AstroContainer as AstroContainer } from "astro/container";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { formatPrice } from "./lib/pricing";
import EventPage from "./pages/[locale]/events/[slug].astro";
import EventsPage from "./pages/[locale]/events/index.astro";
import PartnersPage from "./pages/[locale]/partners.astro";
import PricingPage from "./pages/[locale]/pricing.astro";
import { decodeEntities, elementsWith, textOf } from "./testing/html";

let container: AstroContainer;
let api: Server;
let answers: Record<string, unknown> = {};
const seen: { procedure: string; input: unknown }[] = [];
let previousApiUrl: string | undefined;

beforeAll(async () => {
  container = await AstroContainer.create();
  api = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://x");
    const procedure = url.pathname.replace("/trpc/", "");
    seen.push({ procedure, input: JSON.parse(url.searchParams.get("input") ?? "null")?.json });
    res.writeHead(200, { "content-type": "application/json" });
    res.end(JSON.stringify({ result: { data: { json: answers[procedure] ?? null } } }));
  });
  await new Promise<void>((resolve) => api.listen(0, "127.0.0.1", resolve));
  previousApiUrl = process.env.API_URL;
});

beforeEach(() => {
  process.env.API_URL = `http://127.0.0.1:${(api.address() as AddressInfo).port}`;
  answers = {};
});

afterAll(async () => {
  process.env.API_URL = previousApiUrl;
  await new Promise<void>((resolve) => api.close(() => resolve()));
});

const request = (path: string, headers: Record<string, string> = {}) =>
  new Request(`http://localhost:3000${path}`, { headers });

const future = new Date(Date.now() + 30 * 86_400_000).toISOString();
const event = {
  slug: "crm-day-sao-paulo",
  title: "CRM Day São Paulo",
  summary: "A day about privacy-first sales.",
  description: "First paragraph.\n\nSecond paragraph.",
  locale: "pt-BR",
  startsAt: future,
  endsAt: future,
  online: false,
  venue: "Centro",
  city: "São Paulo",
  country: "BR",
  organiserName: "Abante Brasil Ltda",
  sponsors: [{ name: "Nuvem SA", website: "https://nuvem.example" }, { name: "Dados & Cia" }],
  capacity: 120,
};

describe("P4 pricing page", () => {
  it("shows prices in the visitor's currency: BR → BRL", async () => {
    const html = await container.renderToString(PricingPage, {
      params: { locale: "pt-br" },
      request: request("/pt-br/pricing/", { "x-abante-country": "BR" }),
    });
    expect(html).toContain('data-currency="BRL"');
    expect(decodeEntities(html)).toContain(formatPrice(4900, "BRL", "pt-BR"));
    expect(elementsWith(html, "li", "data-plan").map(([p]) => p)).toEqual(["starter", "team", "business"]);
  });

  it("falls back to EUR without a country, and follows an explicit ?currency=", async () => {
    const none = await container.renderToString(PricingPage, {
      params: { locale: "en" },
      request: request("/en/pricing/"),
    });
    expect(none).toContain('data-currency="EUR"');
    const chosen = await container.renderToString(PricingPage, {
      params: { locale: "en" },
      request: request("/en/pricing/?currency=usd", { "x-abante-country": "BR" }),
    });
    expect(chosen).toContain('data-currency="USD"');
  });

  it("does not let the response be cached for another visitor", async () => {
    const response = await container.renderToResponse(PricingPage, {
      params: { locale: "en" },
      request: request("/en/pricing/", { "x-abante-country": "GB" }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    expect(await response.text()).toContain('data-currency="GBP"');
  });
});

describe("P4 P13 events", () => {
  it("lists events from the API, asking in the page's language and country", async () => {
    answers["marketing.events"] = [event, { ...event, slug: "berlin", country: "DE", title: "Berlin meetup" }];
    const html = await container.renderToString(EventsPage, {
      params: { locale: "pt-br" },
      request: request("/pt-br/events/", { "x-abante-country": "BR" }),
    });
    expect(seen.at(-1)).toEqual({ procedure: "marketing.events", input: { locale: "pt-BR", country: "BR" } });
    expect(elementsWith(html, "li", "data-event").map(([slug]) => slug)).toEqual(["crm-day-sao-paulo", "berlin"]);
    expect(html).toContain('href="/pt-br/events/crm-day-sao-paulo/"');
  });

  it("P13 the event page names the organiser and sponsors in the form's notice, before submit", async () => {
    answers["marketing.event"] = event;
    const response = await container.renderToResponse(EventPage, {
      params: { locale: "en", slug: event.slug },
      request: request(`/en/events/${event.slug}/`),
    });
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(seen.at(-1)).toEqual({ procedure: "marketing.event", input: { slug: event.slug } });
    const t = useTranslations("en");
    const notice = t("events.register.notice", {
      organiser: "Abante Brasil Ltda",
      sponsors: "Nuvem SA and Dados & Cia",
    });
    const text = decodeEntities(html);
    expect(text).toContain(notice);
    expect(text.indexOf(notice)).toBeLessThan(text.indexOf('type="submit"'));
    expect(html).toContain('data-form="registerEvent"');
    expect(textOf(html)).toContain("Second paragraph.");
  });

  it("closes registration for an event that has started", async () => {
    answers["marketing.event"] = { ...event, startsAt: "2020-01-01T10:00:00Z", endsAt: "2020-01-01T12:00:00Z" };
    const html = await container.renderToString(EventPage, {
      params: { locale: "en", slug: event.slug },
      request: request(`/en/events/${event.slug}/`),
    });
    expect(html).not.toContain("data-form=");
    expect(textOf(html)).toContain(useTranslations("en")("events.register.closed"));
  });

  it("answers 404 for an unknown event", async () => {
    answers["marketing.event"] = null;
    const response = await container.renderToResponse(EventPage, {
      params: { locale: "fr", slug: "nope" },
      request: request("/fr/events/nope/"),
    });
    expect(response.status).toBe(404);
    expect(textOf(await response.text())).toContain(useTranslations("fr")("events.notFound.title"));
  });

  it("shows a polite message, not a 500, when the API is unreachable", async () => {
    process.env.API_URL = "http://127.0.0.1:1";
    for (const [Page, params, path] of [
      [EventsPage, { locale: "de" }, "/de/events/"],
      [EventPage, { locale: "de", slug: "x" }, "/de/events/x/"],
    ] as const) {
      const response = await container.renderToResponse(Page, { params, request: request(path) });
      expect(response.status).toBe(503);
      const html = await response.text();
      expect(textOf(html)).toContain(useTranslations("de")("events.unavailable"));
      expect(html).toMatch(/<html lang="de"/);
    }
  });
});

describe("P14 partners page", () => {
  it("lists the partners of the visitor's country and offers the contact form", async () => {
    answers["marketing.partners"] = [
      { id: "p1", name: "Consultoria Paulista", city: "São Paulo", countries: ["BR"], languages: ["pt-BR", "es"] },
    ];
    const html = await container.renderToString(PartnersPage, {
      params: { locale: "es" },
      request: request("/es/partners/", { "x-abante-country": "BR" }),
    });
    expect(seen.at(-1)).toEqual({ procedure: "marketing.partners", input: { country: "BR" } });
    expect(textOf(html)).toContain("Socios en Brasil");
    expect(elementsWith(html, "li", "data-partner").map(([id]) => id)).toEqual(["p1"]);
    expect(html).toContain('data-form="partnerRequest"');
  });

  it("keeps the form when the API is unreachable", async () => {
    process.env.API_URL = "http://127.0.0.1:1";
    const response = await container.renderToResponse(PartnersPage, {
      params: { locale: "en" },
      request: request("/en/partners/"),
    });
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('data-state="unavailable"');
    expect(html).toContain('data-form="partnerRequest"');
  });
});

describe("performance: static pages, on demand only where the visitor matters", () => {
  const pagesDir = join(import.meta.dirname, "pages");
  const files = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory() ? files(join(dir, entry.name)) : [join(dir, entry.name)],
    );
  const routes = files(pagesDir).map((file) => ({
    route: relative(pagesDir, file),
    onDemand: /export const prerender = false;/.test(readFileSync(file, "utf8")),
  }));

  it("renders only pricing, events, partners, / , /lang and the 404 page on demand", () => {
    expect(
      routes
        .filter((r) => r.onDemand)
        .map((r) => r.route)
        .sort(),
    ).toEqual(
      [
        "404.astro",
        "[locale]/events/[slug].astro",
        "[locale]/events/index.astro",
        "[locale]/partners.astro",
        "[locale]/pricing.astro",
        "index.ts",
        "lang/[locale].ts",
      ].sort(),
    );
  });

  it("prerenders every content page", () => {
    const staticPages = routes.filter((r) => !r.onDemand).map((r) => r.route);
    for (const page of [
      "index",
      "features",
      "contact",
      "start-trial",
      "privacy",
      "cookies",
      "subprocessors",
      "security",
      "privacy-requests",
    ]) {
      expect(staticPages).toContain(`[locale]/${page}.astro`);
    }
  });

  it("ships no JavaScript of its own: scripts live only in src/islands", () => {
    const sources = files(join(import.meta.dirname)).filter(
      (f) => f.endsWith(".astro") && !relative(import.meta.dirname, f).startsWith("islands"),
    );
    const withScripts = sources.filter((f) => /<script\b/.test(readFileSync(f, "utf8")));
    expect(withScripts).toEqual([]);
  });
});
