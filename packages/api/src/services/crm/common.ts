import type { BlobStore } from "@abante/blob";
import type { TenantTx } from "@abante/db";
import { InvalidCursorError, membersAmong } from "@abante/db/queries";
import type { Logger } from "../../context";
import { ValidationError } from "../../errors";
import type { MembershipRole } from "../tenant-access";

/** What a CRM service needs from a tenant procedure's context: never a plain database handle. */
export interface CrmCtx {
  tenant: { id: string; role: MembershipRole };
  session: { accountId: string };
  withTenant: <T>(fn: (tx: TenantTx) => Promise<T>) => Promise<T>;
  now: () => Date;
  /** Attachment bytes: deleting a record removes its files (P19). */
  blobs: BlobStore;
  log: Logger;
}

/**
 * The fields of a parsed update input: without `tenant` and `id`, and without keys that came as undefined. The update
 * schemas add no defaults, so what is left is exactly what the client sent.
 */
export function patchOf<T extends { tenant: string; id: string }>(input: T): Partial<Omit<T, "tenant" | "id">> {
  const { tenant: _tenant, id: _id, ...fields } = input;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(fields)) if (value !== undefined) out[key] = value;
  return out as Partial<Omit<T, "tenant" | "id">>;
}

/** Collects field-level problems and throws them together, so a form shows every mistake at once. */
export class FieldProblems {
  private readonly errors: Record<string, string[]> = {};
  add(field: string, message: string): void {
    const list = this.errors[field] ?? [];
    list.push(message);
    this.errors[field] = list;
  }
  get empty(): boolean {
    return Object.keys(this.errors).length === 0;
  }
  throwIfAny(message = "Some fields are not valid."): void {
    if (!this.empty) throw new ValidationError(message, this.errors);
  }
}

export const NOT_A_MEMBER = "Choose a member of this CRM database.";

/** Owners (and employees' accounts) must be members of the tenant: an account from elsewhere is refused per field. */
export async function checkMembers(
  tx: TenantTx,
  tenantId: string,
  fields: Record<string, string | null | undefined>,
  problems: FieldProblems,
): Promise<void> {
  const wanted = Object.values(fields).filter((v): v is string => typeof v === "string");
  const members = await membersAmong(tx, tenantId, wanted);
  for (const [field, accountId] of Object.entries(fields)) {
    if (typeof accountId === "string" && !members.has(accountId)) problems.add(field, NOT_A_MEMBER);
  }
}

/** Runs a list query; a stale or foreign cursor becomes a field error instead of a 500. */
export async function paged<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (err) {
    if (err instanceof InvalidCursorError) throw new ValidationError(err.message, { cursor: [err.message] });
    throw err;
  }
}

/** The Postgres error code and constraint behind a Drizzle error, if any. */
export function pgViolation(err: unknown): { code: string; constraint?: string } | undefined {
  let e = err as { code?: unknown; constraint_name?: unknown; constraint?: unknown; cause?: unknown } | undefined;
  for (let depth = 0; e && depth < 4; depth++) {
    if (typeof e.code === "string" && /^[0-9A-Z]{5}$/.test(e.code)) {
      const constraint = (e.constraint_name ?? e.constraint) as string | undefined;
      return { code: e.code, constraint };
    }
    e = e.cause as typeof e;
  }
  return undefined;
}
