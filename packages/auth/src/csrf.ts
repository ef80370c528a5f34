// The same-origin check for state-changing requests (CSRF). Pure: the server passes the headers in.

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);
/** Sec-Fetch-Site values that a browser sends only for requests the site itself (or the user) started. */
const TRUSTED_FETCH_SITES = new Set(["same-origin", "none"]);
/** What an Origin header looks like: a scheme and an authority, with no path, query, fragment or user info. */
const ORIGIN_SHAPE = /^[a-z][a-z0-9+.-]*:\/\/[^/?#@\s\\]+$/i;

export type SameOriginResult = { ok: true } | { ok: false; reason: string };

/** `scheme://host[:port]` with lower-case host and the default port dropped, or null when `value` is no origin. */
function normalizeOrigin(value: string): string | null {
  const trimmed = value.trim().replace(/\/$/, "");
  if (!ORIGIN_SHAPE.test(trimmed)) return null;
  try {
    const origin = new URL(trimmed).origin;
    return origin === "null" ? null : origin;
  } catch {
    return null;
  }
}

/**
 * Same-origin check for state-changing requests. Safe methods (GET, HEAD, OPTIONS) always pass. Otherwise, if
 * Sec-Fetch-Site is present it must be "same-origin" (or "none": a user-initiated navigation); else Origin must be
 * present and equal (scheme + host + port, host case-insensitive, "null" refused) to one of `allowedOrigins`; with
 * neither header the request is refused.
 *
 * Sec-Fetch-Site is trusted over Origin when both are present: browsers that send it set it themselves, and they
 * send `Origin: null` for some same-origin requests (e.g. under `Referrer-Policy: no-referrer`).
 */
export function checkSameOrigin(
  req: { method: string; origin?: string | null; secFetchSite?: string | null },
  allowedOrigins: string[],
): SameOriginResult {
  // Methods are case-sensitive: only the exact safe names are exempt, "get" is checked like any other method.
  if (SAFE_METHODS.has(req.method)) return { ok: true };

  if (req.secFetchSite != null) {
    const site = req.secFetchSite.trim().toLowerCase();
    return TRUSTED_FETCH_SITES.has(site)
      ? { ok: true }
      : { ok: false, reason: `cross-site request refused (Sec-Fetch-Site: ${site.slice(0, 32) || "empty"})` };
  }

  if (req.origin == null || req.origin.trim() === "") {
    return { ok: false, reason: "request without Origin or Sec-Fetch-Site refused" };
  }
  const origin = normalizeOrigin(req.origin);
  if (origin === null) return { ok: false, reason: "request with an opaque or malformed Origin refused" };
  for (const allowed of allowedOrigins) {
    if (normalizeOrigin(allowed) === origin) return { ok: true };
  }
  return { ok: false, reason: `cross-origin request from ${origin} refused` };
}
