import { createHash, randomBytes } from "node:crypto";
import { createWriteStream } from "node:fs";
import { link, mkdir, open, readdir, rename, rm, stat } from "node:fs/promises";
import { basename, dirname, join, resolve, sep } from "node:path";
import { type Readable, Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import { BlobExistsError, BlobNotFoundError, BlobTooLargeError, InvalidBlobKeyError } from "./errors";
import { type BlobStore, type ByteRange, isValidBlobKey, type PutOptions, type PutResult } from "./store";

export interface DiskBlobStore extends BlobStore {
  readonly rootDir: string;
  /**
   * Deletes temporary files last written before `olderThan`: what a process killed in the middle of a put leaves
   * behind (a failed put inside a live process cleans up after itself). Returns how many were removed.
   */
  sweepTempFiles(olderThan: Date): Promise<number>;
}

/** `.<name>.<16 hex>.tmp`: the leading dot keeps temp files out of the key space (keys never start with a dot). */
const TEMP_FILE = /^\..+\.[0-9a-f]{16}\.tmp$/;

function errno(err: unknown): string | undefined {
  return (err as NodeJS.ErrnoException | undefined)?.code;
}

/**
 * A blob store on the local disk (embedded mode: `<DATA_DIR>/blobs`). Each key is a file under `rootDir`. A put
 * streams into a temporary file in the target's own directory (same filesystem, so the final step is atomic),
 * hashing and counting on the way, then hard-links it into place: `link` fails when the target exists, which makes
 * the store write-once without a check-then-write race. Whatever goes wrong, the temporary file is removed, so a
 * failed or interrupted put leaves nothing.
 */
export function createDiskBlobStore(rootDir: string): DiskBlobStore {
  const root = resolve(rootDir);

  function pathOf(key: string): string {
    if (!isValidBlobKey(key)) throw new InvalidBlobKeyError(key);
    const path = resolve(root, ...key.split("/"));
    // isValidBlobKey already rules out `..`; this guards against a future change to it.
    if (!path.startsWith(root + sep)) throw new InvalidBlobKeyError(key);
    return path;
  }

  async function exists(path: string): Promise<boolean> {
    try {
      await stat(path);
      return true;
    } catch (err) {
      if (errno(err) === "ENOENT") return false;
      throw err;
    }
  }

  /** Makes the new directory entry durable; not every platform lets a directory be opened for fsync. */
  async function syncDir(dir: string): Promise<void> {
    try {
      const handle = await open(dir, "r");
      try {
        await handle.sync();
      } finally {
        await handle.close();
      }
    } catch {
      // best effort
    }
  }

  /** Publishes the finished temp file under `path`, refusing to replace an existing file. */
  async function publish(tmp: string, path: string, key: string): Promise<void> {
    try {
      await link(tmp, path);
      return;
    } catch (err) {
      const code = errno(err);
      if (code === "EEXIST") throw new BlobExistsError(key);
      // Filesystems without hard links (some network and FUSE mounts): fall back to check-then-rename, which is
      // atomic for readers but leaves a small window between two puts of the same key.
      if (code !== "EPERM" && code !== "ENOTSUP" && code !== "ENOSYS" && code !== "EOPNOTSUPP") throw err;
    }
    if (await exists(path)) throw new BlobExistsError(key);
    await rename(tmp, path);
  }

  return {
    rootDir: root,

    async put(key: string, source: Readable, opts: PutOptions): Promise<PutResult> {
      let path: string;
      let dir: string;
      try {
        if (!Number.isSafeInteger(opts.maxBytes) || opts.maxBytes < 0) {
          throw new RangeError(`maxBytes must be a non-negative integer, got ${opts.maxBytes}`);
        }
        path = pathOf(key);
        if (await exists(path)) throw new BlobExistsError(key);
        dir = dirname(path);
        await mkdir(dir, { recursive: true });
      } catch (err) {
        // The caller handed us the stream: when we will not read it, stop its producer (e.g. the upload).
        source.destroy();
        throw err;
      }

      const tmp = join(dir, `.${basename(path)}.${randomBytes(8).toString("hex")}.tmp`);
      const hash = createHash("sha256");
      let size = 0;
      const meter = new Transform({
        transform(chunk: Buffer, _encoding, done) {
          size += chunk.length;
          if (size > opts.maxBytes) {
            done(new BlobTooLargeError(opts.maxBytes));
            return;
          }
          hash.update(chunk);
          done(null, chunk);
        },
      });

      const out = createWriteStream(tmp, { flags: "wx", flush: true });
      const closed = new Promise<void>((resolve) => out.once("close", () => resolve()));
      try {
        // pipeline destroys every stream when one fails: an oversized upload stops being read at once.
        await pipeline(source, meter, out);
        await publish(tmp, path, key);
      } finally {
        // pipeline can reject while the write stream it destroyed is still opening its file (seen under load): the
        // file would then appear after the removal below and outlive the failed upload. Wait until it is closed.
        if (!out.closed) await closed;
        await rm(tmp, { force: true });
      }
      await syncDir(dir);
      return { key, size, sha256: hash.digest("hex") };
    },

    async get(key: string, range?: ByteRange): Promise<Readable> {
      const path = pathOf(key);
      if (
        range &&
        !(
          Number.isSafeInteger(range.start) &&
          Number.isSafeInteger(range.end) &&
          range.start >= 0 &&
          range.end >= range.start
        )
      ) {
        throw new RangeError(`Invalid byte range ${range.start}-${range.end}`);
      }
      let handle: Awaited<ReturnType<typeof open>>;
      try {
        handle = await open(path, "r");
      } catch (err) {
        if (errno(err) === "ENOENT") throw new BlobNotFoundError(key);
        throw err;
      }
      // The stream owns the handle from here (autoClose): it is closed on end, error or destroy.
      return handle.createReadStream(range ? { start: range.start, end: range.end } : {});
    },

    async stat(key: string): Promise<{ size: number } | null> {
      try {
        const s = await stat(pathOf(key));
        return s.isFile() ? { size: s.size } : null;
      } catch (err) {
        if (errno(err) === "ENOENT") return null;
        throw err;
      }
    },

    async delete(key: string): Promise<void> {
      await rm(pathOf(key), { force: true });
    },

    async sweepTempFiles(olderThan: Date): Promise<number> {
      let removed = 0;
      async function walk(dir: string): Promise<void> {
        let entries: import("node:fs").Dirent[];
        try {
          entries = await readdir(dir, { withFileTypes: true });
        } catch (err) {
          if (errno(err) === "ENOENT") return;
          throw err;
        }
        for (const entry of entries) {
          const path = join(dir, entry.name);
          if (entry.isDirectory()) await walk(path);
          else if (entry.isFile() && TEMP_FILE.test(entry.name)) {
            const s = await stat(path).catch(() => null);
            if (s && s.mtime < olderThan) {
              await rm(path, { force: true });
              removed++;
            }
          }
        }
      }
      await walk(root);
      return removed;
    },
  };
}
