import { and, eq, sql } from "drizzle-orm";
import { account, activity, company, contact, deal } from "../schema";
import type { TenantTx } from "../tenant";
import { finishPage, type Keyset, keysetPage } from "./keyset";
import { personName, ref } from "./shared";

export type ActivityKind = (typeof activity.kind.enumValues)[number];
export type ActivityDirection = (typeof activity.direction.enumValues)[number];

/** Timelines run newest first; the id breaks ties between activities of the same instant. */
export const timelineKeyset: Keyset = {
  tag: "activity.occurredAt",
  table: activity,
  parts: [
    { expr: sql`${activity.occurredAt}`, kind: "timestamp" },
    { expr: sql`${activity.id}`, kind: "uuid" },
  ],
};

export interface ActivityValues {
  kind: ActivityKind;
  subject: string;
  body: string | null;
  direction: ActivityDirection | null;
  occurredAt: Date;
  contactId: string | null;
  companyId: string | null;
  dealId: string | null;
}

/** The record a timeline belongs to. */
export type TimelineOf = { contactId: string } | { companyId: string } | { dealId: string };

const itemColumns = {
  id: activity.id,
  kind: activity.kind,
  subject: activity.subject,
  body: activity.body,
  direction: activity.direction,
  occurredAt: activity.occurredAt,
  contactId: activity.contactId,
  contactFirstName: contact.firstName,
  contactLastName: contact.lastName,
  companyId: activity.companyId,
  companyName: company.name,
  dealId: activity.dealId,
  dealTitle: deal.title,
  authorAccountId: activity.authorAccountId,
  authorName: account.name,
  createdAt: activity.createdAt,
  updatedAt: activity.updatedAt,
};

/** An activity with the names of its links and author. */
function selectItems(tx: TenantTx) {
  return tx
    .select(itemColumns)
    .from(activity)
    .leftJoin(contact, and(eq(contact.tenantId, activity.tenantId), eq(contact.id, activity.contactId)))
    .leftJoin(company, and(eq(company.tenantId, activity.tenantId), eq(company.id, activity.companyId)))
    .leftJoin(deal, and(eq(deal.tenantId, activity.tenantId), eq(deal.id, activity.dealId)))
    .leftJoin(account, eq(account.id, activity.authorAccountId));
}
type ItemRow = Awaited<ReturnType<typeof selectItems>>[number];

function toItem(r: ItemRow) {
  const { contactFirstName, contactLastName, companyName, dealTitle, authorName, ...rest } = r;
  return {
    id: rest.id,
    kind: rest.kind,
    subject: rest.subject,
    body: rest.body,
    direction: rest.direction,
    occurredAt: rest.occurredAt,
    contact: ref(rest.contactId, personName(contactFirstName, contactLastName)),
    company: ref(rest.companyId, companyName),
    deal: rest.dealId === null ? null : { id: rest.dealId, title: dealTitle ?? "" },
    authorAccountId: rest.authorAccountId,
    author: ref(rest.authorAccountId, authorName),
    createdAt: rest.createdAt,
    updatedAt: rest.updatedAt,
  };
}

/** One page of a record's timeline, newest first. */
export async function listTimeline(
  tx: TenantTx,
  p: { tenantId: string; of: TimelineOf; kind?: ActivityKind; cursor?: string | null; limit: number },
) {
  const page = await keysetPage(tx, timelineKeyset, "desc", p.cursor);
  const link =
    "contactId" in p.of
      ? eq(activity.contactId, p.of.contactId)
      : "companyId" in p.of
        ? eq(activity.companyId, p.of.companyId)
        : eq(activity.dealId, p.of.dealId);
  const fetched = await tx
    .select({ ...itemColumns, _key: page.key })
    .from(activity)
    .leftJoin(contact, and(eq(contact.tenantId, activity.tenantId), eq(contact.id, activity.contactId)))
    .leftJoin(company, and(eq(company.tenantId, activity.tenantId), eq(company.id, activity.companyId)))
    .leftJoin(deal, and(eq(deal.tenantId, activity.tenantId), eq(deal.id, activity.dealId)))
    .leftJoin(account, eq(account.id, activity.authorAccountId))
    .where(and(eq(activity.tenantId, p.tenantId), link, p.kind ? eq(activity.kind, p.kind) : undefined, page.where))
    .orderBy(...page.orderBy)
    .limit(p.limit + 1);
  const { items, nextCursor } = finishPage(page.keyset, fetched, p.limit);
  return { items: items.map(toItem), nextCursor };
}

/** One activity as its timeline shows it. */
export async function getActivity(tx: TenantTx, p: { tenantId: string; id: string }) {
  const [row] = await selectItems(tx).where(and(eq(activity.tenantId, p.tenantId), eq(activity.id, p.id)));
  return row ? toItem(row) : undefined;
}

/** The links of an activity, to validate an update against. */
export async function findActivity(tx: TenantTx, tenantId: string, id: string) {
  const [row] = await tx
    .select({ id: activity.id, contactId: activity.contactId, companyId: activity.companyId, dealId: activity.dealId })
    .from(activity)
    .where(and(eq(activity.tenantId, tenantId), eq(activity.id, id)));
  return row;
}

export async function insertActivity(
  tx: TenantTx,
  p: { tenantId: string; values: ActivityValues; authorAccountId: string },
) {
  const [row] = await tx
    .insert(activity)
    .values({ tenantId: p.tenantId, ...p.values, authorAccountId: p.authorAccountId })
    .returning({ id: activity.id });
  return row!.id;
}

export async function updateActivity(
  tx: TenantTx,
  p: { tenantId: string; id: string; patch: Partial<ActivityValues> },
): Promise<boolean> {
  const where = and(eq(activity.tenantId, p.tenantId), eq(activity.id, p.id));
  const updated =
    Object.keys(p.patch).length > 0
      ? await tx.update(activity).set(p.patch).where(where).returning({ id: activity.id })
      : await tx.select({ id: activity.id }).from(activity).where(where);
  return updated.length > 0;
}

export async function deleteActivity(tx: TenantTx, p: { tenantId: string; id: string }): Promise<boolean> {
  const deleted = await tx
    .delete(activity)
    .where(and(eq(activity.tenantId, p.tenantId), eq(activity.id, p.id)))
    .returning({ id: activity.id });
  return deleted.length > 0;
}
