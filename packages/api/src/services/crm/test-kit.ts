// Test support for the CRM routers: a real database (PGlite, or Postgres with DATABASE_URL), tenants with an owner,
// an admin and a member, an outsider, and callers signed in as each of them. Not a test file itself.
import { randomUUID } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createDiskBlobStore, type DiskBlobStore } from "@abante/blob";
import { schema, withTenant } from "@abante/db";
import { createTestDb, type TestDb } from "@abante/db/testing";
import { TRPCError } from "@trpc/server";
import { expect } from "vitest";
import { createContext } from "../../context";
import { appRouter } from "../../root";
import { createCallerFactory } from "../../trpc";

const createCaller = createCallerFactory(appRouter);
export type Caller = ReturnType<typeof createCaller>;

export interface TenantFixture {
  slug: string;
  tenantId: string;
  ownerId: string;
  adminId: string;
  memberId: string;
}

export interface Kit {
  t: TestDb;
  /** The attachment store every caller's context uses (a temporary directory, removed by close). */
  blobs: DiskBlobStore;
  /** A caller signed in as `accountId`; `now` fixes the clock. */
  as(accountId: string, now?: () => Date): Caller;
  /** A tenant with an owner, an admin and a member (no contacts). */
  tenant(slug: string): Promise<TenantFixture>;
  /** An account that belongs to no tenant. */
  account(label: string): Promise<string>;
  close(): Promise<void>;
}

export async function crmKit(): Promise<Kit> {
  const t = await createTestDb();
  const blobDir = await mkdtemp(join(tmpdir(), "abante-crm-blobs-"));
  const blobs = createDiskBlobStore(blobDir);
  const account = async (label: string) => {
    const id = randomUUID();
    await t.db.insert(schema.account).values({ id, email: `${label}-${id.slice(-8)}@people.example`, name: label });
    return id;
  };
  return {
    t,
    blobs,
    as: (accountId, now) =>
      createCaller(
        createContext({
          db: t.db,
          session: { sessionId: `s-${accountId}`, accountId, staffRole: null },
          now,
          blobs,
        }),
      ),
    account,
    async tenant(slug) {
      const ownerId = await account(`owner of ${slug}`);
      const tenantId = randomUUID();
      await t.db.insert(schema.tenant).values({ id: tenantId, slug, name: `Tenant ${slug}`, ownerAccountId: ownerId });
      const adminId = await account(`admin of ${slug}`);
      const memberId = await account(`member of ${slug}`);
      await withTenant(t.db, tenantId, (tx) =>
        tx.insert(schema.membership).values([
          { tenantId, accountId: ownerId, role: "owner" },
          { tenantId, accountId: adminId, role: "admin" },
          { tenantId, accountId: memberId, role: "member" },
        ]),
      );
      return { slug, tenantId, ownerId, adminId, memberId };
    },
    async close() {
      await t.close();
      await rm(blobDir, { recursive: true, force: true });
    },
  };
}

/** The tRPC error a call rejected with (fails the test when it resolved). */
export async function rejection(
  call: Promise<unknown>,
): Promise<TRPCError & { fieldErrors?: Record<string, string[]> }> {
  try {
    await call;
  } catch (err) {
    expect(err).toBeInstanceOf(TRPCError);
    const e = err as TRPCError;
    const cause = e.cause as
      | { fieldErrors?: Record<string, string[]>; issues?: { path: PropertyKey[]; message: string }[] }
      | undefined;
    // Service errors carry their field errors; Zod input errors carry issues with paths (the HTTP formatter turns
    // both into `data.fieldErrors`).
    let fieldErrors = cause?.fieldErrors;
    if (!fieldErrors && cause?.issues) {
      fieldErrors = {};
      for (const issue of cause.issues) {
        const key = issue.path.map(String).join(".") || "_";
        fieldErrors[key] = [...(fieldErrors[key] ?? []), issue.message];
      }
    }
    return Object.assign(e, { fieldErrors });
  }
  throw new Error("expected the call to be rejected, but it succeeded");
}

/**
 * Walks every page of a keyset list and checks the promise of keyset pagination: the pages together are exactly
 * the one-page answer, in the same order: no duplicates, no gaps.
 */
export async function walkPages<T extends { id: string }>(
  fetch: (cursor: string | null, limit: number) => Promise<{ items: T[]; nextCursor: string | null }>,
  pageSize: number,
): Promise<T[]> {
  const all = await fetch(null, 200);
  expect(all.nextCursor).toBeNull();
  const walked: T[] = [];
  let cursor: string | null = null;
  for (let page = 0; page < 1000; page++) {
    const res = await fetch(cursor, pageSize);
    expect(res.items.length).toBeLessThanOrEqual(pageSize);
    walked.push(...res.items);
    if (res.nextCursor === null) break;
    expect(res.items.length).toBe(pageSize);
    cursor = res.nextCursor;
  }
  const ids = walked.map((r) => r.id);
  expect(new Set(ids).size).toBe(ids.length);
  expect(ids).toEqual(all.items.map((r) => r.id));
  return walked;
}
