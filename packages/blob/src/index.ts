export { createDiskBlobStore, type DiskBlobStore } from "./disk";
export { BlobError, BlobExistsError, BlobNotFoundError, BlobTooLargeError, InvalidBlobKeyError } from "./errors";
export { DEFAULT_MAX_FILE_BYTES, DEFAULT_MAX_TENANT_BYTES, formatBytes, type UploadLimits } from "./limits";
export { type BlobStore, type ByteRange, isValidBlobKey, type PutOptions, type PutResult } from "./store";
