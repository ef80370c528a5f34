import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkSameOrigin } from "./csrf";

const ALLOWED = ["https://crm.example.com", "http://localhost:5173"];

/** The allowed origins as browsers may write them: host case, explicit default port, scheme case. */
const sameOrigin = fc.constantFrom(
  "https://crm.example.com",
  "https://CRM.Example.COM",
  "https://crm.example.com:443",
  "HTTPS://crm.example.com",
  "http://localhost:5173",
  "http://LOCALHOST:5173",
);

const lookalikes = fc.constantFrom(
  "https://evil.example",
  "https://evil.crm.example.com", // a subdomain is another origin
  "https://crm.example.com.evil.example", // suffix trick
  "https://crm.example.co",
  "https://crm.example.com:8443", // other port
  "http://crm.example.com", // other scheme
  "http://crm.example.com:443",
  "wss://crm.example.com",
  "http://localhost:5174",
  "https://localhost:5173",
  "http://127.0.0.1:5173",
  "https://crm.example.com@evil.example",
  "https://evil.example/https://crm.example.com",
  "https://evil.example#https://crm.example.com",
  "https://crm.example.com, https://evil.example",
  "https://crm.example.com https://evil.example",
  "crm.example.com",
  "//crm.example.com",
  "file:///etc/passwd",
  "null",
  "NULL",
  "",
  " ",
);
const randomOrigin = fc
  .tuple(fc.constantFrom("http", "https", "HTTP", "ftp"), fc.domain(), fc.option(fc.integer({ min: 1, max: 65535 })))
  .map(([scheme, host, port]) => `${scheme}://${host}${port === null ? "" : `:${port}`}`)
  .filter((origin) => {
    try {
      return !ALLOWED.includes(new URL(origin).origin);
    } catch {
      return true;
    }
  });
const foreignOrigin = fc.oneof(lookalikes, randomOrigin);
const anyOrigin = fc.option(fc.oneof(sameOrigin, foreignOrigin), { nil: undefined });

const safeMethod = fc.constantFrom("GET", "HEAD", "OPTIONS");
/** Everything else changes state as far as this check knows, including methods in odd case. */
const unsafeMethod = fc.constantFrom(
  "POST",
  "PUT",
  "PATCH",
  "DELETE",
  "post",
  "Post",
  "get",
  "Options",
  "PROPFIND",
  "TRACE",
);

const crossSiteFetch = fc.constantFrom("cross-site", "same-site", "CROSS-SITE", "", "bogus");
const sameOriginFetch = fc.constantFrom("same-origin", "none", "Same-Origin");

const headerValue = <T>(arb: fc.Arbitrary<T>) => fc.oneof(arb, fc.constant(null), fc.constant(undefined));

describe("CSRF same-origin check", () => {
  it("CSRF: every cross-site mutation is refused (property)", () => {
    const crossSite = fc.oneof(
      // A browser that sends Sec-Fetch-Site says where the request came from: anything but same-origin/none is refused.
      fc.record({ method: unsafeMethod, secFetchSite: crossSiteFetch, origin: anyOrigin }),
      // Without it, the Origin decides: another origin, an opaque one, or none at all is refused.
      fc.record({
        method: unsafeMethod,
        secFetchSite: headerValue(fc.constant(null)),
        origin: fc.option(foreignOrigin, { nil: undefined }),
      }),
    );
    fc.assert(
      fc.property(crossSite, (req) => {
        const result = checkSameOrigin(req, ALLOWED);
        expect(result.ok).toBe(false);
        if (!result.ok) expect(result.reason).toMatch(/refused/);
      }),
      { numRuns: 2000 },
    );
  });

  it("CSRF: every same-origin mutation passes (property)", () => {
    const sameSite = fc.oneof(
      // Browsers with Fetch Metadata: same-origin (or a user-initiated navigation), whatever Origin shows — they send
      // `Origin: null` for same-origin requests under `Referrer-Policy: no-referrer`.
      fc.record({
        method: unsafeMethod,
        secFetchSite: sameOriginFetch,
        origin: fc.option(fc.oneof(sameOrigin, fc.constant("null")), { nil: undefined }),
      }),
      // Older browsers: the Origin header alone.
      fc.record({ method: unsafeMethod, secFetchSite: headerValue(fc.constant(null)), origin: sameOrigin }),
    );
    fc.assert(
      fc.property(sameSite, (req) => {
        expect(checkSameOrigin(req, ALLOWED)).toEqual({ ok: true });
      }),
      { numRuns: 1000 },
    );
  });

  it("CSRF: safe methods always pass (property)", () => {
    fc.assert(
      fc.property(
        safeMethod,
        headerValue(fc.oneof(crossSiteFetch, sameOriginFetch)),
        headerValue(fc.oneof(sameOrigin, foreignOrigin)),
        (method, secFetchSite, origin) => {
          expect(checkSameOrigin({ method, secFetchSite, origin }, ALLOWED)).toEqual({ ok: true });
        },
      ),
      { numRuns: 500 },
    );
  });

  it("says why a request was refused", () => {
    expect(checkSameOrigin({ method: "POST", secFetchSite: "cross-site" }, ALLOWED)).toEqual({
      ok: false,
      reason: "cross-site request refused (Sec-Fetch-Site: cross-site)",
    });
    expect(checkSameOrigin({ method: "POST" }, ALLOWED)).toEqual({
      ok: false,
      reason: "request without Origin or Sec-Fetch-Site refused",
    });
    expect(checkSameOrigin({ method: "POST", origin: "null" }, ALLOWED)).toEqual({
      ok: false,
      reason: "request with an opaque or malformed Origin refused",
    });
    expect(checkSameOrigin({ method: "POST", origin: "https://evil.example" }, ALLOWED)).toEqual({
      ok: false,
      reason: "cross-origin request from https://evil.example refused",
    });
  });

  it("reads the allowed origins leniently (a trailing slash, host case) and skips malformed ones", () => {
    const req = { method: "POST", origin: "https://crm.example.com" };
    expect(checkSameOrigin(req, ["https://CRM.example.com/"])).toEqual({ ok: true });
    expect(checkSameOrigin(req, ["not an origin", "null", "https://crm.example.com"])).toEqual({ ok: true });
    expect(checkSameOrigin(req, ["not an origin", "null"]).ok).toBe(false);
    expect(checkSameOrigin(req, []).ok).toBe(false);
  });
});
