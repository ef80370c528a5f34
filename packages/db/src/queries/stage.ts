import { and, asc, count, eq, sql } from "drizzle-orm";
import { deal, pipelineStage } from "../schema";
import type { TenantTx } from "../tenant";

export type StageKind = (typeof pipelineStage.kind.enumValues)[number];

export interface StageValues {
  name: string;
  kind: StageKind;
  probability: number;
}

const stageColumns = {
  id: pipelineStage.id,
  name: pipelineStage.name,
  position: pipelineStage.position,
  kind: pipelineStage.kind,
  probability: pipelineStage.probability,
};

/** The pipeline in board order, with how many deals sit in each stage. */
export async function listStages(tx: TenantTx, tenantId: string) {
  const stages = await tx
    .select(stageColumns)
    .from(pipelineStage)
    .where(eq(pipelineStage.tenantId, tenantId))
    .orderBy(asc(pipelineStage.position), asc(pipelineStage.id));
  const counts = await tx
    .select({ stageId: deal.stageId, n: count() })
    .from(deal)
    .where(eq(deal.tenantId, tenantId))
    .groupBy(deal.stageId);
  const byStage = new Map(counts.map((c) => [c.stageId, c.n]));
  return stages.map((s) => ({ ...s, dealCount: byStage.get(s.id) ?? 0 }));
}

export async function findStage(tx: TenantTx, tenantId: string, id: string) {
  const [row] = await tx
    .select(stageColumns)
    .from(pipelineStage)
    .where(and(eq(pipelineStage.tenantId, tenantId), eq(pipelineStage.id, id)));
  return row;
}

/** Adds a stage at the end of the pipeline. */
export async function insertStage(tx: TenantTx, p: { tenantId: string; values: StageValues }) {
  const [row] = await tx
    .insert(pipelineStage)
    .values({
      tenantId: p.tenantId,
      ...p.values,
      position: sql`(select coalesce(max(${pipelineStage.position}), -1) + 1 from ${pipelineStage} where ${pipelineStage.tenantId} = ${p.tenantId})`,
    })
    .returning(stageColumns);
  return row!;
}

export async function updateStage(tx: TenantTx, p: { tenantId: string; id: string; patch: Partial<StageValues> }) {
  const where = and(eq(pipelineStage.tenantId, p.tenantId), eq(pipelineStage.id, p.id));
  const [row] =
    Object.keys(p.patch).length > 0
      ? await tx.update(pipelineStage).set(p.patch).where(where).returning(stageColumns)
      : await tx.select(stageColumns).from(pipelineStage).where(where);
  return row;
}

/** Ids of all stages of the tenant. */
export async function stageIds(tx: TenantTx, tenantId: string): Promise<string[]> {
  const found = await tx
    .select({ id: pipelineStage.id })
    .from(pipelineStage)
    .where(eq(pipelineStage.tenantId, tenantId));
  return found.map((r) => r.id);
}

/** Puts the stages in the order of `ids` (which must be all of them): positions 0, 1, 2, … */
export async function reorderStages(tx: TenantTx, p: { tenantId: string; ids: string[] }): Promise<void> {
  const list = sql.join(
    p.ids.map((id) => sql`${id}::uuid`),
    sql`, `,
  );
  await tx.execute(sql`
    update ${pipelineStage} set position = o.ord - 1
    from unnest(array[${list}]) with ordinality as o(id, ord)
    where ${pipelineStage.tenantId} = ${p.tenantId} and ${pipelineStage.id} = o.id`);
}

export async function countDealsInStage(tx: TenantTx, tenantId: string, stageId: string): Promise<number> {
  const [row] = await tx
    .select({ n: count() })
    .from(deal)
    .where(and(eq(deal.tenantId, tenantId), eq(deal.stageId, stageId)));
  return row?.n ?? 0;
}

/** Deletes a stage; the deal foreign key refuses while deals still use it. */
export async function deleteStage(tx: TenantTx, p: { tenantId: string; id: string }): Promise<boolean> {
  const deleted = await tx
    .delete(pipelineStage)
    .where(and(eq(pipelineStage.tenantId, p.tenantId), eq(pipelineStage.id, p.id)))
    .returning({ id: pipelineStage.id });
  return deleted.length > 0;
}
