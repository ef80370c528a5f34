/** Errors a blob store throws on purpose; callers map them to responses (413, 404, 409). */
export class BlobError extends Error {
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

/** The stream carried more than `maxBytes`; nothing was stored. */
export class BlobTooLargeError extends BlobError {
  constructor(readonly maxBytes: number) {
    super(`The content is larger than the limit of ${maxBytes} bytes.`);
  }
}

/** Blobs are write-once: a key that exists is never overwritten (backups rely on it). */
export class BlobExistsError extends BlobError {
  constructor(readonly key: string) {
    super(`A blob already exists under key ${JSON.stringify(key)}.`);
  }
}

export class BlobNotFoundError extends BlobError {
  constructor(readonly key: string) {
    super(`No blob under key ${JSON.stringify(key)}.`);
  }
}

/** A key that could escape the store's root or clash with its temporary files. */
export class InvalidBlobKeyError extends BlobError {
  constructor(readonly key: string) {
    super(`Invalid blob key ${JSON.stringify(key)}.`);
  }
}
