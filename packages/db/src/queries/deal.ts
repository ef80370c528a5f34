import { and, eq, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { account, company, contact, deal, pipelineStage } from "../schema";
import { rows } from "../sql";
import type { TenantTx } from "../tenant";
import { type Direction, finishPage, type Keyset, keysetPage } from "./keyset";
import { personName, ref } from "./shared";

export type DealSort = "createdAt" | "title" | "amount";
export type DealStatus = (typeof deal.status.enumValues)[number];

/** Orderings of the deal list. Deals without an amount sort as -1 (amounts are never negative): first when ascending. */
export const dealKeysets: Record<DealSort, Keyset> = {
  createdAt: {
    tag: "deal.createdAt",
    table: deal,
    parts: [
      { expr: sql`${deal.createdAt}`, kind: "timestamp" },
      { expr: sql`${deal.id}`, kind: "uuid" },
    ],
  },
  title: {
    tag: "deal.title",
    table: deal,
    parts: [
      { expr: sql`lower(${deal.title})`, kind: "text" },
      { expr: sql`${deal.id}`, kind: "uuid" },
    ],
  },
  amount: {
    tag: "deal.amount",
    table: deal,
    parts: [
      { expr: sql`coalesce(${deal.amount}, -1)`, kind: "numeric" },
      { expr: sql`${deal.id}`, kind: "uuid" },
    ],
  },
};

export interface DealValues {
  title: string;
  companyId: string | null;
  contactId: string | null;
  amount: string | null;
  currency: string;
  stageId: string;
  expectedClose: string | null;
  ownerAccountId: string | null;
  status: DealStatus;
  lostReason: string | null;
  closedAt: Date | null;
}

export interface ListDealsParams {
  tenantId: string;
  stageId?: string;
  status?: DealStatus;
  ownerAccountId?: string;
  companyId?: string;
  contactId?: string;
  sort: DealSort;
  direction: Direction;
  cursor?: string | null;
  limit: number;
}

const contactName = {
  contactFirstName: contact.firstName,
  contactLastName: contact.lastName,
};
const companyJoin = and(eq(company.tenantId, deal.tenantId), eq(company.id, deal.companyId));
const contactJoin = and(eq(contact.tenantId, deal.tenantId), eq(contact.id, deal.contactId));

export async function listDeals(tx: TenantTx, p: ListDealsParams) {
  const keyset = dealKeysets[p.sort];
  const page = await keysetPage(tx, keyset, p.direction, p.cursor);
  const fetched = await tx
    .select({
      id: deal.id,
      title: deal.title,
      amount: deal.amount,
      currency: deal.currency,
      status: deal.status,
      stageId: deal.stageId,
      stageName: pipelineStage.name,
      companyId: deal.companyId,
      companyName: company.name,
      contactId: deal.contactId,
      ...contactName,
      ownerAccountId: deal.ownerAccountId,
      expectedClose: deal.expectedClose,
      closedAt: deal.closedAt,
      createdAt: deal.createdAt,
      _key: page.key,
    })
    .from(deal)
    .innerJoin(pipelineStage, and(eq(pipelineStage.tenantId, deal.tenantId), eq(pipelineStage.id, deal.stageId)))
    .leftJoin(company, companyJoin)
    .leftJoin(contact, contactJoin)
    .where(
      and(
        eq(deal.tenantId, p.tenantId),
        p.stageId ? eq(deal.stageId, p.stageId) : undefined,
        p.status ? eq(deal.status, p.status) : undefined,
        p.ownerAccountId ? eq(deal.ownerAccountId, p.ownerAccountId) : undefined,
        p.companyId ? eq(deal.companyId, p.companyId) : undefined,
        p.contactId ? eq(deal.contactId, p.contactId) : undefined,
        page.where,
      ),
    )
    .orderBy(...page.orderBy)
    .limit(p.limit + 1);
  const { items, nextCursor } = finishPage(page.keyset, fetched, p.limit);
  return {
    // Written out field by field: object rest (`{ stageName, ...d }`) costs several times more per row in V8.
    items: items.map((d) => ({
      id: d.id,
      title: d.title,
      amount: d.amount,
      currency: d.currency,
      status: d.status,
      stageId: d.stageId,
      ownerAccountId: d.ownerAccountId,
      expectedClose: d.expectedClose,
      closedAt: d.closedAt,
      createdAt: d.createdAt,
      stage: { id: d.stageId, name: d.stageName },
      company: ref(d.companyId, d.companyName),
      contact: ref(d.contactId, personName(d.contactFirstName, d.contactLastName)),
    })),
    nextCursor,
  };
}

const toDate = (v: unknown): Date | null => (v === null || v === undefined ? null : new Date(v as string | Date));

/**
 * The pipeline board: every stage in order with its first `cap` deals by position (one indexed lateral scan per
 * stage, so a stage with 100,000 deals costs what one with 200 does) and its full deal count.
 */
export async function dealBoard(tx: TenantTx, p: { tenantId: string; cap: number }) {
  const stages = await tx
    .select({
      id: pipelineStage.id,
      name: pipelineStage.name,
      position: pipelineStage.position,
      kind: pipelineStage.kind,
      probability: pipelineStage.probability,
    })
    .from(pipelineStage)
    .where(eq(pipelineStage.tenantId, p.tenantId))
    .orderBy(pipelineStage.position, pipelineStage.id);
  const counts = await rows<{ stage_id: string; n: number }>(
    tx,
    sql`select stage_id, count(*)::int as n from ${deal} where tenant_id = ${p.tenantId} group by stage_id`,
  );
  const cards = await rows<{
    id: string;
    stage_id: string;
    title: string;
    amount: string | null;
    currency: string;
    status: DealStatus;
    position: number;
    company_id: string | null;
    company_name: string | null;
    contact_id: string | null;
    contact_first_name: string | null;
    contact_last_name: string | null;
    owner_account_id: string | null;
    expected_close: string | null;
    closed_at: string | Date | null;
  }>(
    tx,
    sql`
    select d.id, d.stage_id, d.title, d.amount::text as amount, d.currency, d.status::text as status, d.position,
      d.company_id, co.name as company_name, d.contact_id, ct.first_name as contact_first_name,
      ct.last_name as contact_last_name, d.owner_account_id, d.expected_close::text as expected_close, d.closed_at
    from pipeline_stage s
    cross join lateral (
      select * from deal
      where deal.tenant_id = s.tenant_id and deal.stage_id = s.id
      order by deal.position, deal.id
      limit ${p.cap}
    ) d
    left join company co on co.tenant_id = d.tenant_id and co.id = d.company_id
    left join contact ct on ct.tenant_id = d.tenant_id and ct.id = d.contact_id
    where s.tenant_id = ${p.tenantId}
    order by d.position, d.id`,
  );
  const countBy = new Map(counts.map((c) => [c.stage_id, Number(c.n)]));
  const byStage = new Map<string, ReturnType<typeof card>[]>();
  function card(r: (typeof cards)[number]) {
    return {
      id: r.id,
      title: r.title,
      amount: r.amount,
      currency: r.currency,
      status: r.status,
      position: Number(r.position),
      company: ref(r.company_id, r.company_name),
      contact: ref(r.contact_id, personName(r.contact_first_name, r.contact_last_name)),
      ownerAccountId: r.owner_account_id,
      expectedClose: r.expected_close,
      closedAt: toDate(r.closed_at),
    };
  }
  for (const r of cards) {
    const list = byStage.get(r.stage_id) ?? [];
    list.push(card(r));
    byStage.set(r.stage_id, list);
  }
  return stages.map((s) => ({ ...s, dealCount: countBy.get(s.id) ?? 0, deals: byStage.get(s.id) ?? [] }));
}

const owner = alias(account, "owner");

/** The full record with its stage, company, contact and owner. */
export async function getDeal(tx: TenantTx, p: { tenantId: string; id: string }) {
  const [row] = await tx
    .select({
      id: deal.id,
      title: deal.title,
      amount: deal.amount,
      currency: deal.currency,
      status: deal.status,
      lostReason: deal.lostReason,
      closedAt: deal.closedAt,
      expectedClose: deal.expectedClose,
      position: deal.position,
      stageId: deal.stageId,
      stageName: pipelineStage.name,
      stageKind: pipelineStage.kind,
      companyId: deal.companyId,
      companyName: company.name,
      contactId: deal.contactId,
      ...contactName,
      ownerAccountId: deal.ownerAccountId,
      ownerName: owner.name,
      createdAt: deal.createdAt,
      updatedAt: deal.updatedAt,
    })
    .from(deal)
    .innerJoin(pipelineStage, and(eq(pipelineStage.tenantId, deal.tenantId), eq(pipelineStage.id, deal.stageId)))
    .leftJoin(company, companyJoin)
    .leftJoin(contact, contactJoin)
    .leftJoin(owner, eq(owner.id, deal.ownerAccountId))
    .where(and(eq(deal.tenantId, p.tenantId), eq(deal.id, p.id)));
  if (!row) return undefined;
  const { stageName, stageKind, companyName, contactFirstName, contactLastName, ownerName, ...rest } = row;
  return {
    ...rest,
    stage: { id: row.stageId, name: stageName, kind: stageKind },
    company: ref(row.companyId, companyName),
    contact: ref(row.contactId, personName(contactFirstName, contactLastName)),
    owner: ref(row.ownerAccountId, ownerName),
  };
}

/** Status fields and place of a deal, for moves. */
export async function findDeal(tx: TenantTx, tenantId: string, id: string) {
  const [row] = await tx
    .select({
      id: deal.id,
      title: deal.title,
      stageId: deal.stageId,
      position: deal.position,
      status: deal.status,
      lostReason: deal.lostReason,
      closedAt: deal.closedAt,
    })
    .from(deal)
    .where(and(eq(deal.tenantId, tenantId), eq(deal.id, id)));
  return row;
}

/** Adds a deal at the end of its stage. */
export async function insertDeal(tx: TenantTx, p: { tenantId: string; values: DealValues }) {
  const [row] = await tx
    .insert(deal)
    .values({
      tenantId: p.tenantId,
      ...p.values,
      position: sql`(select coalesce(max(${deal.position}), -1) + 1 from ${deal} where ${deal.tenantId} = ${p.tenantId} and ${deal.stageId} = ${p.values.stageId})`,
    })
    .returning({ id: deal.id });
  return row!.id;
}

/** Applies the given fields; returns false when the deal does not exist in this tenant. */
export async function updateDeal(
  tx: TenantTx,
  p: { tenantId: string; id: string; patch: Partial<DealValues> },
): Promise<boolean> {
  const where = and(eq(deal.tenantId, p.tenantId), eq(deal.id, p.id));
  const updated =
    Object.keys(p.patch).length > 0
      ? await tx.update(deal).set(p.patch).where(where).returning({ id: deal.id })
      : await tx.select({ id: deal.id }).from(deal).where(where);
  return updated.length > 0;
}

/**
 * Places deal `id` (already in stage `stageId`) right before `beforeId`, or last when `beforeId` is null, and
 * renumbers the stage 0, 1, 2, … in one statement (only rows whose position changes are written). Renumbering keeps
 * positions unique, so "before X" always means what the board shows even after concurrent inserts left ties.
 */
export async function placeDeal(
  tx: TenantTx,
  p: { tenantId: string; id: string; stageId: string; beforeId: string | null },
): Promise<void> {
  await tx.execute(sql`
    with ordered as (
      select id, (row_number() over (order by position, id))::int - 1 as rn
      from ${deal}
      where tenant_id = ${p.tenantId} and stage_id = ${p.stageId} and id <> ${p.id}
    ),
    anchor as (
      select coalesce((select rn from ordered where id = ${p.beforeId}), (select count(*)::int from ordered)) as at
    ),
    target as (
      select id, rn + (case when rn >= (select at from anchor) then 1 else 0 end) as pos from ordered
      union all
      select ${p.id}::uuid, (select at from anchor)
    )
    update ${deal} set position = target.pos
    from target
    where ${deal.tenantId} = ${p.tenantId} and ${deal.id} = target.id and ${deal.position} is distinct from target.pos`);
}

export async function deleteDeal(tx: TenantTx, p: { tenantId: string; id: string }): Promise<boolean> {
  const deleted = await tx
    .delete(deal)
    .where(and(eq(deal.tenantId, p.tenantId), eq(deal.id, p.id)))
    .returning({ id: deal.id });
  return deleted.length > 0;
}
