import { and, eq, ne, sql } from "drizzle-orm";
import { account, company, contact } from "../schema";
import { rows } from "../sql";
import type { TenantTx } from "../tenant";
import { companyNameOf, refreshContactSearchText } from "./contact-search";
import { type Direction, finishPage, type Keyset, keysetPage } from "./keyset";
import { contactSearchText } from "./search-text";
import { contactCompanyJoin, personName, ref, searchWords } from "./shared";

export type ContactSort = "name" | "createdAt";

/** Orderings of the contact list; each matches an index that starts with tenant_id (contact_tenant_name_idx, …). */
export const contactKeysets: Record<ContactSort, Keyset> = {
  name: {
    tag: "contact.name",
    table: contact,
    parts: [
      { expr: sql`lower(${contact.lastName})`, kind: "text" },
      { expr: sql`lower(${contact.firstName})`, kind: "text" },
      { expr: sql`${contact.id}`, kind: "uuid" },
    ],
  },
  createdAt: {
    tag: "contact.createdAt",
    table: contact,
    parts: [
      { expr: sql`${contact.createdAt}`, kind: "timestamp" },
      { expr: sql`${contact.id}`, kind: "uuid" },
    ],
  },
};

export interface ContactValues {
  firstName: string;
  lastName: string;
  email: string | null;
  phone: string | null;
  extraEmails: string[];
  extraPhones: string[];
  jobTitle: string | null;
  companyId: string | null;
  ownerAccountId: string | null;
  tags: string[];
  notes: string | null;
  marketingConsent: boolean;
  marketingConsentAt: Date | null;
}

export interface ListContactsParams {
  tenantId: string;
  search?: string;
  companyId?: string;
  ownerAccountId?: string;
  tag?: string;
  sort: ContactSort;
  direction: Direction;
  cursor?: string | null;
  limit: number;
}

type ContactListRow = {
  id: string;
  firstName: string;
  lastName: string;
  email: string | null;
  phone: string | null;
  jobTitle: string | null;
  companyId: string | null;
  companyName: string | null;
  ownerAccountId: string | null;
  tags: string[];
  createdAt: Date | string;
  _key: string;
};

/**
 * A page of the contact list. The busiest query of the CRM (every list view, every search keystroke), so it is one
 * SQL statement written out rather than assembled by the query builder on each call; the keyset and search
 * conditions are the same fragments the other lists use.
 */
export async function listContacts(tx: TenantTx, p: ListContactsParams) {
  const keyset = contactKeysets[p.sort];
  const page = await keysetPage(tx, keyset, p.direction, p.cursor);
  const fetched = await rows<ContactListRow>(
    tx,
    // The company's name is a subquery in the select list, not a join: Postgres evaluates it after the sort and the
    // limit, for the page's rows only. A join looked up the company of every matching row first (4,431 lookups for
    // a common surname in a million contacts, to keep 51), which doubled the time of a search.
    sql`select contact.id, contact.first_name as "firstName", contact.last_name as "lastName", contact.email,
          contact.phone, contact.job_title as "jobTitle", contact.company_id as "companyId",
          (select company.name from company
            where company.tenant_id = contact.tenant_id and company.id = contact.company_id) as "companyName",
          contact.owner_account_id as "ownerAccountId", contact.tags, contact.created_at as "createdAt",
          ${page.key} as "_key"
        from contact
        where ${and(
          sql`contact.tenant_id = ${p.tenantId}`,
          searchWords(contact.searchText, p.search),
          p.companyId ? sql`contact.company_id = ${p.companyId}` : undefined,
          p.ownerAccountId ? sql`contact.owner_account_id = ${p.ownerAccountId}` : undefined,
          p.tag ? sql`contact.tags @> array[${p.tag}]::text[]` : undefined,
          page.where,
        )}
        order by ${sql.join(page.orderBy, sql`, `)}
        limit ${p.limit + 1}`,
  );
  const { items, nextCursor } = finishPage(page.keyset, fetched, p.limit);
  return {
    // Written out field by field: object rest (`{ companyId, ...c }`) costs several times more per row in V8.
    items: items.map((c) => ({
      id: c.id,
      firstName: c.firstName,
      lastName: c.lastName,
      email: c.email,
      phone: c.phone,
      jobTitle: c.jobTitle,
      ownerAccountId: c.ownerAccountId,
      tags: c.tags,
      // Both drivers hand raw timestamps over as Postgres text ("2026-03-01 10:00:00.123+00"), as Drizzle reads them.
      createdAt: c.createdAt instanceof Date ? c.createdAt : new Date(c.createdAt),
      company: ref(c.companyId, c.companyName),
    })),
    nextCursor,
  };
}

/** `{ id, name }` of a contact of this tenant, or undefined. */
export async function findContact(tx: TenantTx, tenantId: string, id: string) {
  const [row] = await tx
    .select({ id: contact.id, firstName: contact.firstName, lastName: contact.lastName })
    .from(contact)
    .where(and(eq(contact.tenantId, tenantId), eq(contact.id, id)));
  return row ? { id: row.id, name: personName(row.firstName, row.lastName) } : undefined;
}

/** The contact holding `email` as primary address (case-insensitive), other than `exceptId`. */
export async function findContactByEmail(tx: TenantTx, p: { tenantId: string; email: string; exceptId?: string }) {
  const [row] = await tx
    .select({ id: contact.id })
    .from(contact)
    .where(
      and(
        eq(contact.tenantId, p.tenantId),
        sql`lower(${contact.email}) = lower(${p.email})`,
        p.exceptId ? ne(contact.id, p.exceptId) : undefined,
      ),
    );
  return row;
}

/** The full record with its company and owner names. */
export async function getContact(tx: TenantTx, p: { tenantId: string; id: string }) {
  const [row] = await tx
    .select({
      id: contact.id,
      firstName: contact.firstName,
      lastName: contact.lastName,
      email: contact.email,
      phone: contact.phone,
      extraEmails: contact.extraEmails,
      extraPhones: contact.extraPhones,
      jobTitle: contact.jobTitle,
      companyId: contact.companyId,
      companyName: company.name,
      ownerAccountId: contact.ownerAccountId,
      ownerName: account.name,
      tags: contact.tags,
      notes: contact.notes,
      marketingConsent: contact.marketingConsent,
      marketingConsentAt: contact.marketingConsentAt,
      createdAt: contact.createdAt,
      updatedAt: contact.updatedAt,
    })
    .from(contact)
    .leftJoin(company, contactCompanyJoin)
    .leftJoin(account, eq(account.id, contact.ownerAccountId))
    .where(and(eq(contact.tenantId, p.tenantId), eq(contact.id, p.id)));
  if (!row) return undefined;
  const { companyName, ownerName, ...rest } = row;
  return { ...rest, company: ref(row.companyId, companyName), owner: ref(row.ownerAccountId, ownerName) };
}

/** The stored marketing-consent state, to tell a change from a repeat. */
export async function contactConsent(tx: TenantTx, p: { tenantId: string; id: string }) {
  const [row] = await tx
    .select({ marketingConsent: contact.marketingConsent, marketingConsentAt: contact.marketingConsentAt })
    .from(contact)
    .where(and(eq(contact.tenantId, p.tenantId), eq(contact.id, p.id)));
  return row;
}

export async function insertContact(tx: TenantTx, p: { tenantId: string; values: ContactValues }) {
  const companyName = await companyNameOf(tx, p.tenantId, p.values.companyId);
  const [row] = await tx
    .insert(contact)
    .values({ tenantId: p.tenantId, ...p.values, searchText: contactSearchText({ ...p.values, companyName }) })
    .returning({ id: contact.id });
  return row!.id;
}

/** Applies the given fields; returns false when the contact does not exist in this tenant. */
export async function updateContact(
  tx: TenantTx,
  p: { tenantId: string; id: string; patch: Partial<ContactValues> },
): Promise<boolean> {
  const where = and(eq(contact.tenantId, p.tenantId), eq(contact.id, p.id));
  const updated =
    Object.keys(p.patch).length > 0
      ? await tx.update(contact).set(p.patch).where(where).returning({ id: contact.id })
      : await tx.select({ id: contact.id }).from(contact).where(where);
  if (updated.length === 0) return false;
  await refreshContactSearchText(tx, { tenantId: p.tenantId, ids: [p.id] });
  return true;
}

/** Deletes a contact; its activities go with it (foreign key cascade), deals keep going without the contact. */
export async function deleteContact(tx: TenantTx, p: { tenantId: string; id: string }): Promise<boolean> {
  const deleted = await tx
    .delete(contact)
    .where(and(eq(contact.tenantId, p.tenantId), eq(contact.id, p.id)))
    .returning({ id: contact.id });
  return deleted.length > 0;
}
