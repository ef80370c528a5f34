import { uuidv7 } from "uuidv7";
import type { Db } from "./client";
import { account, contact, membership, tenant } from "./schema";
import { withTenant } from "./tenant";

/** Creates an owner account and a tenant with `contacts` contacts; returns their ids. For tests only. */
export async function seedTenant(db: Db, slug: string, contacts = 3) {
  const ownerId = uuidv7();
  await db.insert(account).values({ id: ownerId, email: `owner@${slug}.example`, name: `Owner of ${slug}` });
  const tenantId = uuidv7();
  await db.insert(tenant).values({ id: tenantId, slug, name: `Tenant ${slug}`, ownerAccountId: ownerId });
  const contactIds = await withTenant(db, tenantId, async (tx) => {
    await tx.insert(membership).values({ tenantId, accountId: ownerId, role: "owner" });
    const inserted = await tx
      .insert(contact)
      .values(
        Array.from({ length: contacts }, (_, i) => ({
          tenantId,
          firstName: `${slug}-${i}`,
          email: `c${i}@${slug}.example`,
        })),
      )
      .returning({ id: contact.id });
    return inserted.map((r) => r.id);
  });
  return { tenantId, ownerId, contactIds };
}
