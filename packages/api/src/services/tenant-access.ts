import { type Db, prepared, schema, withTenant } from "@abante/db";
import { and, eq, ne, sql } from "drizzle-orm";
import { ForbiddenError, NotFoundError } from "../errors";

export type MembershipRole = (typeof schema.membershipRole.enumValues)[number];
const rank: Record<MembershipRole, number> = { member: 1, admin: 2, owner: 3 };

export interface TenantAccess {
  tenant: { id: string; slug: string; name: string; status: (typeof schema.tenantStatus.enumValues)[number] };
  role: MembershipRole;
}

/** Every tenant request runs this lookup: it is built once per database handle. */
const tenantBySlug = (db: Db, slug: string) =>
  prepared(db, "tenant_by_slug", (d) =>
    d
      .select({
        id: schema.tenant.id,
        slug: schema.tenant.slug,
        name: schema.tenant.name,
        status: schema.tenant.status,
      })
      .from(schema.tenant)
      .where(and(eq(schema.tenant.slug, sql.placeholder("slug")), ne(schema.tenant.status, "destroyed")))
      .prepare("tenant_by_slug"),
  ).execute({ slug });

/**
 * Who may act in a tenant: the account must be a member with at least `minRole`. A non-member gets the same
 * NOT_FOUND as for a tenant that does not exist, so tenant slugs cannot be probed. Used by tenant procedures and by
 * the plain HTTP routes (files, CSV).
 */
export async function resolveTenantAccess(
  db: Db,
  slug: string,
  accountId: string,
  minRole: MembershipRole = "member",
): Promise<TenantAccess> {
  const [found] = await tenantBySlug(db, slug);
  if (!found) throw new NotFoundError("No such CRM database.");
  const [member] = await withTenant(db, found.id, (tx) =>
    tx
      .select({ role: schema.membership.role })
      .from(schema.membership)
      .where(eq(schema.membership.accountId, accountId)),
  );
  if (!member) throw new NotFoundError("No such CRM database.");
  if (rank[member.role] < rank[minRole]) {
    throw new ForbiddenError(`This needs the ${minRole} role in this CRM database.`);
  }
  return { tenant: found, role: member.role };
}
