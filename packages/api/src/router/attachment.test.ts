import { createHash, randomUUID } from "node:crypto";
import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import {
  createDiskBlobStore,
  DEFAULT_MAX_FILE_BYTES,
  DEFAULT_MAX_TENANT_BYTES,
  type DiskBlobStore,
} from "@abante/blob";
import { schema, seedTenant, withTenant } from "@abante/db";
import { createTestDb, type TestDb } from "@abante/db/testing";
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createContext } from "../context";
import { appRouter } from "../root";
import { createCallerFactory } from "../trpc";

let t: TestDb;
let dir: string;
let store: DiskBlobStore;
const QUOTA = 10_000_000;
const createCaller = createCallerFactory(appRouter);

interface Fixture {
  tenantId: string;
  slug: string;
  ownerId: string;
  memberId: string;
  contactIds: string[];
}
let a: Fixture;
let b: Fixture;

async function fixture(slug: string): Promise<Fixture> {
  const seeded = await seedTenant(t.db, slug, 2);
  const memberId = randomUUID();
  await t.db.insert(schema.account).values({ id: memberId, email: `member@${slug}.example`, name: "Member" });
  await withTenant(t.db, seeded.tenantId, (tx) =>
    tx.insert(schema.membership).values({ tenantId: seeded.tenantId, accountId: memberId, role: "member" }),
  );
  return { ...seeded, slug, memberId };
}

const as = (accountId: string | null) =>
  createCaller(
    createContext({
      db: t.db,
      session: accountId ? { sessionId: "s", accountId, staffRole: null } : null,
      blobs: store,
      uploadLimits: { maxFileBytes: 1_000_000, maxTenantBytes: QUOTA },
    }),
  );

/** Stores bytes and inserts the row, as the upload route does. */
async function attach(
  f: Fixture,
  contactIndex: number,
  content: string,
  opts: { createdAt: Date; thumbnail?: boolean; contentType?: string },
) {
  const id = randomUUID();
  const blobKey = `t/${f.tenantId}/${id}`;
  const put = await store.put(blobKey, Readable.from([Buffer.from(content)]), { maxBytes: 1 << 20 });
  let thumbnailKey: string | null = null;
  if (opts.thumbnail) {
    thumbnailKey = `${blobKey}.thumb.webp`;
    await store.put(thumbnailKey, Readable.from([Buffer.from("webp")]), { maxBytes: 100 });
  }
  await withTenant(t.db, f.tenantId, (tx) =>
    tx.insert(schema.attachment).values({
      tenantId: f.tenantId,
      id,
      entityKind: "contact",
      entityId: f.contactIds[contactIndex]!,
      fileName: `${content}.txt`,
      contentType: opts.contentType ?? "text/plain",
      sizeBytes: put.size,
      sha256: put.sha256,
      blobKey,
      thumbnailKey,
      uploadedBy: f.ownerId,
      createdAt: opts.createdAt,
    }),
  );
  return { id, blobKey, thumbnailKey };
}

async function blobFiles(): Promise<string[]> {
  const entries = await readdir(store.rootDir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(store.rootDir.length + 1))
    .sort();
}

async function codeOf(call: Promise<unknown>): Promise<string> {
  try {
    await call;
  } catch (err) {
    expect(err).toBeInstanceOf(TRPCError);
    return (err as TRPCError).code;
  }
  throw new Error("expected the call to be refused");
}

beforeAll(async () => {
  t = await createTestDb();
  dir = await mkdtemp(join(tmpdir(), "abante-attachment-"));
  store = createDiskBlobStore(join(dir, "blobs"));
  a = await fixture("acme");
  b = await fixture("globex");
});
afterAll(async () => {
  await t?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe("P8 attachment.list", () => {
  it("P8 lists a record's files newest first, with thumbnail flag and download URLs", async () => {
    const older = await attach(a, 0, "older", { createdAt: new Date("2026-01-01T00:00:00Z") });
    const newer = await attach(a, 0, "newer", {
      createdAt: new Date("2026-02-01T00:00:00Z"),
      thumbnail: true,
      contentType: "image/png",
    });
    await attach(a, 1, "other-record", { createdAt: new Date("2026-03-01T00:00:00Z") });

    const list = await as(a.memberId).attachment.list({
      tenant: "acme",
      entityKind: "contact",
      entityId: a.contactIds[0]!,
    });
    expect(list.map((r) => r.id)).toEqual([newer.id, older.id]);
    expect(list[0]).toEqual({
      id: newer.id,
      entityKind: "contact",
      entityId: a.contactIds[0],
      fileName: "newer.txt",
      contentType: "image/png",
      sizeBytes: 5,
      sha256: createHash("sha256").update("newer").digest("hex"),
      uploadedBy: a.ownerId,
      createdAt: new Date("2026-02-01T00:00:00Z"),
      hasThumbnail: true,
      downloadUrl: `/api/t/acme/attachments/${newer.id}`,
      inlineUrl: `/api/t/acme/attachments/${newer.id}?inline=1`,
      thumbnailUrl: `/api/t/acme/attachments/${newer.id}/thumbnail`,
    });
    expect(list[1]).toMatchObject({ hasThumbnail: false, inlineUrl: null, thumbnailUrl: null });
    expect(list[0]).not.toHaveProperty("blobKey");
  });

  it("P8 answers NOT_FOUND for another tenant's record, a non-member, and UNAUTHORIZED when signed out", async () => {
    await attach(b, 0, "secret", { createdAt: new Date() });
    const theirs = { entityKind: "contact" as const, entityId: b.contactIds[0]! };
    expect(await codeOf(as(a.ownerId).attachment.list({ tenant: "acme", ...theirs }))).toBe("NOT_FOUND");
    expect(await codeOf(as(a.ownerId).attachment.list({ tenant: "globex", ...theirs }))).toBe("NOT_FOUND");
    expect(await codeOf(as(null).attachment.list({ tenant: "globex", ...theirs }))).toBe("UNAUTHORIZED");
    expect(await as(b.memberId).attachment.list({ tenant: "globex", ...theirs })).toHaveLength(1);
  });
});

describe("P8 P19 attachment.delete", () => {
  it("P19 lets a member delete a file: the row, its bytes and its thumbnail go", async () => {
    const file = await attach(a, 1, "to-delete", { createdAt: new Date(), thumbnail: true });
    expect(await blobFiles()).toEqual(expect.arrayContaining([file.blobKey, file.thumbnailKey]));
    expect(await as(a.memberId).attachment.delete({ tenant: "acme", id: file.id })).toEqual({ id: file.id });
    const left = await withTenant(t.db, a.tenantId, (tx) => tx.select().from(schema.attachment));
    expect(left.map((r) => r.id)).not.toContain(file.id);
    expect(await store.stat(file.blobKey)).toBeNull();
    expect(await store.stat(file.thumbnailKey!)).toBeNull();
    expect(await codeOf(as(a.memberId).attachment.delete({ tenant: "acme", id: file.id }))).toBe("NOT_FOUND");
  });

  it("P8 cannot delete another tenant's file: NOT_FOUND, and the row and bytes stay", async () => {
    const theirs = await attach(b, 1, "keep-me", { createdAt: new Date() });
    expect(await codeOf(as(a.ownerId).attachment.delete({ tenant: "acme", id: theirs.id }))).toBe("NOT_FOUND");
    expect(await codeOf(as(a.ownerId).attachment.delete({ tenant: "globex", id: theirs.id }))).toBe("NOT_FOUND");
    const rows = await withTenant(t.db, b.tenantId, (tx) => tx.select().from(schema.attachment));
    expect(rows.map((r) => r.id)).toContain(theirs.id);
    expect(await store.stat(theirs.blobKey)).toEqual({ size: "keep-me".length });
  });
});

describe("P8 attachment.usage", () => {
  it("sums the tenant's own files against the quota", async () => {
    const c = await fixture("initech");
    expect(await as(c.ownerId).attachment.usage({ tenant: "initech" })).toEqual({
      usedBytes: 0,
      quotaBytes: QUOTA,
      fileCount: 0,
    });
    await attach(c, 0, "12345", { createdAt: new Date() });
    await attach(c, 1, "1234567890", { createdAt: new Date() });
    expect(await as(c.memberId).attachment.usage({ tenant: "initech" })).toEqual({
      usedBytes: 15,
      quotaBytes: QUOTA,
      fileCount: 2,
    });
    expect(await codeOf(as(a.ownerId).attachment.usage({ tenant: "initech" }))).toBe("NOT_FOUND");
  });

  it("reports the default quota for a context given no limits", async () => {
    const caller = createCaller(
      createContext({ db: t.db, session: { sessionId: "s", accountId: a.ownerId, staffRole: null } }),
    );
    const usage = await caller.attachment.usage({ tenant: "acme" });
    expect(usage.quotaBytes).toBe(DEFAULT_MAX_TENANT_BYTES);
    expect(usage.fileCount).toBeGreaterThan(0);
    expect(createContext({ db: t.db }).uploadLimits).toEqual({
      maxFileBytes: DEFAULT_MAX_FILE_BYTES,
      maxTenantBytes: DEFAULT_MAX_TENANT_BYTES,
    });
  });
});
