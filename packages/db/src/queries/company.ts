import { and, arrayContains, count, eq, sql } from "drizzle-orm";
import { account, company, contact, deal } from "../schema";
import { rows } from "../sql";
import type { TenantTx } from "../tenant";
import { refreshCompanySearchText, refreshContactSearchText } from "./contact-search";
import { type Direction, finishPage, type Keyset, keysetPage } from "./keyset";
import { companySearchText } from "./search-text";
import { ref, searchWords } from "./shared";

export type CompanySort = "name" | "createdAt";

/** Orderings of the company list; each matches an index that starts with tenant_id. */
export const companyKeysets: Record<CompanySort, Keyset> = {
  name: {
    tag: "company.name",
    table: company,
    parts: [
      { expr: sql`lower(${company.name})`, kind: "text" },
      { expr: sql`${company.id}`, kind: "uuid" },
    ],
  },
  createdAt: {
    tag: "company.createdAt",
    table: company,
    parts: [
      { expr: sql`${company.createdAt}`, kind: "timestamp" },
      { expr: sql`${company.id}`, kind: "uuid" },
    ],
  },
};

export interface CompanyValues {
  name: string;
  domain: string | null;
  phone: string | null;
  address: string | null;
  industry: string | null;
  ownerAccountId: string | null;
  tags: string[];
  notes: string | null;
}

export interface ListCompaniesParams {
  tenantId: string;
  search?: string;
  ownerAccountId?: string;
  tag?: string;
  sort: CompanySort;
  direction: Direction;
  cursor?: string | null;
  limit: number;
}

export async function listCompanies(tx: TenantTx, p: ListCompaniesParams) {
  const keyset = companyKeysets[p.sort];
  const page = await keysetPage(tx, keyset, p.direction, p.cursor);
  const fetched = await tx
    .select({
      id: company.id,
      name: company.name,
      domain: company.domain,
      phone: company.phone,
      industry: company.industry,
      ownerAccountId: company.ownerAccountId,
      tags: company.tags,
      createdAt: company.createdAt,
      _key: page.key,
    })
    .from(company)
    .where(
      and(
        eq(company.tenantId, p.tenantId),
        searchWords(company.searchText, p.search),
        p.ownerAccountId ? eq(company.ownerAccountId, p.ownerAccountId) : undefined,
        p.tag ? arrayContains(company.tags, [p.tag]) : undefined,
        page.where,
      ),
    )
    .orderBy(...page.orderBy)
    .limit(p.limit + 1);
  return finishPage(page.keyset, fetched, p.limit);
}

/** `{ id, name }` of a company of this tenant, or undefined. */
export async function findCompany(tx: TenantTx, tenantId: string, id: string) {
  const [row] = await tx
    .select({ id: company.id, name: company.name })
    .from(company)
    .where(and(eq(company.tenantId, tenantId), eq(company.id, id)));
  return row;
}

/** The full record, with its owner's name and how many contacts and open deals it has. */
export async function getCompany(tx: TenantTx, p: { tenantId: string; id: string }) {
  const [row] = await tx
    .select({
      id: company.id,
      name: company.name,
      domain: company.domain,
      phone: company.phone,
      address: company.address,
      industry: company.industry,
      ownerAccountId: company.ownerAccountId,
      ownerName: account.name,
      tags: company.tags,
      notes: company.notes,
      createdAt: company.createdAt,
      updatedAt: company.updatedAt,
    })
    .from(company)
    .leftJoin(account, eq(account.id, company.ownerAccountId))
    .where(and(eq(company.tenantId, p.tenantId), eq(company.id, p.id)));
  if (!row) return undefined;
  const [contacts] = await tx
    .select({ n: count() })
    .from(contact)
    .where(and(eq(contact.tenantId, p.tenantId), eq(contact.companyId, p.id)));
  const [openDeals] = await tx
    .select({ n: count() })
    .from(deal)
    .where(and(eq(deal.tenantId, p.tenantId), eq(deal.companyId, p.id), eq(deal.status, "open")));
  const { ownerName, ...rest } = row;
  return {
    ...rest,
    owner: ref(row.ownerAccountId, ownerName),
    contactCount: contacts?.n ?? 0,
    openDealCount: openDeals?.n ?? 0,
  };
}

export async function insertCompany(tx: TenantTx, p: { tenantId: string; values: CompanyValues }) {
  const [row] = await tx
    .insert(company)
    .values({ tenantId: p.tenantId, ...p.values, searchText: companySearchText(p.values) })
    .returning({ id: company.id });
  return row!.id;
}

/** Applies the given fields; returns false when the company does not exist in this tenant. */
export async function updateCompany(
  tx: TenantTx,
  p: { tenantId: string; id: string; patch: Partial<CompanyValues> },
): Promise<boolean> {
  const where = and(eq(company.tenantId, p.tenantId), eq(company.id, p.id));
  const updated =
    Object.keys(p.patch).length > 0
      ? await tx.update(company).set(p.patch).where(where).returning({ id: company.id })
      : await tx.select({ id: company.id }).from(company).where(where);
  if (updated.length === 0) return false;
  await refreshCompanySearchText(tx, p.tenantId, [p.id]);
  if (p.patch.name !== undefined) {
    // Contacts are found by their company's name: a renamed company renames it in their search text too.
    await refreshContactSearchText(tx, { tenantId: p.tenantId, companyId: p.id });
  }
  return true;
}

/**
 * Deletes a company. Its contacts stay, without the company (their search text drops the company's name); deals and
 * activities lose the link through the foreign keys' SET NULL.
 */
export async function deleteCompany(tx: TenantTx, p: { tenantId: string; id: string }): Promise<boolean> {
  // Raw SQL on purpose: unlinking is not an edit of the contact, so updated_at stays.
  const unlinked = await rows<{ id: string }>(
    tx,
    sql`update ${contact} set company_id = null
      where ${contact.tenantId} = ${p.tenantId} and ${contact.companyId} = ${p.id}
      returning ${contact.id} as id`,
  );
  await refreshContactSearchText(tx, { tenantId: p.tenantId, ids: unlinked.map((r) => r.id) });
  const deleted = await tx
    .delete(company)
    .where(and(eq(company.tenantId, p.tenantId), eq(company.id, p.id)))
    .returning({ id: company.id });
  return deleted.length > 0;
}
