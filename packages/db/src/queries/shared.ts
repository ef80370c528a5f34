import { and, eq, inArray, or, type SQL, sql } from "drizzle-orm";
import type { PgColumn } from "drizzle-orm/pg-core";
import { company, contact, membership } from "../schema";
import type { TenantTx } from "../tenant";

/** A contact's company, for a left join: same tenant, and the company the contact names. */
export const contactCompanyJoin = and(eq(company.tenantId, contact.tenantId), eq(company.id, contact.companyId));

/** A LIKE pattern that matches `term` literally: %, _ and the escape character itself lose their meaning. */
export function escapeLike(term: string): string {
  return term.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** A query word written like a phone number with separators ("600-123-456", "(555)", "+34"): its digits. */
function phoneWordDigits(word: string): string | null {
  if (!/^[+\d()./-]+$/.test(word)) return null;
  const digits = word.replace(/[^0-9]/g, "");
  return digits !== "" && digits !== word ? digits : null;
}

/**
 * Search over a `search_text` column: every word of the query must occur somewhere in it (so "lovelace ada" finds
 * Ada Lovelace). Each word is an `ILIKE '%word%'`, which the trigram GIN index answers without a sequential scan. A
 * word written like a phone number also matches as bare digits, as search texts hold every phone both ways, so
 * "600-123-456" finds "+34 600 12 34 56". Returns undefined for an empty query.
 */
export function searchWords(column: PgColumn | SQL, search: string | undefined): SQL | undefined {
  const words = (search ?? "").trim().toLowerCase().split(/\s+/).filter(Boolean).slice(0, 8);
  if (words.length === 0) return undefined;
  const like = (w: string) => sql`${column} ilike ${`%${escapeLike(w)}%`}`;
  return and(
    ...words.map((w) => {
      const digits = phoneWordDigits(w);
      return digits ? or(like(w), like(digits)) : like(w);
    }),
  );
}

/**
 * Digits only, so that "600123456" finds "+34 600 12 34 56". Kept in search texts next to the number as written.
 * `value` is an SQL text expression; NULL stays NULL (concat_ws skips it).
 */
export const digitsOnly = (value: SQL) => sql`nullif(regexp_replace(${value}, '[^0-9]', '', 'g'), '')`;

/** Which of `accountIds` are members of the current tenant (membership rows are tenant-scoped by RLS). */
export async function membersAmong(tx: TenantTx, tenantId: string, accountIds: string[]): Promise<Set<string>> {
  if (accountIds.length === 0) return new Set();
  const found = await tx
    .select({ accountId: membership.accountId })
    .from(membership)
    .where(and(eq(membership.tenantId, tenantId), inArray(membership.accountId, accountIds)));
  return new Set(found.map((r) => r.accountId));
}

/** Whether `accountId` is a member of the tenant. */
export async function isTenantMember(tx: TenantTx, tenantId: string, accountId: string): Promise<boolean> {
  return (await membersAmong(tx, tenantId, [accountId])).has(accountId);
}

/** `{ id, name }` of a joined row, or null when the link is empty. */
export function ref<T extends string | null>(id: T, name: string | null): { id: string; name: string } | null {
  return id === null ? null : { id, name: name ?? "" };
}

/** A contact's display name. */
export function personName(firstName: string | null, lastName: string | null): string {
  return [firstName, lastName].filter(Boolean).join(" ");
}
