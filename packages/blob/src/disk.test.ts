import { createHash } from "node:crypto";
import fs from "node:fs";
import { mkdtemp, readdir, readFile, rm, utimes, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { text } from "node:stream/consumers";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createDiskBlobStore, type DiskBlobStore } from "./disk";
import { BlobExistsError, BlobNotFoundError, BlobTooLargeError, InvalidBlobKeyError } from "./errors";
import { DEFAULT_MAX_FILE_BYTES, DEFAULT_MAX_TENANT_BYTES, formatBytes } from "./limits";
import { isValidBlobKey } from "./store";

let root: string;
let store: DiskBlobStore;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), "abante-blob-"));
  store = createDiskBlobStore(root);
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

/** Every file under the root, relative, sorted: what a put left behind, temp files included. */
async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(dir.length + 1))
    .sort();
}

/** A stream of `chunks` buffers of `size` bytes each (values derived from the index, so slices are checkable). */
function chunked(chunks: number, size: number, failAfter?: number): Readable {
  let i = 0;
  return new Readable({
    read() {
      if (failAfter !== undefined && i === failAfter) {
        this.destroy(new Error("connection reset"));
        return;
      }
      if (i === chunks) {
        this.push(null);
        return;
      }
      this.push(Buffer.alloc(size, i % 256));
      i++;
    },
  });
}

const sha256 = (b: Buffer | string) => createHash("sha256").update(b).digest("hex");

describe("disk blob store: put and get", () => {
  it("stores the bytes under the key and reports their size and SHA-256", async () => {
    const body = Buffer.from("hello, blob store\n".repeat(1000));
    const put = await store.put("t/tenant-a/one", Readable.from([body]), { maxBytes: 1 << 20 });
    expect(put).toEqual({ key: "t/tenant-a/one", size: body.length, sha256: sha256(body) });
    expect(await readFile(join(root, "t", "tenant-a", "one"))).toEqual(body);
    expect(await store.stat("t/tenant-a/one")).toEqual({ size: body.length });
    expect(Buffer.from(await text(await store.get("t/tenant-a/one")))).toEqual(body);
    expect(await filesUnder(root)).toEqual(["t/tenant-a/one"]);
  });

  it("hashes while streaming many chunks", async () => {
    const put = await store.put("big", chunked(64, 64 * 1024), { maxBytes: 64 * 64 * 1024 });
    const expected = createHash("sha256");
    for (let i = 0; i < 64; i++) expected.update(Buffer.alloc(64 * 1024, i));
    expect(put.size).toBe(64 * 64 * 1024);
    expect(put.sha256).toBe(expected.digest("hex"));
  });

  it("stores an empty stream as an empty object", async () => {
    const put = await store.put("empty", Readable.from([]), { maxBytes: 10 });
    expect(put).toEqual({ key: "empty", size: 0, sha256: sha256("") });
    expect(await store.stat("empty")).toEqual({ size: 0 });
  });

  it("reads an inclusive byte range", async () => {
    await store.put("r", Readable.from([Buffer.from("0123456789")]), { maxBytes: 100 });
    expect(await text(await store.get("r", { start: 2, end: 5 }))).toBe("2345");
    expect(await text(await store.get("r", { start: 9, end: 9 }))).toBe("9");
    await expect(store.get("r", { start: 5, end: 2 })).rejects.toBeInstanceOf(RangeError);
    await expect(store.get("r", { start: -1, end: 2 })).rejects.toBeInstanceOf(RangeError);
  });

  it("answers BlobNotFoundError / null / no-op for a missing key", async () => {
    await expect(store.get("nope")).rejects.toBeInstanceOf(BlobNotFoundError);
    expect(await store.stat("nope")).toBeNull();
    await expect(store.delete("nope")).resolves.toBeUndefined();
  });

  it("deletes", async () => {
    await store.put("t/x/gone", Readable.from([Buffer.from("x")]), { maxBytes: 10 });
    await store.delete("t/x/gone");
    expect(await store.stat("t/x/gone")).toBeNull();
    expect(await filesUnder(root)).toEqual([]);
  });
});

describe("disk blob store: all or nothing", () => {
  it("refuses a stream over maxBytes with BlobTooLargeError and leaves no file and no temp file", async () => {
    const source = chunked(10, 1000);
    const err = await store.put("t/a/too-big", source, { maxBytes: 5000 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(BlobTooLargeError);
    expect((err as BlobTooLargeError).maxBytes).toBe(5000);
    expect(source.destroyed).toBe(true); // the producer is stopped, not drained
    expect(await filesUnder(root)).toEqual([]);
    expect(await store.stat("t/a/too-big")).toBeNull();
  });

  it("leaves no temp file when the upload fails while the temp file is still being opened (a busy machine)", async () => {
    // The temp file's open takes a while, as under load; the stream is over the limit at once, so the pipeline fails
    // before the file exists. The file must not appear after the put has given up.
    const open = fs.open;
    const slowOpen = vi.spyOn(fs, "open").mockImplementation(((...args: unknown[]) => {
      const callback = args.pop() as (...r: unknown[]) => void;
      setTimeout(() => (open as (...a: unknown[]) => void)(...args, callback), 100);
    }) as typeof fs.open);
    try {
      const err = await store.put("t/a/slow", Readable.from([Buffer.alloc(100)]), { maxBytes: 10 }).catch((e) => e);
      expect(err).toBeInstanceOf(BlobTooLargeError);
      expect(slowOpen).toHaveBeenCalled();
    } finally {
      slowOpen.mockRestore();
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(await filesUnder(root)).toEqual([]);
  });

  it("accepts exactly maxBytes", async () => {
    const put = await store.put("exact", chunked(5, 1000), { maxBytes: 5000 });
    expect(put.size).toBe(5000);
  });

  it("leaves nothing when the source stream errors midway (interrupted upload)", async () => {
    const err = await store.put("t/a/broken", chunked(10, 64 * 1024, 4), { maxBytes: 1 << 30 }).catch((e) => e);
    expect((err as Error).message).toBe("connection reset");
    expect(await filesUnder(root)).toEqual([]);
    expect(await store.stat("t/a/broken")).toBeNull();
  });

  it("is write-once: a put on an existing key throws and keeps the original bytes", async () => {
    await store.put("once", Readable.from([Buffer.from("first")]), { maxBytes: 100 });
    const second = Readable.from([Buffer.from("second")]);
    await expect(store.put("once", second, { maxBytes: 100 })).rejects.toBeInstanceOf(BlobExistsError);
    expect(second.destroyed).toBe(true);
    expect(await text(await store.get("once"))).toBe("first");
    expect(await filesUnder(root)).toEqual(["once"]);
  });

  it("is write-once under concurrency: of two simultaneous puts of one key exactly one wins", async () => {
    const results = await Promise.allSettled([
      store.put("race", chunked(20, 4096), { maxBytes: 1 << 20 }),
      store.put("race", chunked(20, 4096), { maxBytes: 1 << 20 }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const failed = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(failed.reason).toBeInstanceOf(BlobExistsError);
    expect(await filesUnder(root)).toEqual(["race"]);
  });
});

describe("disk blob store: keys", () => {
  it.each([
    "",
    "/etc/passwd",
    "../escape",
    "t/../../escape",
    "t/./x",
    "t//x",
    "t/x/",
    "t\\x",
    ".hidden",
    "t/.x.0123456789abcdef.tmp",
    "nul\0byte",
    "a".repeat(1025),
  ])("refuses %j", async (key) => {
    expect(isValidBlobKey(key)).toBe(false);
    const source = Readable.from([Buffer.from("x")]);
    await expect(store.put(key, source, { maxBytes: 10 })).rejects.toBeInstanceOf(InvalidBlobKeyError);
    expect(source.destroyed).toBe(true);
    await expect(store.get(key)).rejects.toBeInstanceOf(InvalidBlobKeyError);
    await expect(store.stat(key)).rejects.toBeInstanceOf(InvalidBlobKeyError);
    await expect(store.delete(key)).rejects.toBeInstanceOf(InvalidBlobKeyError);
    expect(await filesUnder(root)).toEqual([]);
  });

  it("accepts the keys the application uses", () => {
    expect(isValidBlobKey("t/0195f5c8-7d1e-7000-8000-000000000001/0195f5c8-7d1e-7000-8000-000000000002")).toBe(true);
    expect(isValidBlobKey("t/x/0195f5c8-7d1e-7000-8000-000000000002.thumb.webp")).toBe(true);
  });
});

describe("disk blob store: temp file sweep", () => {
  it("removes stale temp files left by a crashed process, and nothing else", async () => {
    await store.put("t/a/kept", Readable.from([Buffer.from("x")]), { maxBytes: 10 });
    const stale = join(root, "t", "a", ".lost.0123456789abcdef.tmp");
    const fresh = join(root, "t", "a", ".writing.fedcba9876543210.tmp");
    await writeFile(stale, "partial");
    await writeFile(fresh, "partial");
    const hourAgo = new Date(Date.now() - 3600_000);
    await utimes(stale, hourAgo, hourAgo);
    expect(await store.sweepTempFiles(new Date(Date.now() - 600_000))).toBe(1);
    expect(await filesUnder(root)).toEqual(["t/a/.writing.fedcba9876543210.tmp", "t/a/kept"]);
  });
});

describe("upload limits", () => {
  it("defaults to 100 MiB per file and 5 GiB per tenant", () => {
    expect(DEFAULT_MAX_FILE_BYTES).toBe(100 * 1024 ** 2);
    expect(DEFAULT_MAX_TENANT_BYTES).toBe(5 * 1024 ** 3);
  });

  it("formats limits for people", () => {
    expect(formatBytes(100 * 1024 ** 2)).toBe("100 MiB");
    expect(formatBytes(5 * 1024 ** 3)).toBe("5 GiB");
    expect(formatBytes(1536)).toBe("1.5 KiB");
    expect(formatBytes(512)).toBe("512 bytes");
  });
});
