import { createHash, randomBytes } from "node:crypto";
import { mkdtemp, readdir, rm } from "node:fs/promises";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createSession, SESSION_COOKIE } from "@abante/auth";
import { type BlobStore, createDiskBlobStore, type UploadLimits } from "@abante/blob";
import { schema, seedTenant, withTenant } from "@abante/db";
import { createTestDb, type TestDb } from "@abante/db/testing";
import type { FastifyInstance } from "fastify";
import sharp from "sharp";
import superjson from "superjson";
import { uuidv7 } from "uuidv7";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { buildServer } from "../app";
import { cleanFileName, contentDisposition, parseRange } from "./files";

// The real server (session cookie, same-origin check, rate limits) over a temporary blob root, with test-sized
// limits where a test needs them.

let t: TestDb;
let dir: string;
let blobRoot: string;
const clock = new Date("2026-03-01T10:00:00Z");

interface Tenant {
  tenantId: string;
  slug: string;
  contactIds: string[];
  ownerCookie: string;
}
let a: Tenant;
let b: Tenant;
let memberCookie: string;

async function cookieFor(accountId: string): Promise<string> {
  const { token } = await createSession(t.db, { accountId, now: new Date() });
  return `${SESSION_COOKIE}=${token}`;
}

async function tenant(slug: string): Promise<Tenant> {
  const seeded = await seedTenant(t.db, slug, 2);
  return { ...seeded, slug, ownerCookie: await cookieFor(seeded.ownerId) };
}

beforeAll(async () => {
  t = await createTestDb();
  dir = await mkdtemp(join(tmpdir(), "abante-files-"));
  a = await tenant("acme");
  b = await tenant("globex");
  // A plain member of acme (not admin): members work with data, files included.
  const memberId = uuidv7();
  await t.db.insert(schema.account).values({ id: memberId, email: "member@acme.example", name: "Member" });
  await withTenant(t.db, a.tenantId, (tx) =>
    tx.insert(schema.membership).values({ tenantId: a.tenantId, accountId: memberId, role: "member" }),
  );
  memberCookie = await cookieFor(memberId);
});
afterAll(async () => {
  await t?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

let blobCounter = 0;
beforeEach(() => {
  // A fresh blob root per test, so "nothing stored" is checked against an empty directory.
  blobRoot = join(dir, `blobs-${++blobCounter}`);
});

/** The server over `store` (default: the disk store at this test's blob root), for the routes and the API alike. */
async function server(overrides: { store?: BlobStore; limits?: Partial<UploadLimits> } = {}): Promise<FastifyInstance> {
  return buildServer({
    db: t.db,
    app: { version: "test", startedAt: new Date() },
    now: () => clock,
    blobs: overrides.store ?? createDiskBlobStore(blobRoot),
    uploadLimits: overrides.limits,
  });
}

/** Every file under the blob root (temp files included), relative. */
async function blobFiles(): Promise<string[]> {
  try {
    const entries = await readdir(blobRoot, { recursive: true, withFileTypes: true });
    return entries
      .filter((e) => e.isFile())
      .map((e) => join(e.parentPath, e.name).slice(blobRoot.length + 1))
      .sort();
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw err;
  }
}

async function attachmentRows(tenantId: string) {
  return withTenant(t.db, tenantId, (tx) => tx.select().from(schema.attachment));
}

const sameOrigin = { host: "localhost:80", origin: "http://localhost:80" };
const sha256 = (buf: Buffer) => createHash("sha256").update(buf).digest("hex");

/** A multipart/form-data body with one file part, built by hand (the declared type is whatever a client says). */
function multipart(fileName: string, declaredType: string, bytes: Buffer) {
  const boundary = `----abante${randomBytes(8).toString("hex")}`;
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\n` +
      `Content-Type: ${declaredType}\r\n\r\n`,
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  return { body: Buffer.concat([head, bytes, tail]), contentType: `multipart/form-data; boundary=${boundary}` };
}

interface UploadOptions {
  cookie?: string | null;
  slug?: string;
  entityKind?: string;
  entityId?: string;
  fileName?: string;
  declaredType?: string;
}

async function upload(app: FastifyInstance, bytes: Buffer, o: UploadOptions = {}) {
  const form = multipart(o.fileName ?? "file.bin", o.declaredType ?? "application/octet-stream", bytes);
  const cookie = o.cookie === undefined ? a.ownerCookie : o.cookie;
  return app.inject({
    method: "POST",
    url: `/api/t/${o.slug ?? a.slug}/attachments?entityKind=${o.entityKind ?? "contact"}&entityId=${o.entityId ?? a.contactIds[0]}`,
    headers: { ...sameOrigin, "content-type": form.contentType, ...(cookie ? { cookie } : {}) },
    payload: form.body,
  });
}

async function download(app: FastifyInstance, path: string, headers: Record<string, string> = {}, cookie?: string) {
  return app.inject({ method: "GET", url: path, headers: { cookie: cookie ?? a.ownerCookie, ...headers } });
}

const pdf = (n: number) => Buffer.concat([Buffer.from("%PDF-1.7\n"), randomBytes(n - 9)]);
const png = (width = 640, height = 480) =>
  sharp({ create: { width, height, channels: 3, background: { r: 200, g: 30, b: 30 } } })
    .png()
    .toBuffer();

describe("P8 attachments: upload and download", () => {
  it("P8 stores an upload on the tenant's record and gives back identical bytes with their SHA-256", async () => {
    const app = await server();
    const bytes = pdf(300_000);
    const res = await upload(app, bytes, { fileName: "Résumé 2026 (final).pdf", declaredType: "application/pdf" });
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body).toMatchObject({
      entityKind: "contact",
      entityId: a.contactIds[0],
      fileName: "Résumé 2026 (final).pdf",
      contentType: "application/pdf",
      sizeBytes: bytes.length,
      sha256: sha256(bytes),
      createdAt: clock.toISOString(),
      hasThumbnail: false,
      downloadUrl: `/api/t/acme/attachments/${body.id}`,
      inlineUrl: `/api/t/acme/attachments/${body.id}?inline=1`,
      thumbnailUrl: null,
    });

    const [row] = await attachmentRows(a.tenantId);
    expect(row).toMatchObject({ id: body.id, blobKey: `t/${a.tenantId}/${body.id}`, sha256: sha256(bytes) });
    expect(await blobFiles()).toEqual([`t/${a.tenantId}/${body.id}`]);

    const got = await download(app, body.downloadUrl);
    expect(got.statusCode).toBe(200);
    expect(got.rawPayload.equals(bytes)).toBe(true);
    expect(sha256(got.rawPayload)).toBe(body.sha256);
    expect(got.headers).toMatchObject({
      "content-type": "application/pdf",
      "content-length": String(bytes.length),
      "accept-ranges": "bytes",
      etag: `"${body.sha256}"`,
      "x-content-type-options": "nosniff",
    });
    expect(got.headers["cache-control"]).toMatch(/^private\b/);
    expect(got.headers["content-disposition"]).toBe(
      `attachment; filename="Resume 2026 (final).pdf"; filename*=UTF-8''R%C3%A9sum%C3%A9%202026%20%28final%29.pdf`,
    );

    const inline = await download(app, body.inlineUrl);
    expect(inline.headers["content-disposition"]).toMatch(/^inline; /);
    const revalidate = await download(app, body.downloadUrl, { "if-none-match": `"${body.sha256}"` });
    expect(revalidate.statusCode).toBe(304);
    await app.close();
  });

  it("serves a byte range (206) and refuses an unsatisfiable one (416)", async () => {
    const app = await server();
    const bytes = pdf(100_000);
    const { downloadUrl } = (await upload(app, bytes)).json();

    const slice = await download(app, downloadUrl, { range: "bytes=1000-1999" });
    expect(slice.statusCode).toBe(206);
    expect(slice.headers["content-range"]).toBe(`bytes 1000-1999/${bytes.length}`);
    expect(slice.headers["content-length"]).toBe("1000");
    expect(slice.rawPayload.equals(bytes.subarray(1000, 2000))).toBe(true);

    const suffix = await download(app, downloadUrl, { range: "bytes=-500" });
    expect(suffix.statusCode).toBe(206);
    expect(suffix.rawPayload.equals(bytes.subarray(bytes.length - 500))).toBe(true);

    const open = await download(app, downloadUrl, { range: "bytes=99990-" });
    expect(open.headers["content-range"]).toBe(`bytes 99990-99999/${bytes.length}`);
    expect(open.rawPayload.equals(bytes.subarray(99990))).toBe(true);

    const beyond = await download(app, downloadUrl, { range: `bytes=${bytes.length}-` });
    expect(beyond.statusCode).toBe(416);
    expect(beyond.headers["content-range"]).toBe(`bytes */${bytes.length}`);

    // A stale If-Range (the file changed) gets the whole file, not a piece of something else.
    const stale = await download(app, downloadUrl, { range: "bytes=0-9", "if-range": '"other"' });
    expect(stale.statusCode).toBe(200);
    expect(stale.rawPayload.length).toBe(bytes.length);
    await app.close();
  });

  it("lets a plain member upload, and answers 404 for an unknown record or file", async () => {
    const app = await server();
    const res = await upload(app, pdf(1000), { cookie: memberCookie, entityKind: "company", entityId: uuidv7() });
    expect(res.statusCode).toBe(404);
    const ok = await upload(app, pdf(1000), { cookie: memberCookie });
    expect(ok.statusCode).toBe(201);
    expect(ok.json().uploadedBy).not.toBe(null);
    expect((await download(app, `/api/t/acme/attachments/${uuidv7()}`)).statusCode).toBe(404);
    expect((await download(app, "/api/t/acme/attachments/not-a-uuid")).statusCode).toBe(404);
    const bad = await upload(app, pdf(1000), { entityKind: "spaceship" });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fieldErrors.entityKind).toBeDefined();
    await app.close();
  });
});

describe("P8 attachments: limits", () => {
  it("refuses a file over FILE_MAX_BYTES with 413 naming the limit, and stores nothing", async () => {
    const app = await server({ limits: { maxFileBytes: 64 * 1024 } });
    const rowsBefore = (await attachmentRows(a.tenantId)).length;
    const res = await upload(app, pdf(200_000));
    expect(res.statusCode).toBe(413);
    expect(res.json().error).toMatchObject({ code: "FILE_TOO_LARGE", limitBytes: 64 * 1024 });
    expect(res.json().error.message).toContain("64 KiB");
    expect(await blobFiles()).toEqual([]); // no blob and no temp file
    expect(await attachmentRows(a.tenantId)).toHaveLength(rowsBefore);
    // Exactly at the limit is fine.
    expect((await upload(app, pdf(64 * 1024))).statusCode).toBe(201);
    await app.close();
  });

  it("refuses an upload past the tenant quota (413), counting the tenant's files only", async () => {
    // A separate tenant, so the other tests' uploads do not count.
    const c = await tenant("initech");
    const app = await server({ limits: { maxFileBytes: 100_000, maxTenantBytes: 150_000 } });
    const first = await upload(app, pdf(100_000), { slug: c.slug, entityId: c.contactIds[0], cookie: c.ownerCookie });
    expect(first.statusCode).toBe(201);
    const second = await upload(app, pdf(60_000), { slug: c.slug, entityId: c.contactIds[0], cookie: c.ownerCookie });
    expect(second.statusCode).toBe(413);
    expect(second.json().error).toMatchObject({ code: "QUOTA_EXCEEDED", limitBytes: 150_000, usedBytes: 100_000 });
    expect(await attachmentRows(c.tenantId)).toHaveLength(1);
    expect(await blobFiles()).toEqual([`t/${c.tenantId}/${first.json().id}`]);
    // What is left still fits.
    const fits = await upload(app, pdf(50_000), { slug: c.slug, entityId: c.contactIds[0], cookie: c.ownerCookie });
    expect(fits.statusCode).toBe(201);
    const full = await upload(app, pdf(10), { slug: c.slug, entityId: c.contactIds[0], cookie: c.ownerCookie });
    expect(full.statusCode).toBe(413);
    // The API reports the quota the route enforces.
    const usage = await app.inject({
      url: `/trpc/attachment.usage?input=${encodeURIComponent(JSON.stringify(superjson.serialize({ tenant: c.slug })))}`,
      headers: { cookie: c.ownerCookie },
    });
    expect(superjson.deserialize(usage.json().result.data)).toEqual({
      usedBytes: 150_000,
      quotaBytes: 150_000,
      fileCount: 2,
    });
    // Another tenant's quota is its own.
    const d = await tenant("umbrella");
    const other = await upload(app, pdf(90_000), { slug: d.slug, entityId: d.contactIds[0], cookie: d.ownerCookie });
    expect(other.statusCode).toBe(201);
    await app.close();
  });
});

describe("P8 attachments: quota under concurrency", () => {
  it("lets only what fits through when uploads race, and deletes the loser's blob when its row is refused", async () => {
    const e = await tenant("hooli");
    const disk = createDiskBlobStore(blobRoot);
    // Both puts finish only once both have started: each passed the early quota check before either row exists.
    let started = 0;
    let release!: () => void;
    const bothStarted = new Promise<void>((r) => {
      release = r;
    });
    const store: BlobStore = {
      ...disk,
      async put(key, stream, opts) {
        const result = await disk.put(key, stream, opts);
        if (!key.endsWith(".thumb.webp") && ++started === 2) release();
        await bothStarted;
        return result;
      },
    };
    const app = await server({ store, limits: { maxFileBytes: 100_000, maxTenantBytes: 150_000 } });
    const [one, two] = await Promise.all([
      upload(app, pdf(80_000), { slug: e.slug, entityId: e.contactIds[0], cookie: e.ownerCookie }),
      upload(app, pdf(80_000), { slug: e.slug, entityId: e.contactIds[0], cookie: e.ownerCookie }),
    ]);
    expect([one.statusCode, two.statusCode].sort()).toEqual([201, 413]);
    const winner = (one.statusCode === 201 ? one : two).json();
    expect((one.statusCode === 413 ? one : two).json().error.code).toBe("QUOTA_EXCEEDED");
    expect(await attachmentRows(e.tenantId)).toHaveLength(1);
    expect(await blobFiles()).toEqual([`t/${e.tenantId}/${winner.id}`]);
    await app.close();
  });
});

describe("P8 attachments: content type from the bytes", () => {
  it("stores a PNG declared as text/plain as image/png, with a 320px WebP thumbnail", async () => {
    const app = await server();
    const res = await upload(app, await png(), { fileName: "notes.txt", declaredType: "text/plain" });
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body).toMatchObject({ contentType: "image/png", hasThumbnail: true });
    expect(await blobFiles()).toEqual([`t/${a.tenantId}/${body.id}`, `t/${a.tenantId}/${body.id}.thumb.webp`]);

    const thumb = await download(app, body.thumbnailUrl);
    expect(thumb.statusCode).toBe(200);
    expect(thumb.headers["content-type"]).toBe("image/webp");
    expect(thumb.headers["x-content-type-options"]).toBe("nosniff");
    const meta = await sharp(thumb.rawPayload).metadata();
    expect(meta).toMatchObject({ format: "webp", width: 320, height: 240 });
    await app.close();
  });

  it("keeps an image that cannot be decoded, without a thumbnail", async () => {
    const app = await server();
    const broken = (await png()).subarray(0, 200); // a PNG signature and header, then nothing
    const res = await upload(app, broken, { fileName: "broken.png" });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ contentType: "image/png", hasThumbnail: false, thumbnailUrl: null });
    expect((await download(app, `${res.json().downloadUrl}/thumbnail`)).statusCode).toBe(404);
    await app.close();
  });

  it.each([
    ["a Windows executable", Buffer.concat([Buffer.from("MZ"), Buffer.alloc(4000)]), "invoice.pdf"],
    ["an ELF binary", Buffer.concat([Buffer.from("\x7fELF\x02\x01\x01", "latin1"), Buffer.alloc(4000)]), "x.txt"],
    ["an unknown binary", Buffer.alloc(9000, Buffer.from([0xde, 0xad, 0xbe, 0xef, 0x00, 0x01])), "data.csv"],
  ])("refuses %s with 415 and stores nothing", async (_what, bytes, fileName) => {
    const app = await server();
    const rowsBefore = (await attachmentRows(a.tenantId)).length;
    const res = await upload(app, bytes, { fileName, declaredType: "application/pdf" });
    expect(res.statusCode).toBe(415);
    expect(res.json().error.code).toBe("UNSUPPORTED_FILE_TYPE");
    expect(await blobFiles()).toEqual([]);
    expect(await attachmentRows(a.tenantId)).toHaveLength(rowsBefore);
    await app.close();
  });

  it("takes UTF-8 text as text/plain (text/csv for .csv) and serves it with a charset", async () => {
    const app = await server();
    const csv = await upload(app, Buffer.from("name,email\nZoë,zoe@example.com\n"), { fileName: "people.csv" });
    expect(csv.json().contentType).toBe("text/csv");
    const svg = await upload(app, Buffer.from('<?xml version="1.0"?><svg onload="alert(1)"/>'), {
      fileName: "logo.svg",
      declaredType: "image/svg+xml",
    });
    expect(svg.json()).toMatchObject({ contentType: "text/plain", inlineUrl: null });
    const got = await download(app, `${svg.json().downloadUrl}?inline=1`);
    expect(got.headers["content-type"]).toBe("text/plain; charset=utf-8");
    expect(got.headers["content-disposition"]).toMatch(/^attachment; /); // never rendered in our origin
    await app.close();
  });

  it("refuses text whose bytes turn binary after the sniffed head, and stores nothing", async () => {
    const app = await server();
    const rowsBefore = (await attachmentRows(a.tenantId)).length;
    const bytes = Buffer.concat([Buffer.alloc(200_000, "a"), Buffer.from([0xff, 0x00, 0xfe]), Buffer.alloc(1000)]);
    const res = await upload(app, bytes, { fileName: "log.txt" });
    expect(res.statusCode).toBe(415);
    expect(await blobFiles()).toEqual([]);
    expect(await attachmentRows(a.tenantId)).toHaveLength(rowsBefore);
    await app.close();
  });
});

describe("P8 attachments: tenant isolation and sign-in", () => {
  it("P8 refuses another tenant's file (404), through either tenant's URL", async () => {
    const app = await server();
    const theirs = await upload(app, pdf(5000), { slug: b.slug, entityId: b.contactIds[0], cookie: b.ownerCookie });
    expect(theirs.statusCode).toBe(201);
    const id = theirs.json().id;
    // acme's owner asks for globex's file through acme's URL: RLS shows no such row.
    const viaOwn = await download(app, `/api/t/acme/attachments/${id}`);
    expect(viaOwn.statusCode).toBe(404);
    expect(viaOwn.rawPayload.length).toBeLessThan(200);
    // …and through globex's URL: not a member, so the tenant "does not exist".
    expect((await download(app, `/api/t/globex/attachments/${id}`)).statusCode).toBe(404);
    expect((await download(app, `/api/t/globex/attachments/${id}/thumbnail`)).statusCode).toBe(404);
    // globex's owner still gets it.
    const own = await download(app, `/api/t/globex/attachments/${id}`, {}, b.ownerCookie);
    expect(own.statusCode).toBe(200);
    await app.close();
  });

  it("P8 refuses an upload onto another tenant's record or into a tenant one is not a member of", async () => {
    const app = await server();
    const rowsA = (await attachmentRows(a.tenantId)).length;
    const rowsB = (await attachmentRows(b.tenantId)).length;
    const foreignRecord = await upload(app, pdf(5000), { entityId: b.contactIds[0] });
    expect(foreignRecord.statusCode).toBe(404);
    const foreignTenant = await upload(app, pdf(5000), { slug: b.slug, entityId: b.contactIds[0] });
    expect(foreignTenant.statusCode).toBe(404);
    const unknownTenant = await upload(app, pdf(5000), { slug: "no-such-tenant" });
    expect(unknownTenant.statusCode).toBe(404);
    expect(foreignTenant.json().error.message).toBe(unknownTenant.json().error.message);
    expect(await attachmentRows(a.tenantId)).toHaveLength(rowsA);
    expect(await attachmentRows(b.tenantId)).toHaveLength(rowsB);
    expect(await blobFiles()).toEqual([]);
    await app.close();
  });

  it("answers 401 when signed out, and 403 to a cross-site upload", async () => {
    const app = await server();
    const stored = (await upload(app, pdf(5000))).json();
    expect((await upload(app, pdf(5000), { cookie: null })).statusCode).toBe(401);
    const signedOut = await app.inject({ method: "GET", url: stored.downloadUrl });
    expect(signedOut.statusCode).toBe(401);
    expect(signedOut.json().error.code).toBe("UNAUTHORIZED");
    const form = multipart("x.pdf", "application/pdf", pdf(100));
    const crossSite = await app.inject({
      method: "POST",
      url: `/api/t/acme/attachments?entityKind=contact&entityId=${a.contactIds[0]}`,
      headers: {
        host: "localhost:80",
        origin: "https://evil.example",
        cookie: a.ownerCookie,
        "content-type": form.contentType,
      },
      payload: form.body,
    });
    expect(crossSite.statusCode).toBe(403);
    await app.close();
  });
});

describe("P8 attachments: interrupted uploads", () => {
  it("leaves no blob, no temp file and no row when the body ends midway", async () => {
    const app = await server();
    const rowsBefore = (await attachmentRows(a.tenantId)).length;
    const form = multipart("video.pdf", "application/pdf", pdf(500_000));
    const res = await app.inject({
      method: "POST",
      url: `/api/t/acme/attachments?entityKind=contact&entityId=${a.contactIds[0]}`,
      headers: { ...sameOrigin, cookie: a.ownerCookie, "content-type": form.contentType },
      payload: form.body.subarray(0, 300_000), // no closing boundary: the client stopped sending
    });
    expect(res.statusCode).toBe(400);
    expect(await blobFiles()).toEqual([]);
    expect(await attachmentRows(a.tenantId)).toHaveLength(rowsBefore);
    await app.close();
  });

  it("leaves no blob, no temp file and no row when the client disconnects mid-upload", async () => {
    const app = await server();
    await app.listen({ port: 0, host: "127.0.0.1" });
    const { port } = app.server.address() as { port: number };
    const rowsBefore = (await attachmentRows(a.tenantId)).length;
    const form = multipart("big.pdf", "application/pdf", pdf(2_000_000));
    const socket = connect(port, "127.0.0.1");
    await new Promise<void>((resolve) => socket.once("connect", resolve));
    socket.write(
      `POST /api/t/acme/attachments?entityKind=contact&entityId=${a.contactIds[0]} HTTP/1.1\r\n` +
        `Host: 127.0.0.1:${port}\r\nOrigin: http://127.0.0.1:${port}\r\nCookie: ${a.ownerCookie}\r\n` +
        `Content-Type: ${form.contentType}\r\nContent-Length: ${form.body.length}\r\n\r\n`,
    );
    socket.write(form.body.subarray(0, 400_000));
    // Wait until the bytes are being written to a temp file, then pull the plug.
    await vi.waitFor(async () => expect((await blobFiles()).some((f) => f.endsWith(".tmp"))).toBe(true), {
      timeout: 10_000,
    });
    socket.destroy();
    await vi.waitFor(async () => expect(await blobFiles()).toEqual([]), { timeout: 10_000 });
    expect(await attachmentRows(a.tenantId)).toHaveLength(rowsBefore);
    await app.close();
  });
});

describe("P19 attachments go with their record", () => {
  it("P19 deleting a contact over the API deletes its uploaded file: row and bytes (thumbnail too)", async () => {
    const u = await tenant("wayne");
    const app = await server();
    const bytes = await png();
    const res = await upload(app, bytes, {
      slug: u.slug,
      entityId: u.contactIds[0],
      cookie: u.ownerCookie,
      fileName: "photo.png",
    });
    expect(res.statusCode).toBe(201);
    const file = res.json();
    expect(await blobFiles()).toEqual([`t/${u.tenantId}/${file.id}`, `t/${u.tenantId}/${file.id}.thumb.webp`]);
    const kept = (
      await upload(app, pdf(2000), { slug: u.slug, entityId: u.contactIds[1], cookie: u.ownerCookie })
    ).json();

    const deleted = await app.inject({
      method: "POST",
      url: "/trpc/contact.delete",
      headers: { ...sameOrigin, "content-type": "application/json", cookie: u.ownerCookie },
      payload: JSON.stringify(superjson.serialize({ tenant: u.slug, id: u.contactIds[0] })),
    });
    expect(deleted.statusCode).toBe(200);
    expect((await attachmentRows(u.tenantId)).map((r) => r.id)).toEqual([kept.id]);
    expect(await blobFiles()).toEqual([`t/${u.tenantId}/${kept.id}`]);
    expect((await download(app, file.downloadUrl, {}, u.ownerCookie)).statusCode).toBe(404);
    await app.close();
  });
});

describe("file route helpers", () => {
  it("parses Range headers against the file size", () => {
    expect(parseRange(undefined, 100)).toBeNull();
    expect(parseRange("bytes=0-9", 100)).toEqual({ start: 0, end: 9 });
    expect(parseRange("bytes=90-200", 100)).toEqual({ start: 90, end: 99 });
    expect(parseRange("bytes=-10", 100)).toEqual({ start: 90, end: 99 });
    expect(parseRange("bytes=-1000", 100)).toEqual({ start: 0, end: 99 });
    expect(parseRange("bytes=100-", 100)).toBe("unsatisfiable");
    expect(parseRange("bytes=-0", 100)).toBe("unsatisfiable");
    expect(parseRange("bytes=0-", 0)).toBe("unsatisfiable");
    expect(parseRange("bytes=5-1", 100)).toBeNull();
    expect(parseRange("bytes=0-1,5-6", 100)).toBeNull();
    expect(parseRange("items=0-1", 100)).toBeNull();
  });

  it("cleans file names and writes RFC 5987 Content-Disposition", () => {
    expect(cleanFileName("C:\\fakepath\\report.pdf")).toBe("report.pdf");
    expect(cleanFileName("../../etc/passwd")).toBe("passwd");
    expect(cleanFileName("inv\u202Efdp.exe")).toBe("invfdp.exe");
    expect(cleanFileName("")).toBe("file");
    expect(cleanFileName(`${"x".repeat(300)}.pdf`)).toBe(`${"x".repeat(196)}.pdf`);
    expect(contentDisposition("attachment", 'a "quoted"; name.txt')).toBe(
      `attachment; filename="a _quoted__ name.txt"; filename*=UTF-8''a%20%22quoted%22%3B%20name.txt`,
    );
    expect(contentDisposition("inline", "日本.png")).toBe(
      `inline; filename="file.png"; filename*=UTF-8''%E6%97%A5%E6%9C%AC.png`,
    );
  });
});
