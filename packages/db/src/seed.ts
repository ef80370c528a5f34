import { fakerEN as faker } from "@faker-js/faker";
import { eq } from "drizzle-orm";
import type { Db } from "./client";
import { account, contact, membership, tenant } from "./schema";
import { withTenant } from "./tenant";

export const DEMO = {
  email: "demo@abante.example",
  /** Printed by `pnpm dev` and written in the README: demo data only, never a real account. */
  password: "abante-demo-2026",
  name: "Dana Demo",
  companyName: "Northwind Trading",
  tenantSlug: "demo",
  tenantName: "Northwind Trading (demo)",
} as const;

export interface SeedResult {
  accountId: string;
  tenantId: string;
  contactsCreated: number;
}

/**
 * Creates the demo account, its demo tenant and realistic demo contacts. Idempotent: existing demo rows are kept and
 * only missing ones are added, so `pnpm dev` can call it on every start.
 */
export async function seedDemo(
  db: Db,
  options: { contacts?: number; now?: Date; passwordHash?: string } = {},
): Promise<SeedResult> {
  const wanted = options.contacts ?? 200;
  const now = options.now ?? new Date();
  let [owner] = await db.select().from(account).where(eq(account.email, DEMO.email));
  if (!owner) {
    [owner] = await db
      .insert(account)
      .values({
        email: DEMO.email,
        name: DEMO.name,
        companyName: DEMO.companyName,
        businessSector: "wholesale",
        interests: ["contacts", "deals"],
        locale: "en",
        country: "US",
        emailVerifiedAt: now,
        passwordHash: options.passwordHash,
      })
      .returning();
  } else if (!owner.passwordHash && options.passwordHash) {
    await db.update(account).set({ passwordHash: options.passwordHash }).where(eq(account.id, owner.id));
  }
  let [t] = await db.select().from(tenant).where(eq(tenant.slug, DEMO.tenantSlug));
  if (!t) {
    [t] = await db
      .insert(tenant)
      .values({
        slug: DEMO.tenantSlug,
        name: DEMO.tenantName,
        ownerAccountId: owner!.id,
        status: "trial",
        trialEndsAt: new Date(now.getTime() + 15 * 24 * 3600 * 1000),
      })
      .returning();
  }
  const tenantId = t!.id;
  const accountId = owner!.id;
  const contactsCreated = await withTenant(db, tenantId, async (tx) => {
    await tx.insert(membership).values({ tenantId, accountId, role: "owner" }).onConflictDoNothing();
    const existing = await tx.$count(contact);
    const missing = Math.max(0, wanted - existing);
    // Deterministic: the same demo people on every machine.
    faker.seed(20260 + existing);
    for (let done = 0; done < missing; ) {
      const batch = Math.min(1000, missing - done);
      await tx.insert(contact).values(
        Array.from({ length: batch }, (_, i) => {
          const firstName = faker.person.firstName();
          const lastName = faker.person.lastName();
          // Contacts are unique by e-mail within a tenant: the running number keeps generated addresses apart.
          const email = `${faker.internet.username({ firstName, lastName }).toLowerCase()}.${existing + done + i + 1}@example.com`;
          const phone = faker.phone.number({ style: "international" });
          return {
            tenantId,
            firstName,
            lastName,
            email,
            phone,
            jobTitle: faker.person.jobTitle(),
            searchText: [firstName, lastName, email, phone].join(" ").toLowerCase(),
          };
        }),
      );
      done += batch;
    }
    return missing;
  });
  return { accountId, tenantId, contactsCreated };
}
