import { createHash } from "node:crypto";
import { type Db, schema } from "@abante/db";
import { createTestDb, type TestDb } from "@abante/db/testing";
import { createMailer, listOutbox, type Mailer } from "@abante/mail";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { CreateContextOptions } from "../context";
import { containsCardNumber } from "../services/marketing/inputs";
import { type LogLine, recordingLogger, solvedProof, visitor } from "../services/marketing/test-support";

let t: TestDb;
/** The dev mailer (outbox only), recording each send so a test can wait for mail that goes out after the response. */
let mailer: Mailer;
let sends: Array<{ to: string; kind: string; done: Promise<unknown> }> = [];
const mailSettled = () => Promise.allSettled(sends.map((m) => m.done));
beforeAll(async () => {
  t = await createTestDb();
  const dev = createMailer({ db: t.db, from: "Abante <no-reply@abante.test>" });
  mailer = {
    transport: dev.transport,
    close: () => dev.close(),
    send(input) {
      const done = dev.send(input);
      sends.push({ to: input.to, kind: input.kind, done });
      return done;
    },
  };
});
afterAll(async () => {
  await mailSettled();
  await t?.close();
});

const DAY = 24 * 3600 * 1000;
// Proofs of work expire by the real clock, so these tests run on it.
const now = () => new Date();

const PERSONAL_TABLES = [
  schema.disclosure,
  schema.partnerReferral,
  schema.eventRegistration,
  schema.lead,
  schema.dsrRequest,
  schema.usedChallenge,
] as const;

beforeEach(async () => {
  await mailSettled();
  sends = [];
  await t.db.delete(schema.outboxMessage);
  for (const table of PERSONAL_TABLES) await t.db.delete(table);
  await t.db.delete(schema.eventSponsor);
  await t.db.delete(schema.event);
  await t.db.delete(schema.partner);
});

function call(opts: Omit<CreateContextOptions, "db"> = {}, db: Db = t.db) {
  return visitor(db, { now, mailer, ...opts, meta: { ip: "203.0.113.9", country: "ES", locale: "es", ...opts.meta } })
    .call;
}

async function counts() {
  const out: Record<string, number> = {};
  for (const [name, table] of Object.entries({
    lead: schema.lead,
    eventRegistration: schema.eventRegistration,
    disclosure: schema.disclosure,
    partnerReferral: schema.partnerReferral,
    dsrRequest: schema.dsrRequest,
  })) {
    const [row] = await t.db.select({ n: sql<number>`count(*)::int` }).from(table);
    out[name] = Number(row?.n ?? 0);
  }
  return out;
}
const NOTHING = { lead: 0, eventRegistration: 0, disclosure: 0, partnerReferral: 0, dsrRequest: 0 };

async function makeEvent(overrides: Partial<typeof schema.event.$inferInsert> = {}, sponsors = ["Nuvem", "Ponte"]) {
  const [ev] = await t.db
    .insert(schema.event)
    .values({
      slug: "abante-day",
      title: "Abante Day",
      summary: "s",
      description: "d",
      locale: "pt-BR",
      startsAt: new Date(Date.now() + 10 * DAY),
      endsAt: new Date(Date.now() + 10 * DAY + 3600_000),
      country: "BR",
      organiserName: "Associação de Vendas",
      organiserEmail: "eventos@org.example",
      ...overrides,
    })
    .returning();
  if (sponsors.length > 0) {
    await t.db.insert(schema.eventSponsor).values(sponsors.map((name) => ({ eventId: ev!.id, name })));
  }
  return ev!;
}

const contact = {
  name: "Ana Souza",
  email: "Ana.Souza@example.com",
  company: "Souza Ltda",
  phone: "+55 11 98765-4321",
  message: "We would like a demo for 40 people.",
};

describe("P7 every form refuses a missing, invalid or replayed proof of work", () => {
  const forms = {
    contactSales: (altcha?: string) => call().forms.contactSales({ ...contact, altcha }),
    registerEvent: (altcha?: string) =>
      call().forms.registerEvent({
        slug: "abante-day",
        name: contact.name,
        email: contact.email,
        phone: contact.phone,
        company: contact.company,
        altcha,
      }),
    partnerRequest: (altcha?: string) =>
      call().forms.partnerRequest({ name: contact.name, email: contact.email, company: contact.company, altcha }),
    privacyRequest: (altcha?: string) => call().forms.privacyRequest({ email: contact.email, kind: "access", altcha }),
  };

  for (const [name, submit] of Object.entries(forms)) {
    it(`P7 ${name}: refused without a valid proof, then accepted once, replay refused; nothing written when refused`, async () => {
      await makeEvent();
      await t.db.insert(schema.partner).values({ name: "P", email: "p@p.example", countries: ["ES"] });
      for (const bad of [undefined, "", "eyJub3QiOiJ2YWxpZCJ9"]) {
        const err = await submit(bad).catch((e: unknown) => e);
        expect(err, String(bad)).toMatchObject({ code: "BAD_REQUEST" });
        expect((err as { cause?: { fieldErrors?: object } }).cause?.fieldErrors).toHaveProperty("altcha");
      }
      expect(await counts()).toEqual(NOTHING);
      expect(await t.db.select().from(schema.usedChallenge)).toHaveLength(0);

      const proof = await solvedProof();
      await submit(proof);
      const after = await counts();
      expect(Object.values(after).some((n) => n > 0)).toBe(true);

      // The same proof again (a replayed submission) is refused and adds nothing.
      await expect(submit(proof)).rejects.toMatchObject({ code: "BAD_REQUEST" });
      expect(await counts()).toEqual(after);
    });
  }
});

describe("P2 contact sales", () => {
  it("P2 stores name, email, company, optional phone and message as a lead with country and locale", async () => {
    expect(await call().forms.contactSales({ ...contact, altcha: await solvedProof() })).toEqual({ received: true });
    await call({ meta: { country: "MX", locale: "es" } }).forms.contactSales({
      ...contact,
      email: "sin-telefono@example.com",
      phone: "",
      altcha: await solvedProof(),
    });
    const leads = await t.db.select().from(schema.lead).orderBy(schema.lead.createdAt);
    expect(leads[0]).toMatchObject({
      source: "contact_sales",
      name: "Ana Souza",
      email: "Ana.Souza@example.com",
      company: "Souza Ltda",
      phone: "+55 11 98765-4321",
      message: "We would like a demo for 40 people.",
      country: "ES",
      locale: "es",
    });
    expect(leads[1]).toMatchObject({ phone: null, country: "MX" });
  });

  it("P3 refuses a message carrying a payment card number, and writes nothing", async () => {
    const err = await call()
      .forms.contactSales({
        ...contact,
        message: "Bill my card 4111 1111 1111 1111 please",
        altcha: await solvedProof(),
      })
      .catch((e: unknown) => e);
    expect(err).toMatchObject({ code: "BAD_REQUEST" });
    expect(await counts()).toEqual(NOTHING);
    expect(containsCardNumber("order 4111-1111-1111-1111")).toBe(true);
    expect(containsCardNumber("call +55 11 98765-4321")).toBe(false);
    expect(containsCardNumber("ref 1234 5678 9012 3456")).toBe(false);
  });
});

describe("P13 event registration", () => {
  it("P13 writes the registration and one disclosure per recipient (organiser and each sponsor)", async () => {
    const ev = await makeEvent();
    const result = await call({ meta: { country: "BR", locale: "pt-BR" } }).forms.registerEvent({
      slug: "abante-day",
      name: "Ana Souza",
      email: "Ana.Souza@Example.com",
      phone: "+55 11 98765-4321",
      company: "Souza Ltda",
      altcha: await solvedProof(),
    });
    expect(result).toMatchObject({
      registered: true,
      event: { slug: "abante-day", title: "Abante Day" },
      sharedWith: [
        { kind: "organiser", name: "Associação de Vendas" },
        { kind: "sponsor", name: expect.any(String) },
        { kind: "sponsor", name: expect.any(String) },
      ],
    });
    const [reg] = await t.db.select().from(schema.eventRegistration);
    expect(reg).toMatchObject({
      eventId: ev.id,
      name: "Ana Souza",
      company: "Souza Ltda",
      country: "BR",
      locale: "pt-BR",
    });
    const sponsors = await t.db.select().from(schema.eventSponsor).where(eq(schema.eventSponsor.eventId, ev.id));
    const rows = await t.db.select().from(schema.disclosure);
    expect(rows).toHaveLength(1 + sponsors.length);
    const hash = createHash("sha256").update("ana.souza@example.com").digest("hex");
    for (const row of rows) {
      expect(row).toMatchObject({
        subjectKind: "event_registration",
        subjectId: reg!.id,
        subjectEmailHash: hash,
        dataCategories: ["name", "email", "phone", "company"],
        basis: "consent (registration form notice)",
      });
      expect(row.purpose).toContain("Abante Day");
    }
    expect(rows.map((r) => [r.recipientKind, r.recipientName, r.recipientId]).sort()).toEqual(
      [["organiser", "Associação de Vendas", null], ...sponsors.map((s) => ["sponsor", s.name, s.id])].sort(),
    );
  });

  it("P13 a registration without a phone does not record the phone as shared", async () => {
    await makeEvent({}, []);
    await call().forms.registerEvent({
      slug: "abante-day",
      name: "Ana",
      email: "ana@example.com",
      company: "X",
      altcha: await solvedProof(),
    });
    const rows = await t.db.select().from(schema.disclosure);
    expect(rows.map((r) => [r.recipientKind, r.dataCategories])).toEqual([["organiser", ["name", "email", "company"]]]);
  });

  it("refuses a second registration with the same e-mail (any case), kindly", async () => {
    await makeEvent();
    const input = { slug: "abante-day", name: "Ana", email: "ana@example.com", company: "X" };
    await call().forms.registerEvent({ ...input, altcha: await solvedProof() });
    const before = await counts();
    const err = await call()
      .forms.registerEvent({ ...input, email: "ANA@example.com", altcha: await solvedProof() })
      .catch((e: unknown) => e);
    expect(err).toMatchObject({ code: "CONFLICT" });
    expect((err as Error).message).toMatch(/already registered/);
    expect(await counts()).toEqual(before);
  });

  it("refuses registrations to a full, past, unpublished or unknown event", async () => {
    await makeEvent({ capacity: 1 }, []);
    await call().forms.registerEvent({
      slug: "abante-day",
      name: "First",
      email: "first@example.com",
      company: "X",
      altcha: await solvedProof(),
    });
    const full = await call()
      .forms.registerEvent({
        slug: "abante-day",
        name: "Second",
        email: "second@example.com",
        company: "X",
        altcha: await solvedProof(),
      })
      .catch((e: unknown) => e);
    expect(full).toMatchObject({ code: "CONFLICT", message: "Sorry, this event is full." });

    await makeEvent({ slug: "past", startsAt: new Date(Date.now() - DAY), endsAt: new Date(Date.now() - DAY / 2) }, []);
    await makeEvent({ slug: "draft", published: false }, []);
    const reg = (slug: string) =>
      call()
        .forms.registerEvent({ slug, name: "N", email: "n@example.com", company: "X", altcha: "" })
        .catch((e: unknown) => e);
    // The bot check comes first: without a proof nothing about the event is revealed.
    expect(await reg("draft")).toMatchObject({ code: "BAD_REQUEST" });
    const withProof = async (slug: string) =>
      call()
        .forms.registerEvent({ slug, name: "N", email: "n@example.com", company: "X", altcha: await solvedProof() })
        .catch((e: unknown) => e);
    expect(await withProof("past")).toMatchObject({ code: "CONFLICT" });
    expect(await withProof("draft")).toMatchObject({ code: "NOT_FOUND" });
    expect(await withProof("nope")).toMatchObject({ code: "NOT_FOUND" });
    expect((await counts()).eventRegistration).toBe(1);
  });
});

describe("P14 partner referral", () => {
  async function partners() {
    await t.db.insert(schema.partner).values([
      { name: "Beta Consultoria", email: "beta@partner.example", countries: ["BR"] },
      { name: "Alfa Parceiros", email: "alfa@partner.example", countries: ["BR", "PT"] },
      { name: "Inactive", email: "off@partner.example", countries: ["BR"], active: false },
      { name: "Aaa Spain", email: "es@partner.example", countries: ["ES"] },
    ]);
  }
  const request = async (i: number, extra: { country?: string } = {}, opts: Omit<CreateContextOptions, "db"> = {}) =>
    call({ meta: { country: "BR", locale: "pt-BR" }, ...opts }).forms.partnerRequest({
      name: `Prospect ${i}`,
      email: `prospect${i}@example.com`,
      phone: "+55 11 4000-0000",
      company: `Company ${i}`,
      message: "Preciso de ajuda local",
      altcha: await solvedProof(),
      ...extra,
    });

  it("P14 rotates fairly between the partners of the country (3 requests, 2 partners → alternates)", async () => {
    await partners();
    const assigned: string[] = [];
    for (let i = 0; i < 3; i++) {
      const r = await request(i);
      expect(r.assigned).toBe(true);
      if (r.assigned) assigned.push(r.partner.name);
    }
    // Never assigned before: ties by name. Then the least recently assigned.
    expect(assigned).toEqual(["Alfa Parceiros", "Beta Consultoria", "Alfa Parceiros"]);
  });

  it("P14 keeps rotating when the clock stands still", async () => {
    await partners();
    const frozen = new Date();
    const names: string[] = [];
    for (let i = 0; i < 4; i++) {
      const r = await request(i, {}, { now: () => frozen });
      if (r.assigned) names.push(r.partner.name);
    }
    expect(names).toEqual(["Alfa Parceiros", "Beta Consultoria", "Alfa Parceiros", "Beta Consultoria"]);
  });

  it("P14 records the lead, the referral and one disclosure to the partner", async () => {
    await partners();
    const logs: LogLine[] = [];
    const r = await request(1, {}, { log: recordingLogger(logs) });
    expect(r).toMatchObject({ assigned: true, country: "BR", partner: { name: "Alfa Parceiros" } });
    const [lead] = await t.db.select().from(schema.lead);
    expect(lead).toMatchObject({ source: "partner_request", country: "BR", email: "prospect1@example.com" });
    const [partner] = await t.db.select().from(schema.partner).where(eq(schema.partner.name, "Alfa Parceiros"));
    const referrals = await t.db.select().from(schema.partnerReferral);
    expect(referrals).toEqual([expect.objectContaining({ partnerId: partner!.id, leadId: lead!.id })]);
    const disclosures = await t.db.select().from(schema.disclosure);
    expect(disclosures).toEqual([
      expect.objectContaining({
        recipientKind: "partner",
        recipientId: partner!.id,
        recipientName: "Alfa Parceiros",
        subjectKind: "lead",
        subjectId: lead!.id,
        subjectEmailHash: createHash("sha256").update("prospect1@example.com").digest("hex"),
        dataCategories: ["name", "email", "phone", "company", "message"],
        basis: "consent (partner request form)",
      }),
    ]);
    expect(logs.some((l) => l.level === "info" && /partner referral/.test(l.msg ?? ""))).toBe(true);
    // The log line names ids only.
    expect(JSON.stringify(logs)).not.toContain("prospect1@example.com");
  });

  it("P14 mails the partner (in the partner's first language) exactly the details the disclosure records", async () => {
    await partners();
    await t.db
      .update(schema.partner)
      .set({ languages: ["pt-BR", "en"] })
      .where(eq(schema.partner.name, "Alfa Parceiros"));
    const logs: LogLine[] = [];
    const first = await request(1, {}, { log: recordingLogger(logs) });
    expect(first).toMatchObject({ assigned: true, partner: { name: "Alfa Parceiros" } });
    // Beta lists no language: English. This prospect gives no phone and no message.
    const second = await call({ meta: { country: "BR" } }).forms.partnerRequest({
      name: "Bruno Lima",
      email: "bruno@lima.example",
      company: "Lima Ltda",
      altcha: await solvedProof(),
    });
    expect(second).toMatchObject({ assigned: true, partner: { name: "Beta Consultoria" } });
    await mailSettled();

    const [alfa, ...moreAlfa] = await listOutbox(t.db, { to: "alfa@partner.example" });
    expect(moreAlfa).toEqual([]);
    expect(alfa).toMatchObject({ kind: "partner_referral", locale: "pt-BR", marketing: false, transport: "dev" });
    expect(alfa!.sentAt).not.toBeNull();
    expect(alfa!.subject).toBe("Um cliente em potencial pede um parceiro local: Prospect 1, Company 1");
    expect(alfa!.textBody).toMatch(/^Olá, Alfa Parceiros,\n/);
    for (const line of [
      "Pessoa de contato: Prospect 1",
      "Endereço de e-mail: prospect1@example.com",
      "Telefone: +55 11 4000-0000",
      "Empresa: Company 1",
      "Mensagem:\n> Preciso de ajuda local",
    ]) {
      expect(alfa!.textBody).toContain(line);
    }

    const [beta] = await listOutbox(t.db, { to: "beta@partner.example" });
    expect(beta).toMatchObject({ kind: "partner_referral", locale: "en" });
    expect(beta!.textBody).toContain(
      "Contact person: Bruno Lima\nE-mail address: bruno@lima.example\nCompany: Lima Ltda\n",
    );
    expect(beta!.textBody).not.toMatch(/Phone|Message|\+55/);

    // The disclosure register says what each mail carried, no more and no less.
    const byRecipient = Object.fromEntries(
      (await t.db.select().from(schema.disclosure)).map((d) => [d.recipientName, d.dataCategories]),
    );
    expect(byRecipient).toEqual({
      "Alfa Parceiros": ["name", "email", "phone", "company", "message"],
      "Beta Consultoria": ["name", "email", "company"],
    });
    // Nobody else got mail, and the log names ids only.
    expect((await listOutbox(t.db)).map((m) => m.toAddress).sort()).toEqual([
      "alfa@partner.example",
      "beta@partner.example",
    ]);
    expect(JSON.stringify(logs)).not.toMatch(/prospect1@example\.com|Preciso/);
  });

  it("P14 no partner for the country: no mail goes out", async () => {
    await partners();
    expect(await request(1, { country: "JP" })).toEqual({ assigned: false, country: "JP" });
    await mailSettled();
    expect(sends).toEqual([]);
    expect(await listOutbox(t.db)).toEqual([]);
  });

  it("P14 a failing mail server does not undo the referral; the failure is logged without the prospect's data", async () => {
    await partners();
    const logs: LogLine[] = [];
    const failing: Mailer = {
      transport: "smtp",
      close: async () => {},
      send: async () => {
        throw new Error("connect ECONNREFUSED 127.0.0.1:25");
      },
    };
    const r = await request(1, {}, { log: recordingLogger(logs), mailer: failing });
    expect(r.assigned).toBe(true);
    await expect.poll(() => logs.some((l) => l.level === "error")).toBe(true);
    expect(logs.find((l) => l.level === "error")).toMatchObject({ msg: "partner referral mail failed" });
    expect(await counts()).toMatchObject({ lead: 1, partnerReferral: 1, disclosure: 1 });
    expect(JSON.stringify(logs)).not.toContain("prospect1@example.com");
  });

  it("P14 the country chosen in the form wins over the geolocated one", async () => {
    await partners();
    const r = await request(1, { country: "pt" });
    expect(r).toMatchObject({ assigned: true, country: "PT", partner: { name: "Alfa Parceiros" } });
  });

  it("P14 without a partner for the country the lead is kept and Abante answers", async () => {
    await partners();
    const r = await request(1, { country: "JP" });
    expect(r).toEqual({ assigned: false, country: "JP" });
    const noCountry = await request(2, {}, { meta: { country: null } });
    expect(noCountry).toEqual({ assigned: false, country: null });
    expect(await counts()).toMatchObject({ lead: 2, partnerReferral: 0, disclosure: 0 });
  });

  it("P14 concurrent requests still rotate (on Postgres they run on parallel connections; candidates are locked)", async () => {
    await partners();
    const proofs = await Promise.all(Array.from({ length: 4 }, () => solvedProof()));
    const results = await Promise.all(
      proofs.map((altcha, i) =>
        call({ meta: { country: "BR" } }).forms.partnerRequest({
          name: `P${i}`,
          email: `p${i}@example.com`,
          company: "C",
          altcha,
        }),
      ),
    );
    const names = results.map((r) => (r.assigned ? r.partner.name : "-")).sort();
    expect(names).toEqual(["Alfa Parceiros", "Alfa Parceiros", "Beta Consultoria", "Beta Consultoria"]);
  });
});

describe("P22 privacy requests from anyone", () => {
  it("P22 records a received request due in 30 days, and answers the same for a duplicate", async () => {
    const before = Date.now();
    expect(
      await call().forms.privacyRequest({
        email: "someone@example.com",
        kind: "erasure",
        message: "Please delete my data.",
        altcha: await solvedProof(),
      }),
    ).toEqual({ received: true });
    expect(
      await call().forms.privacyRequest({
        email: "SOMEONE@example.com",
        kind: "erasure",
        altcha: await solvedProof(),
      }),
    ).toEqual({ received: true });
    const rows = await t.db.select().from(schema.dsrRequest);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      kind: "erasure",
      status: "received",
      subjectEmail: "someone@example.com",
      message: "Please delete my data.",
      accountId: null,
    });
    const due = rows[0]!.dueAt.getTime() - before;
    expect(due).toBeGreaterThanOrEqual(30 * DAY - 5000);
    expect(due).toBeLessThanOrEqual(30 * DAY + 60_000);
    // Another kind is another request.
    await call().forms.privacyRequest({ email: "someone@example.com", kind: "access", altcha: await solvedProof() });
    const access = await t.db.select().from(schema.dsrRequest).where(eq(schema.dsrRequest.kind, "access"));
    expect(access).toEqual([expect.objectContaining({ message: null })]);
  });

  it("P22 keeps the message trimmed, stores a blank one as none, and refuses one over 5000 characters", async () => {
    await call().forms.privacyRequest({
      email: "a@example.com",
      kind: "rectification",
      message: "  My surname is spelt Souza.  ",
      altcha: await solvedProof(),
    });
    await call().forms.privacyRequest({
      email: "b@example.com",
      kind: "objection",
      message: "   ",
      altcha: await solvedProof(),
    });
    const rows = await t.db.select().from(schema.dsrRequest).orderBy(schema.dsrRequest.subjectEmail);
    expect(rows.map((r) => r.message)).toEqual(["My surname is spelt Souza.", null]);

    const err = await call()
      .forms.privacyRequest({
        email: "c@example.com",
        kind: "access",
        message: "x".repeat(5001),
        altcha: await solvedProof(),
      })
      .catch((e: unknown) => e);
    expect(err).toMatchObject({ code: "BAD_REQUEST" });
    const issues = (err as { cause?: { issues?: { path: PropertyKey[]; message: string }[] } }).cause?.issues ?? [];
    expect(issues.map((i) => [i.path.join("."), i.message])).toEqual([["message", "Use at most 5000 characters."]]);
    expect(await t.db.select().from(schema.dsrRequest)).toHaveLength(2);
  });
});
