import { schema } from "@abante/db";
import { createTestDb, type TestDb } from "@abante/db/testing";
import { subprocessors } from "@abante/privacy";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CreateContextOptions } from "../context";
import { currencyFor, plans } from "../services/marketing/pricing";
import { demoEvents, demoPartners, seedMarketing } from "../services/marketing/seed";
import { solvedProof, visitor } from "../services/marketing/test-support";

let t: TestDb;
const DAY = 24 * 3600 * 1000;
// The registration below needs a proof of work, which expires by the real clock: the demo dates follow it.
const seededAt = new Date();
const clock = new Date(seededAt.getTime() + DAY);

beforeAll(async () => {
  t = await createTestDb();
  await seedMarketing(t.db, seededAt);
});
afterAll(() => t?.close());

const call = (meta: CreateContextOptions["meta"] = {}) =>
  visitor(t.db, { now: () => clock, meta: { country: null, locale: "en", ...meta } }).call;

const count = async (table: typeof schema.event | typeof schema.partner | typeof schema.subprocessor) =>
  Number((await t.db.select({ n: sql<number>`count(*)::int` }).from(table))[0]?.n);

describe("demo data (seedMarketing)", () => {
  it("is idempotent", async () => {
    const before = {
      events: await count(schema.event),
      partners: await count(schema.partner),
      subprocessors: await count(schema.subprocessor),
    };
    expect(before).toEqual({
      events: demoEvents.length,
      partners: demoPartners.length,
      subprocessors: subprocessors.length,
    });
    expect(await seedMarketing(t.db, seededAt)).toEqual({ events: 0, partners: 0, subprocessors: 0 });
    expect(await count(schema.event)).toBe(before.events);
    expect(await count(schema.partner)).toBe(before.partners);
  });

  it("has partners in every launch country and upcoming events with sponsors", async () => {
    for (const country of ["BR", "ES", "FR", "DE", "US", "GB", "MX", "PT"]) {
      expect(demoPartners.filter((p) => p.countries.includes(country)).length, country).toBeGreaterThanOrEqual(2);
    }
    expect(demoEvents.length).toBeGreaterThanOrEqual(3);
    expect(demoEvents.every((e) => e.sponsors.length > 0)).toBe(true);
  });
});

describe("P4 marketing data by country", () => {
  it("P4 lists upcoming published events, the visitor's country first, then by date", async () => {
    const [past] = await t.db
      .insert(schema.event)
      .values({
        slug: "past-event",
        title: "Past",
        summary: "s",
        description: "d",
        locale: "en",
        startsAt: new Date(seededAt.getTime() - 30 * DAY),
        endsAt: new Date(seededAt.getTime() - 30 * DAY + 7200_000),
        organiserName: "O",
        organiserEmail: "o@o.example",
      })
      .returning();
    expect(past).toBeDefined();

    const fromFrance = await call({ country: "FR", locale: "fr" }).marketing.events({ locale: "fr" });
    expect(fromFrance[0]?.country).toBe("FR");
    expect(fromFrance.map((e) => e.slug)).not.toContain("past-event");
    const rest = fromFrance.slice(1).map((e) => e.startsAt.getTime());
    expect(rest).toEqual([...rest].sort((a, b) => a - b));
    expect(fromFrance[0]).toMatchObject({ organiserName: expect.any(String), registrationOpen: true, full: false });
    expect(fromFrance[0]?.sponsors.length).toBeGreaterThan(0);

    const fromBrazil = await call({ country: "BR", locale: "pt-BR" }).marketing.events();
    expect(fromBrazil[0]?.country).toBe("BR");
    // Unknown country: by date.
    const anywhere = await call().marketing.events();
    const times = anywhere.map((e) => e.startsAt.getTime());
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });

  it("P4 the visitor's country sent by the site wins: local events first, the rest after, in a stable order", async () => {
    const at = (days: number) => new Date(clock.getTime() + days * DAY);
    const ev = (slug: string, country: string | null, locale: string, startDays: number) => ({
      slug,
      title: slug,
      summary: "s",
      description: "d",
      locale,
      country,
      online: country === null,
      startsAt: at(startDays),
      endsAt: at(startDays + 0.1),
      organiserName: "O",
      organiserEmail: "o@o.example",
    });
    await t.db
      .insert(schema.event)
      .values([
        ev("t-de", "DE", "de", 20),
        ev("t-es", "ES", "es", 21),
        ev("t-online", null, "en", 22),
        ev("t-fr-english", "FR", "en", 25),
        ev("t-fr-late", "FR", "fr", 30),
        ev("t-fr-same-b", "FR", "fr", 40),
        ev("t-fr-same-a", "FR", "fr", 40),
      ]);
    const ours = (list: { slug: string }[]) => list.map((e) => e.slug).filter((slug) => slug.startsWith("t-"));

    // The site's page asks on the visitor's behalf: its own request geolocates elsewhere (here: DE).
    const forFrance = await call({ country: "DE", locale: "en" }).marketing.events({ locale: "fr", country: "fr" });
    expect(ours(forFrance)).toEqual([
      "t-fr-late",
      "t-fr-same-a",
      "t-fr-same-b",
      "t-fr-english",
      "t-de",
      "t-es",
      "t-online",
    ]);
    const all = forFrance.map((e) => e.country);
    expect(all.slice(0, all.lastIndexOf("FR") + 1).every((c) => c === "FR")).toBe(true);

    // Without a country in the input, the request's own country applies.
    const fromGermany = await call({ country: "DE", locale: "de" }).marketing.events({ locale: "de" });
    expect(ours(fromGermany)).toEqual([
      "t-de",
      "t-es",
      "t-online",
      "t-fr-english",
      "t-fr-late",
      "t-fr-same-a",
      "t-fr-same-b",
    ]);
    // Asked again, the same order.
    expect(ours(await call({ country: "DE", locale: "de" }).marketing.events({ locale: "de" }))).toEqual(
      ours(fromGermany),
    );
    await expect(call().marketing.events({ country: "France" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await t.db.delete(schema.event).where(sql`${schema.event.slug} like 't-%'`);
  });

  it("P13 an event page names the organiser and sponsors the registration is shared with", async () => {
    const slug = demoEvents[0]!.slug;
    const ev = await call().marketing.event({ slug });
    expect(ev).toMatchObject({
      slug,
      organiserName: demoEvents[0]!.organiserName,
      sharedData: ["name", "email", "phone", "company"],
    });
    expect(ev.sponsors.map((s) => s.name).sort()).toEqual(demoEvents[0]!.sponsors.map((s) => s.name).sort());
    await expect(call().marketing.event({ slug: "nope" })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("counts the spots left", async () => {
    const ev = demoEvents.find((e) => e.capacity !== null)!;
    const before = await call().marketing.event({ slug: ev.slug });
    expect(before.spotsLeft).toBe(ev.capacity);
    await visitor(t.db, { meta: { country: "BR" } }).call.forms.registerEvent({
      slug: ev.slug,
      name: "Ana",
      email: "ana@example.com",
      company: "X",
      altcha: await solvedProof(),
    });
    expect((await call().marketing.event({ slug: ev.slug })).spotsLeft).toBe(ev.capacity! - 1);
  });

  it("P14 lists the partners serving a country, without their contact details", async () => {
    const br = await call({ country: "BR" }).marketing.partners();
    expect(br.country).toBe("BR");
    expect(br.partners.length).toBe(demoPartners.filter((p) => p.countries.includes("BR")).length);
    expect(br.partners.every((p) => p.countries.includes("BR"))).toBe(true);
    expect(br.partners[0]).not.toHaveProperty("email");
    expect(br.partners[0]).not.toHaveProperty("phone");
    const names = br.partners.map((p) => p.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
    // An explicit country wins over the geolocated one.
    const mx = await call({ country: "BR" }).marketing.partners({ country: "mx" });
    expect(mx.country).toBe("MX");
    expect(mx.partners.every((p) => p.countries.includes("MX"))).toBe(true);
    // No country at all: everyone.
    expect((await call().marketing.partners()).partners).toHaveLength(demoPartners.length);
  });

  it("P24 lists the sub-processors of the privacy registry", async () => {
    const list = await call().marketing.subprocessors();
    expect(list.map((s) => s.name).sort()).toEqual(subprocessors.map((s) => s.name).sort());
    expect(list[0]).toMatchObject({
      purpose: expect.any(String),
      location: expect.any(String),
      dpaSignedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
    });
  });

  it("P4 prices in the visitor's currency, with EUR as the fallback", async () => {
    expect(currencyFor("BR")).toBe("BRL");
    expect(currencyFor("us")).toBe("USD");
    expect(currencyFor("GB")).toBe("GBP");
    expect(currencyFor("PT")).toBe("EUR");
    expect(currencyFor("JP")).toBe("EUR");
    expect(currencyFor(null)).toBe("EUR");

    const br = await call({ country: "BR" }).marketing.pricing();
    expect(br.currency).toBe("BRL");
    expect(br.plans.map((p) => p.id)).toEqual(["starter", "team", "business"]);
    expect(br.plans[0]?.monthly).toBe(plans[0]!.monthly.BRL);
    const chosen = await call({ country: "BR" }).marketing.pricing({ country: "GB" });
    expect(chosen).toMatchObject({ country: "GB", currency: "GBP" });
    expect((await call().marketing.pricing()).currency).toBe("EUR");
    // Every plan has a price in every currency, yearly cheaper than monthly.
    for (const p of plans) {
      for (const c of ["EUR", "USD", "GBP", "BRL"] as const) {
        expect(p.monthly[c], `${p.id} ${c}`).toBeGreaterThan(0);
        expect(p.yearly[c], `${p.id} ${c}`).toBeLessThan(p.monthly[c]);
      }
    }
  });
});
