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

function bytes(source: Record<string, string | undefined>, name: string, fallback: number): number {
  const raw = source[name]?.trim();
  if (!raw) return fallback;
  if (!/^\d+$/.test(raw) || !Number.isSafeInteger(Number(raw)) || Number(raw) < 1) {
    throw new Error(`Invalid environment:\n  ${name}: a whole number of bytes (at least 1) is required, got "${raw}"`);
  }
  return Number(raw);
}

/**
 * The upload limits from an environment (FILE_MAX_BYTES, TENANT_MAX_BYTES; unset or empty → defaults). The server
 * and the API both need them (one enforces, the other reports the quota), so the parsing lives here, once; each
 * caller passes its own environment object.
 */
export function uploadLimitsFromEnv(source: Record<string, string | undefined>): UploadLimits {
  return {
    maxFileBytes: bytes(source, "FILE_MAX_BYTES", DEFAULT_MAX_FILE_BYTES),
    maxTenantBytes: bytes(source, "TENANT_MAX_BYTES", DEFAULT_MAX_TENANT_BYTES),
  };
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
