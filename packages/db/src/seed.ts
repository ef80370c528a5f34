import { base, en, Faker } from "@faker-js/faker";
import { asc, eq, isNotNull, sql } from "drizzle-orm";
import postgres from "postgres";
import { uuidv7 } from "uuidv7";
import { type Db, driverOf, pgliteOf } from "./client";
import { env } from "./env";
import { companySearchText, contactSearchText } from "./queries/search-text";
import { account, activity, company, contact, deal, employee, membership, pipelineStage, tenant } from "./schema";
import { APP_ROLE } from "./schema/_shared";
import { rows } from "./sql";
import { type TenantTx, withTenant } from "./tenant";

// Demo data: `pnpm dev` seeds a small, realistic demo tenant on every start (idempotently), and
// `pnpm seed --contacts N` builds a separate benchmark tenant with N contacts by bulk insert. Every address and
// domain generated here is under the reserved `.example` TLD or example.com, so no demo row ever names a real mailbox.

export const DEMO = {
  email: "demo@abante.example",
  /** Printed by `pnpm dev` and written in the README: demo data only, never a real account. */
  password: "abante-demo-2026",
  name: "Dana Demo",
  companyName: "Northwind Trading",
  tenantSlug: "demo",
  tenantName: "Northwind Trading (demo)",
  /** A second demo login with the plain member role (same password), so the roles can be tried side by side. */
  memberEmail: "sam@abante.example",
  memberName: "Sam Rivera",
} as const;

/** The benchmark tenant: owned by the demo account, separate from the demo tenant so that one stays small. */
export const BENCH = {
  tenantSlug: "bench",
  tenantName: "Benchmark (bulk contacts)",
  /** One company per this many contacts. */
  contactsPerCompany: 100,
} as const;

/** The pipeline a tenant starts with. */
export const DEFAULT_STAGES = [
  { name: "Lead", probability: 10, kind: "open" },
  { name: "Qualified", probability: 25, kind: "open" },
  { name: "Proposal", probability: 50, kind: "open" },
  { name: "Negotiation", probability: 75, kind: "open" },
  { name: "Won", probability: 100, kind: "won" },
  { name: "Lost", probability: 0, kind: "lost" },
] as const;

export interface SeedCounts {
  stages: number;
  companies: number;
  contacts: number;
  deals: number;
  activities: number;
  employees: number;
}

export interface SeedResult {
  accountId: string;
  tenantId: string;
  contactsCreated: number;
  /** The demo member account (role member in the demo tenant). */
  memberAccountId: string;
  /** Rows added by this run, per table: all zero when the demo data was already complete. */
  created: SeedCounts;
}

export interface DemoSeedOptions {
  contacts?: number;
  companies?: number;
  deals?: number;
  activities?: number;
  employees?: number;
  now?: Date;
  /** Hash of DEMO.password for both demo logins (the db package does not hash passwords itself). */
  passwordHash?: string;
}

const DAY = 24 * 3600 * 1000;

/** A seeded faker of its own, so that demo data never depends on (or disturbs) anybody else's use of faker. */
function seededFaker(seed: number, now: Date): Faker {
  const f = new Faker({ locale: [en, base] });
  f.seed(seed);
  f.setDefaultRefDate(now);
  return f;
}

/** Lower-case ASCII for e-mail local parts and domains: "O'Conner" → "oconner". */
function slug(s: string, sep: "" | "-" = ""): string {
  const words = s
    .normalize("NFKD")
    .toLowerCase()
    .split(/[^a-z0-9]+/);
  return words.filter(Boolean).join(sep);
}

async function ensureAccount(
  db: Db,
  values: { email: string; name: string; companyName: string; country: string },
  passwordHash: string | undefined,
  now: Date,
): Promise<{ id: string; created: boolean }> {
  const [found] = await db.select().from(account).where(eq(account.email, values.email));
  if (found) {
    if (!found.passwordHash && passwordHash) {
      await db.update(account).set({ passwordHash }).where(eq(account.id, found.id));
    }
    return { id: found.id, created: false };
  }
  const [row] = await db
    .insert(account)
    .values({
      ...values,
      businessSector: "wholesale",
      interests: ["contacts", "deals"],
      locale: "en",
      emailVerifiedAt: now,
      passwordHash,
    })
    .returning({ id: account.id });
  return { id: row!.id, created: true };
}

async function ensureTenant(
  db: Db,
  values: { slug: string; name: string; ownerAccountId: string; status: "trial" | "active"; trialEndsAt?: Date },
): Promise<{ id: string; created: boolean }> {
  const [found] = await db.select({ id: tenant.id }).from(tenant).where(eq(tenant.slug, values.slug));
  if (found) return { id: found.id, created: false };
  const [row] = await db.insert(tenant).values(values).returning({ id: tenant.id });
  return { id: row!.id, created: true };
}

const INDUSTRIES = [
  "Wholesale",
  "Retail",
  "Manufacturing",
  "Logistics",
  "Software",
  "Healthcare",
  "Hospitality",
  "Construction",
  "Financial services",
  "Education",
  "Energy",
  "Food & beverage",
];
const COMPANY_TAGS = ["customer", "prospect", "partner", "supplier", "enterprise", "smb", "key-account", "churn-risk"];
const CONTACT_TAGS = [
  "decision-maker",
  "champion",
  "newsletter",
  "vip",
  "trade-show",
  "referral",
  "technical",
  "billing",
];
const DEPARTMENTS: Record<string, string[]> = {
  Sales: ["Account Executive", "Sales Development Rep", "Head of Sales"],
  Marketing: ["Marketing Manager", "Content Marketer"],
  "Customer Success": ["Customer Success Manager", "Support Specialist"],
  Finance: ["Controller", "Accountant"],
  Operations: ["Operations Manager", "Logistics Coordinator"],
  People: ["People Partner"],
};
const DEAL_PRODUCTS = [
  "Annual supply contract",
  "Pilot order",
  "Framework agreement",
  "Warehouse expansion",
  "Support renewal",
  "Onboarding package",
  "Seasonal restock",
  "Regional distribution",
  "Private label line",
  "Multi-site rollout",
];
const LOST_REASONS = [
  "Chose a competitor",
  "No budget this year",
  "Went quiet after the proposal",
  "Price too high",
  "Project postponed indefinitely",
];

/**
 * Creates the demo accounts (owner DEMO.email, member DEMO.memberEmail), the demo tenant and realistic demo data:
 * pipeline stages, companies, contacts, deals, activities and employees. Idempotent: each table is only topped up
 * to the wanted number of rows, so `pnpm dev` can call it on every start and a second run adds nothing.
 */
export async function seedDemo(db: Db, options: DemoSeedOptions = {}): Promise<SeedResult> {
  const now = options.now ?? new Date();
  const wanted: Omit<SeedCounts, "stages"> = {
    contacts: options.contacts ?? 200,
    companies: options.companies ?? 40,
    deals: options.deals ?? 60,
    activities: options.activities ?? 300,
    employees: options.employees ?? 15,
  };
  const owner = await ensureAccount(
    db,
    { email: DEMO.email, name: DEMO.name, companyName: DEMO.companyName, country: "US" },
    options.passwordHash,
    now,
  );
  const member = await ensureAccount(
    db,
    { email: DEMO.memberEmail, name: DEMO.memberName, companyName: DEMO.companyName, country: "US" },
    options.passwordHash,
    now,
  );
  const t = await ensureTenant(db, {
    slug: DEMO.tenantSlug,
    name: DEMO.tenantName,
    ownerAccountId: owner.id,
    status: "trial",
    trialEndsAt: new Date(now.getTime() + 15 * DAY),
  });
  const tenantId = t.id;
  const created = await withTenant(db, tenantId, async (tx) => {
    await tx.insert(membership).values({ tenantId, accountId: owner.id, role: "owner" }).onConflictDoNothing();
    // The member joins with the account or the tenant; a member removed later on purpose stays removed.
    if (member.created || t.created) {
      await tx.insert(membership).values({ tenantId, accountId: member.id, role: "member" }).onConflictDoNothing();
    }
    return topUpDemo(tx, tenantId, wanted, now, [owner.id, member.id]);
  });
  return { accountId: owner.id, tenantId, memberAccountId: member.id, contactsCreated: created.contacts, created };
}

async function topUpDemo(
  tx: TenantTx,
  tenantId: string,
  wanted: Omit<SeedCounts, "stages">,
  now: Date,
  people: [owner: string, member: string],
): Promise<SeedCounts> {
  const created: SeedCounts = { stages: 0, companies: 0, contacts: 0, deals: 0, activities: 0, employees: 0 };
  const [counts] = await rows<Record<keyof SeedCounts, number>>(
    tx,
    sql`select (select count(*)::int from pipeline_stage) as stages, (select count(*)::int from company) as companies,
      (select count(*)::int from contact) as contacts, (select count(*)::int from deal) as deals,
      (select count(*)::int from activity) as activities, (select count(*)::int from employee) as employees`,
  );
  const have = counts!;
  const missing = (k: keyof typeof wanted) => Math.max(0, wanted[k] - have[k]);
  // The common case on every `pnpm dev` start: nothing to do, one query.
  if (have.stages > 0 && (Object.keys(wanted) as (keyof typeof wanted)[]).every((k) => missing(k) === 0)) {
    return created;
  }
  const pick = <T>(f: Faker, a: readonly T[]) => f.helpers.arrayElement(a);
  const ownerOf = (f: Faker) => (f.number.float() < 0.6 ? people[0] : people[1]);
  const past = (f: Faker, days: number) => f.date.between({ from: now.getTime() - days * DAY, to: now });

  if (have.stages === 0) {
    await tx
      .insert(pipelineStage)
      .values(DEFAULT_STAGES.map((s, position) => ({ tenantId, position, ...s })))
      .returning({ id: pipelineStage.id });
    created.stages = DEFAULT_STAGES.length;
  }

  // Each table is generated from its own seed plus the rows already there: the same data on every machine, and a
  // top-up continues the sequence instead of repeating it.
  if (missing("companies") > 0) {
    const f = seededFaker(1_000 + have.companies, now);
    const taken = new Set(
      (await tx.select({ d: company.domain }).from(company).where(isNotNull(company.domain))).map((r) => r.d),
    );
    const values = Array.from({ length: missing("companies") }, () => {
      const name = f.company.name();
      let domain = `${slug(name, "-")}.example`;
      for (let n = 2; taken.has(domain); n++) domain = `${slug(name, "-")}-${n}.example`;
      taken.add(domain);
      const phone = f.phone.number({ style: "international" });
      const at = past(f, 720);
      return {
        tenantId,
        name,
        domain,
        phone,
        address: `${f.location.streetAddress()}, ${f.location.city()}, ${f.location.state({ abbreviated: true })} ${f.location.zipCode("#####")}`,
        industry: pick(f, INDUSTRIES),
        ownerAccountId: ownerOf(f),
        tags: f.helpers.arrayElements(COMPANY_TAGS, { min: 0, max: 2 }),
        notes: f.number.float() < 0.5 ? `${f.company.catchPhrase()}. ${f.company.buzzPhrase()}.` : null,
        searchText: companySearchText({ name, domain, phone }),
        createdAt: at,
        updatedAt: at,
      };
    });
    created.companies = (await tx.insert(company).values(values).returning({ id: company.id })).length;
  }
  const companies = await tx
    .select({ id: company.id, name: company.name, domain: company.domain })
    .from(company)
    .orderBy(asc(company.id));

  if (missing("contacts") > 0) {
    const f = seededFaker(20_260 + have.contacts, now);
    const taken = new Set(
      (
        await tx
          .select({ e: sql<string>`lower(${contact.email})` })
          .from(contact)
          .where(isNotNull(contact.email))
      ).map((r) => r.e),
    );
    const values = Array.from({ length: missing("contacts") }, () => {
      const firstName = f.person.firstName();
      const lastName = f.person.lastName();
      // Most people work at one of the companies; a few are on their own.
      const at = companies.length > 0 && f.number.float() < 0.9 ? pick(f, companies) : null;
      const local = `${slug(firstName)}.${slug(lastName)}`;
      const domain = at?.domain ?? "example.com";
      let email = `${local}@${domain}`;
      for (let n = 2; taken.has(email); n++) email = `${local}${n}@${domain}`;
      taken.add(email);
      const phone = f.phone.number({ style: "international" });
      const extraEmails =
        f.number.float() < 0.2 ? [`${slug(firstName)}${f.number.int({ min: 1, max: 99 })}@example.net`] : [];
      const extraPhones = f.number.float() < 0.25 ? [f.phone.number({ style: "international" })] : [];
      const consent = f.number.float() < 0.35;
      const createdAt = past(f, 540);
      return {
        tenantId,
        firstName,
        lastName,
        email,
        phone,
        extraEmails,
        extraPhones,
        jobTitle: f.person.jobTitle(),
        companyId: at?.id ?? null,
        ownerAccountId: ownerOf(f),
        tags: f.helpers.arrayElements(CONTACT_TAGS, { min: 0, max: 3 }),
        notes: f.number.float() < 0.25 ? `Met at ${pick(f, ["a trade show", "a webinar", "a partner event"])}.` : null,
        marketingConsent: consent,
        marketingConsentAt: consent ? f.date.between({ from: createdAt, to: now }) : null,
        // Written with the row, by the same function as every other writer: a bulk load cannot afford an UPDATE per row.
        searchText: contactSearchText({
          firstName,
          lastName,
          email,
          phone,
          extraEmails,
          extraPhones,
          companyName: at?.name,
        }),
        createdAt,
        updatedAt: createdAt,
      };
    });
    // Unique by lower(email) per tenant: a clash with a hand-made contact is skipped, never an error.
    created.contacts = (
      await tx.insert(contact).values(values).onConflictDoNothing().returning({ id: contact.id })
    ).length;
  }

  if (missing("deals") > 0 || missing("activities") > 0) {
    const stages = await tx.select().from(pipelineStage).orderBy(asc(pipelineStage.position));
    const contacts = await tx
      .select({ id: contact.id, firstName: contact.firstName, companyId: contact.companyId })
      .from(contact)
      .orderBy(asc(contact.id));
    const companyName = new Map(companies.map((c) => [c.id, c.name]));

    if (missing("deals") > 0 && stages.length > 0) {
      const f = seededFaker(3_000 + have.deals, now);
      const positions = new Map(
        (
          await rows<{ stage_id: string; n: number }>(
            tx,
            sql`select stage_id, count(*)::int as n from deal group by stage_id`,
          )
        ).map((r) => [r.stage_id, r.n]),
      );
      // More deals early in the pipeline than late, as in a real funnel.
      const weights = stages.map((s) => (s.kind === "open" ? Math.max(1, 6 - s.position) : 2));
      const values = Array.from({ length: missing("deals") }, () => {
        const stage = f.helpers.weightedArrayElement(stages.map((s, i) => ({ value: s, weight: weights[i]! })));
        const who = contacts.length > 0 ? pick(f, contacts) : null;
        const companyId = who?.companyId ?? (companies.length > 0 ? pick(f, companies).id : null);
        const position = positions.get(stage.id) ?? 0;
        positions.set(stage.id, position + 1);
        const closed = stage.kind !== "open";
        const closedAt = closed ? past(f, 150) : null;
        const createdAt = f.date.between({ from: (closedAt ?? now).getTime() - 120 * DAY, to: closedAt ?? now });
        const expectedClose = closedAt ?? f.date.soon({ days: 120 });
        return {
          tenantId,
          title: `${(companyId && companyName.get(companyId)) ?? who?.firstName ?? "New"} – ${pick(f, DEAL_PRODUCTS)}`,
          companyId,
          contactId: who?.id ?? null,
          amount: (f.number.int({ min: 8, max: 900 }) * 50).toFixed(2),
          currency: f.helpers.weightedArrayElement([
            { value: "EUR", weight: 6 },
            { value: "USD", weight: 3 },
            { value: "GBP", weight: 1 },
          ]),
          stageId: stage.id,
          position,
          status: stage.kind,
          lostReason: stage.kind === "lost" ? pick(f, LOST_REASONS) : null,
          closedAt,
          expectedClose: expectedClose.toISOString().slice(0, 10),
          ownerAccountId: ownerOf(f),
          createdAt,
          updatedAt: closedAt ?? createdAt,
        };
      });
      created.deals = (await tx.insert(deal).values(values).returning({ id: deal.id })).length;
    }

    if (missing("activities") > 0 && contacts.length > 0) {
      const f = seededFaker(4_000 + have.activities, now);
      const deals = await tx.select({ id: deal.id, contactId: deal.contactId, title: deal.title }).from(deal);
      const dealsOf = new Map<string, typeof deals>();
      for (const d of deals) if (d.contactId) dealsOf.set(d.contactId, [...(dealsOf.get(d.contactId) ?? []), d]);
      const values = Array.from({ length: missing("activities") }, () => {
        const who = pick(f, contacts);
        const theirDeals = dealsOf.get(who.id) ?? [];
        const about = theirDeals.length > 0 && f.number.float() < 0.7 ? pick(f, theirDeals) : null;
        const kind = f.helpers.weightedArrayElement([
          { value: "email" as const, weight: 8 },
          { value: "call" as const, weight: 5 },
          { value: "meeting" as const, weight: 3 },
          { value: "note" as const, weight: 4 },
        ]);
        const direction =
          kind === "email" || kind === "call"
            ? f.number.float() < 0.45
              ? ("inbound" as const)
              : ("outbound" as const)
            : null;
        const topic = about?.title.split(" – ")[1] ?? pick(f, DEAL_PRODUCTS).toLowerCase();
        const subject = {
          email:
            direction === "inbound"
              ? pick(f, [`Re: ${topic}`, "Question about delivery times", "Updated figures", "Invoice query"])
              : pick(f, [`Proposal: ${topic}`, "Following up", "Introduction", "Next steps"]),
          call: pick(f, ["Discovery call", "Pricing call", "Check-in call", `Call about ${topic}`]),
          meeting: pick(f, ["Product demo", "Quarterly business review", "Kick-off meeting", "On-site visit"]),
          note: pick(f, ["Decision maker identified", "Budget confirmed", "Prefers e-mail", "Competitor in play"]),
        }[kind];
        const occurredAt = past(f, 182);
        const author = ownerOf(f);
        const body =
          kind === "email"
            ? `Hi ${who.firstName},\n\n${f.company.buzzPhrase()}: ${f.lorem.sentence()}\n\nBest regards`
            : `${f.company.catchPhrase()}. ${f.lorem.sentences({ min: 1, max: 3 })}`;
        return {
          tenantId,
          kind,
          subject,
          body,
          direction,
          occurredAt,
          contactId: who.id,
          companyId: who.companyId,
          dealId: about?.id ?? null,
          authorAccountId: author,
          createdAt: occurredAt,
          updatedAt: occurredAt,
        };
      });
      created.activities = (await tx.insert(activity).values(values).returning({ id: activity.id })).length;
    }
  }

  if (missing("employees") > 0) {
    const f = seededFaker(5_000 + have.employees, now);
    const departments = Object.keys(DEPARTMENTS);
    const values = Array.from({ length: missing("employees") }, (_, i) => {
      const n = have.employees + i;
      // The first two employees are the two demo logins, linked to their accounts.
      const linked = n === 0 ? [DEMO.name, people[0], "Sales"] : n === 1 ? [DEMO.memberName, people[1], "Sales"] : null;
      const [firstName = "", lastName = ""] = linked
        ? linked[0]!.split(" ")
        : [f.person.firstName(), f.person.lastName()];
      const department = linked ? linked[2]! : departments[n % departments.length]!;
      return {
        tenantId,
        firstName,
        lastName,
        department,
        jobTitle: pick(f, DEPARTMENTS[department]!),
        email: `${slug(firstName)}.${slug(lastName)}@northwind.example`,
        phone: f.phone.number({ style: "international" }),
        startDate: past(f, 8 * 365)
          .toISOString()
          .slice(0, 10),
        accountId: linked ? linked[1]! : null,
      };
    });
    created.employees = (await tx.insert(employee).values(values).returning({ id: employee.id })).length;
  }
  return created;
}

// Benchmark tenant ----------------------------------------------------------------------------------------------------

export interface BenchProgress {
  table: "company" | "contact";
  done: number;
  total: number;
  elapsedMs: number;
}

export interface BenchSeedOptions {
  contacts: number;
  now?: Date;
  passwordHash?: string;
  /** Rows per INSERT statement. */
  batchSize?: number;
  /** Rows per transaction: a few large transactions, not one giant one. */
  rowsPerTransaction?: number;
  /** Transactions writing contacts at once. Default: 2 on Postgres, 1 on PGlite (a single connection). */
  concurrency?: number;
  onProgress?: (p: BenchProgress) => void;
}

/**
 * Session settings for the bulk-load transactions only (SET LOCAL ends with each transaction). Most of the insert
 * cost is the trigram GIN index: a larger pending list merges new entries into the index in bigger, cheaper batches
 * (VACUUM merges the rest afterwards), and losing the last commits in a crash costs nothing but a re-run.
 */
async function bulkSettings(tx: TenantTx): Promise<void> {
  for (const setting of ["gin_pending_list_limit = '256MB'", "work_mem = '256MB'", "synchronous_commit = off"]) {
    await tx.execute(sql.raw(`set local ${setting}`));
  }
}

export interface BenchSeedResult {
  accountId: string;
  tenantId: string;
  companiesCreated: number;
  contactsCreated: number;
  /** Contacts in the benchmark tenant after the run. */
  contacts: number;
}

/** A cheap, stateless hash of an integer (for picking array elements by row number without a faker call). */
function mix(n: number): number {
  let x = Math.imul(n ^ (n >>> 16), 0x7feb352d);
  x = Math.imul(x ^ (x >>> 15), 0x846ca68b);
  return (x ^ (x >>> 16)) >>> 0;
}

const pgArray = (items: readonly string[]) => `{${items.join(",")}}`;

// Array parameters go over as text[] and are cast per element in SQL: the postgres.js driver, as Drizzle sets it up,
// serializes text and uuid arrays but not timestamp or boolean ones.

/**
 * Builds (or tops up) the benchmark tenant BENCH.tenantSlug, owned by the demo account, to `contacts` contacts and
 * one company per BENCH.contactsPerCompany contacts. Rows are built from small pre-generated pools (no faker call
 * per row) and inserted with one `INSERT … SELECT FROM unnest(…)` per batch: one parameter per column, whatever the
 * batch size, under row-level security as the application role. (COPY FROM is not an option: Postgres refuses it on
 * tables with row-level security.)
 */
export async function seedBench(db: Db, options: BenchSeedOptions): Promise<BenchSeedResult> {
  const now = options.now ?? new Date();
  const batchSize = options.batchSize ?? 5_000;
  const perTx = Math.max(batchSize, options.rowsPerTransaction ?? 100_000);
  const owner = await ensureAccount(
    db,
    { email: DEMO.email, name: DEMO.name, companyName: DEMO.companyName, country: "US" },
    options.passwordHash,
    now,
  );
  const t = await ensureTenant(db, {
    slug: BENCH.tenantSlug,
    name: BENCH.tenantName,
    ownerAccountId: owner.id,
    // Active, not trial: the benchmark tenant must not expire under a long-running benchmark setup.
    status: "active",
  });
  const tenantId = t.id;
  const started = performance.now();
  const progress = (table: BenchProgress["table"], done: number, total: number) =>
    options.onProgress?.({ table, done, total, elapsedMs: performance.now() - started });

  const have = await withTenant(db, tenantId, async (tx) => {
    await tx.insert(membership).values({ tenantId, accountId: owner.id, role: "owner" }).onConflictDoNothing();
    const [r] = await rows<{ companies: number; contacts: number }>(
      tx,
      sql`select (select count(*)::int from company) as companies, (select count(*)::int from contact) as contacts`,
    );
    return r!;
  });

  // Pools: a few thousand names and titles from faker once, then every row is an index into them.
  const f = seededFaker(77_000, now);
  const first = [...new Set((f.definitions.person.first_name as { generic?: string[] }).generic ?? [])];
  const last = [...new Set((f.definitions.person.last_name as { generic?: string[] }).generic ?? [])];
  const titles = [...new Set(Array.from({ length: 400 }, () => f.person.jobTitle()))];
  const streets = Array.from({ length: 500 }, () => `${f.location.streetAddress()}, ${f.location.city()}`);
  const phone = (n: number) => {
    const h = mix(n);
    return `+1 ${200 + (h % 800)} 555 ${String(mix(h) % 10_000).padStart(4, "0")}`;
  };
  const past = (n: number, days: number) => new Date(now.getTime() - (mix(n) % (days * 24 * 3600)) * 1000);

  const wantedCompanies = options.contacts > 0 ? Math.ceil(options.contacts / BENCH.contactsPerCompany) : 0;
  let companiesCreated = 0;
  if (have.companies < wantedCompanies) {
    const total = wantedCompanies - have.companies;
    progress("company", 0, total);
    await withTenant(db, tenantId, async (tx) => {
      await bulkSettings(tx);
      for (let from = have.companies; from < wantedCompanies; from += batchSize) {
        const n = Math.min(batchSize, wantedCompanies - from);
        const cols = { id: [] as string[], name: [] as string[], domain: [] as string[], phone: [] as string[] };
        const more = {
          address: [] as string[],
          industry: [] as string[],
          tags: [] as string[],
          search: [] as string[],
        };
        const at: string[] = [];
        for (let i = from; i < from + n; i++) {
          const name = `${last[mix(i * 7 + 1) % last.length]} ${["Group", "Trading", "Logistics", "Partners", "Supply", "Industries"][mix(i * 7 + 2) % 6]} ${i + 1}`;
          const domain = `${slug(name, "-")}.example`;
          cols.id.push(uuidv7());
          cols.name.push(name);
          cols.domain.push(domain);
          cols.phone.push(phone(i * 7 + 3));
          more.address.push(streets[mix(i * 7 + 4) % streets.length]!);
          more.industry.push(INDUSTRIES[mix(i * 7 + 5) % INDUSTRIES.length]!);
          more.tags.push(pgArray(mix(i * 7 + 6) % 3 === 0 ? [COMPANY_TAGS[mix(i) % COMPANY_TAGS.length]!] : []));
          more.search.push(companySearchText({ name, domain, phone: cols.phone.at(-1) }));
          at.push(past(i * 7 + 7, 3 * 365).toISOString());
        }
        const r = await rows<{ n: number }>(
          tx,
          sql`with ins as (
            insert into company (tenant_id, id, name, domain, phone, address, industry, tags, search_text, created_at, updated_at)
            select ${tenantId}::uuid, id, name, domain, phone, address, industry, tags::text[], search, at::timestamptz,
              at::timestamptz
            from unnest(${sql.param(cols.id)}::uuid[], ${sql.param(cols.name)}::text[], ${sql.param(cols.domain)}::text[],
              ${sql.param(cols.phone)}::text[], ${sql.param(more.address)}::text[], ${sql.param(more.industry)}::text[],
              ${sql.param(more.tags)}::text[], ${sql.param(more.search)}::text[], ${sql.param(at)}::text[])
              as u(id, name, domain, phone, address, industry, tags, search, at)
            returning 1)
          select count(*)::int as n from ins`,
        );
        companiesCreated += r[0]?.n ?? 0;
        progress("company", from + n - have.companies, total);
      }
    });
  }

  let contactsCreated = 0;
  const missing = Math.max(0, options.contacts - have.contacts);
  if (missing > 0) {
    const companies = await withTenant(db, tenantId, (tx) =>
      tx.select({ id: company.id, name: company.name, domain: company.domain }).from(company).orderBy(asc(company.id)),
    );
    progress("contact", 0, missing);
    // Row numbers continue after the existing rows, and every e-mail carries its row number, so addresses never
    // clash with earlier runs. A contact deleted since frees its number, hence the bounded retry on conflicts.
    let next = have.contacts;
    const limit = have.contacts + missing * 2 + batchSize;
    const build = (n: number) => {
      const c = {
        id: [] as string[],
        first: [] as string[],
        last: [] as string[],
        email: [] as string[],
        phone: [] as string[],
        title: [] as (string | null)[],
        company: [] as (string | null)[],
        owner: [] as (string | null)[],
        tags: [] as string[],
        consent: [] as ("t" | "f")[],
        search: [] as string[],
        at: [] as string[],
      };
      for (let i = next; i < next + n; i++) {
        const h = mix(i);
        const firstName = first[h % first.length]!;
        const lastName = last[mix(h) % last.length]!;
        const at = h % 10 === 0 ? null : companies[mix(i + 1) % companies.length];
        const email = `${slug(firstName)}.${slug(lastName)}.${i + 1}@${at?.domain ?? "example.com"}`;
        const tel = phone(i * 3 + 11);
        c.id.push(uuidv7());
        c.first.push(firstName);
        c.last.push(lastName);
        c.email.push(email);
        c.phone.push(tel);
        c.title.push(h % 4 === 0 ? null : titles[mix(i + 2) % titles.length]!);
        c.company.push(at?.id ?? null);
        c.owner.push(h % 2 === 0 ? owner.id : null);
        c.tags.push(pgArray(h % 5 === 0 ? [CONTACT_TAGS[mix(i + 3) % CONTACT_TAGS.length]!] : []));
        c.consent.push(h % 3 === 0 ? "t" : "f");
        c.search.push(contactSearchText({ firstName, lastName, email, phone: tel, companyName: at?.name }));
        c.at.push(past(i * 3 + 13, 3 * 365).toISOString());
      }
      next += n;
      return c;
    };
    const insert = async (tx: TenantTx, c: ReturnType<typeof build>) => {
      const r = await rows<{ n: number }>(
        tx,
        sql`with ins as (
          insert into contact (tenant_id, id, first_name, last_name, email, phone, job_title, company_id,
            owner_account_id, tags, marketing_consent, marketing_consent_at, search_text, created_at, updated_at)
          select ${tenantId}::uuid, id, f, l, e, p, t, c, o, tags::text[], mc = 't', case when mc = 't' then at::timestamptz end,
            s, at::timestamptz, at::timestamptz
          from unnest(${sql.param(c.id)}::uuid[], ${sql.param(c.first)}::text[], ${sql.param(c.last)}::text[],
            ${sql.param(c.email)}::text[], ${sql.param(c.phone)}::text[], ${sql.param(c.title)}::text[],
            ${sql.param(c.company)}::uuid[], ${sql.param(c.owner)}::uuid[], ${sql.param(c.tags)}::text[],
            ${sql.param(c.consent)}::text[], ${sql.param(c.search)}::text[], ${sql.param(c.at)}::text[])
            as u(id, f, l, e, p, t, c, o, tags, mc, s, at)
          on conflict do nothing
          returning 1)
        select count(*)::int as n from ins`,
      );
      return r[0]?.n ?? 0;
    };
    // Rows handed to a writer but not yet counted, so that concurrent writers never overshoot the target.
    let inFlight = 0;
    const writer = async () => {
      while (contactsCreated + inFlight < missing && next < limit) {
        await withTenant(db, tenantId, async (tx) => {
          await bulkSettings(tx);
          for (let inTx = 0; inTx < perTx && contactsCreated + inFlight < missing && next < limit; ) {
            const n = Math.min(batchSize, missing - contactsCreated - inFlight);
            inFlight += n;
            const inserted = await insert(tx, build(n)).finally(() => {
              inFlight -= n;
            });
            contactsCreated += inserted;
            inTx += n;
            progress("contact", contactsCreated, missing);
          }
        });
      }
    };
    const writers = Math.max(1, options.concurrency ?? (driverOf(db) === "postgres" ? 2 : 1));
    await Promise.all(Array.from({ length: writers }, writer));
  }
  return {
    accountId: owner.id,
    tenantId,
    companiesCreated,
    contactsCreated,
    contacts: have.contacts + contactsCreated,
  };
}

/**
 * After a bulk load: VACUUM ANALYZE as the database owner (the application role may not), so the planner knows the
 * new row counts and the trigram indexes' pending lists are merged. `url` defaults to DATABASE_URL, as createDb does.
 */
export async function analyzeAfterBulkLoad(db: Db, url = env.DATABASE_URL): Promise<void> {
  const tables = "company, contact";
  if (driverOf(db) === "pglite") {
    // One statement per call: VACUUM refuses to run inside the implicit transaction of a multi-statement query.
    const pg = pgliteOf(db)!;
    await pg.exec("RESET ROLE");
    try {
      await pg.exec(`VACUUM ANALYZE ${tables}`);
    } finally {
      await pg.exec(`SET ROLE ${APP_ROLE}`);
    }
    return;
  }
  if (!url) throw new Error("analyzeAfterBulkLoad: no DATABASE_URL");
  const owner = postgres(url, { max: 1, onnotice: () => {} });
  try {
    await owner.unsafe(`VACUUM ANALYZE ${tables}`);
  } finally {
    await owner.end({ timeout: 5 });
  }
}
