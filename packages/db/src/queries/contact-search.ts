import { and, eq, inArray, type SQL, sql } from "drizzle-orm";
import { company, contact } from "../schema";
import { rows } from "../sql";
import type { TenantTx } from "../tenant";
import { companySearchText, contactSearchText } from "./search-text";
import { contactCompanyJoin } from "./shared";

// Keeping search_text up to date after writes that change what it is made of (an update, a company renamed or
// deleted). The text itself comes from ./search-text, the one definition every writer uses.

/** Rows written per statement when many search texts change at once (a company with many contacts renamed). */
const CHUNK = 5_000;

/** Stores `texts` (by row id) where they differ from what is there; returns how many rows changed. */
async function storeSearchTexts(
  tx: TenantTx,
  table: typeof contact | typeof company,
  tenantId: string,
  texts: { id: string; text: string }[],
): Promise<number> {
  let changed = 0;
  for (let i = 0; i < texts.length; i += CHUNK) {
    const chunk = texts.slice(i, i + CHUNK);
    // Raw SQL on purpose: the builder's update would also bump updated_at, and nothing the user sees changed.
    const done = await rows<{ id: string }>(
      tx,
      sql`update ${table} set search_text = u.s
        from unnest(${sql.param(chunk.map((t) => t.id))}::uuid[], ${sql.param(chunk.map((t) => t.text))}::text[])
          as u(id, s)
        where ${table.tenantId} = ${tenantId} and ${table.id} = u.id and ${table.searchText} is distinct from u.s
        returning u.id`,
    );
    changed += done.length;
  }
  return changed;
}

/**
 * Recomputes the search text of some contacts (by ids, or all of one company), with their company's current name.
 * Returns how many changed. For anything that changes a contact, or a company's name, after the row was written.
 */
export async function refreshContactSearchText(
  tx: TenantTx,
  p: { tenantId: string; ids?: string[]; companyId?: string },
): Promise<number> {
  const which: SQL | undefined = p.ids
    ? p.ids.length > 0
      ? inArray(contact.id, p.ids)
      : undefined
    : p.companyId
      ? eq(contact.companyId, p.companyId)
      : undefined;
  if (!which) return 0;
  const found = await tx
    .select({
      id: contact.id,
      firstName: contact.firstName,
      lastName: contact.lastName,
      email: contact.email,
      phone: contact.phone,
      extraEmails: contact.extraEmails,
      extraPhones: contact.extraPhones,
      companyName: company.name,
    })
    .from(contact)
    .leftJoin(company, contactCompanyJoin)
    .where(and(eq(contact.tenantId, p.tenantId), which));
  return storeSearchTexts(
    tx,
    contact,
    p.tenantId,
    found.map((c) => ({ id: c.id, text: contactSearchText(c) })),
  );
}

/** Recomputes the search text of some companies; returns how many changed. */
export async function refreshCompanySearchText(tx: TenantTx, tenantId: string, ids: string[]): Promise<number> {
  if (ids.length === 0) return 0;
  const found = await tx
    .select({ id: company.id, name: company.name, domain: company.domain, phone: company.phone })
    .from(company)
    .where(and(eq(company.tenantId, tenantId), inArray(company.id, ids)));
  return storeSearchTexts(
    tx,
    company,
    tenantId,
    found.map((c) => ({ id: c.id, text: companySearchText(c) })),
  );
}

/** The name of a company of the tenant, for a new contact's search text. */
export async function companyNameOf(tx: TenantTx, tenantId: string, id: string | null): Promise<string | null> {
  if (!id) return null;
  const [row] = await tx
    .select({ name: company.name })
    .from(company)
    .where(and(eq(company.tenantId, tenantId), eq(company.id, id)));
  return row?.name ?? null;
}
