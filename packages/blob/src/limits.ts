// The server reads FILE_MAX_BYTES and TENANT_MAX_BYTES (apps/server/src/env.ts) and hands the limits to the file
// routes and the API; these are the defaults it falls back to.

/** Largest single attachment (FILE_MAX_BYTES): 100 MiB. */
export const DEFAULT_MAX_FILE_BYTES = 100 * 1024 * 1024;
/** Attachment bytes one tenant may hold in total (TENANT_MAX_BYTES): 5 GiB. */
export const DEFAULT_MAX_TENANT_BYTES = 5 * 1024 * 1024 * 1024;

export interface UploadLimits {
  /** Per file. */
  maxFileBytes: number;
  /** Per tenant: the sum of its attachments' sizes. */
  maxTenantBytes: number;
}

/** "100 MiB", "5 GiB", "512 bytes": limits as people read them in error messages. */
export function formatBytes(n: number): string {
  const units = ["KiB", "MiB", "GiB", "TiB"];
  if (n < 1024) return `${n} bytes`;
  let value = n;
  let unit = "bytes";
  for (const u of units) {
    if (value < 1024) break;
    value /= 1024;
    unit = u;
  }
  const rounded = Number.isInteger(value) ? String(value) : value.toFixed(1).replace(/\.0$/, "");
  return `${rounded} ${unit}`;
}
