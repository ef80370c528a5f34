import { type Db, rows, type schema, withAccount } from "@abante/db";
import { sql } from "drizzle-orm";
import { ForbiddenError, NotFoundError } from "../errors";

export type MembershipRole = (typeof schema.membershipRole.enumValues)[number];
const rank: Record<MembershipRole, number> = { member: 1, admin: 2, owner: 3 };

export interface TenantAccess {
  tenant: { id: string; slug: string; name: string; status: (typeof schema.tenantStatus.enumValues)[number] };
  role: MembershipRole;
}

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
  // One account-scoped transaction: the tenant and this account's membership in it, nothing of anyone else's.
  const [found] = await withAccount(db, accountId, (tx) =>
    rows<TenantAccess["tenant"] & { role: MembershipRole | null }>(
      tx,
      sql`select t.id, t.slug, t.name, t.status, m.role
          from tenant t left join membership m on m.tenant_id = t.id and m.account_id = ${accountId}
          where t.slug = ${slug} and t.status <> 'destroyed'`,
    ),
  );
  if (!found?.role) throw new NotFoundError("No such CRM database.");
  const { role, ...tenant } = found;
  if (rank[role] < rank[minRole]) {
    throw new ForbiddenError(`This needs the ${minRole} role in this CRM database.`);
  }
  return { tenant, role };
}
