import type { Readable } from "node:stream";

export interface PutOptions {
  /** The most bytes the stream may carry; one more and the put fails with BlobTooLargeError, storing nothing. */
  maxBytes: number;
}

export interface PutResult {
  key: string;
  size: number;
  /** Lower-case hex SHA-256 of the stored bytes. */
  sha256: string;
}

/** Inclusive byte range, as in HTTP `Range: bytes=start-end`. */
export interface ByteRange {
  start: number;
  end: number;
}

/**
 * Where attachment, backup and export bytes live. Keys are relative, `/`-separated paths of `[A-Za-z0-9._-]`
 * segments that never start with a dot (`t/<tenant>/<uuid>`). Implementations must be write-once (a put on an
 * existing key fails with BlobExistsError) and all-or-nothing (a put that fails — too large, source stream error —
 * leaves no object behind). The local-disk store implements it today; an S3-compatible store can implement the same
 * interface (multipart upload completed only on success, `If-None-Match: *` for write-once).
 */
export interface BlobStore {
  /** Streams `stream` into a new object under `key`, hashing and counting as it goes. */
  put(key: string, stream: Readable, opts: PutOptions): Promise<PutResult>;
  /** The object's bytes, or the inclusive `range` of them. Throws BlobNotFoundError when there is none. */
  get(key: string, range?: ByteRange): Promise<Readable>;
  stat(key: string): Promise<{ size: number } | null>;
  /** Removes the object; a missing key is not an error (deletes are retried after partial failures). */
  delete(key: string): Promise<void>;
}

const SEGMENT = /^[A-Za-z0-9_-][A-Za-z0-9._-]*$/;

/**
 * Whether `key` is acceptable to every store: no empty, `.` or `..` segments (no escaping the root), nothing
 * absolute, no backslashes, no segment starting with a dot (the disk store's temporary files do), at most 1024
 * characters.
 */
export function isValidBlobKey(key: string): boolean {
  if (typeof key !== "string" || key.length === 0 || key.length > 1024) return false;
  return key.split("/").every((segment) => SEGMENT.test(segment));
}
