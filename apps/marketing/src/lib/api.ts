// Server-side reads from the API for the on-demand pages (events, partners). A tiny tRPC-compatible GET: no client
// library, no JavaScript shipped to the browser. The API uses the superjson transformer, so inputs are sent as
// `{"json": input}` and results arrive as `{"result":{"data":{"json": …}}}`; dates come as ISO strings (superjson
// marks them in `meta`), and the normalizers below turn them into Date objects.
import { apiUrl } from "./env";

export interface ApiOptions {
  /** Base URL of the API; defaults to API_URL. */
  baseUrl?: string;
  fetch?: typeof fetch;
  timeoutMs?: number;
}

export type ApiResult<T> = { ok: true; data: T } | { ok: false; reason: "unavailable" | "notFound" };

// Must match apps/server/src/app.ts: the header, and where the server publishes its per-process secret.
const INTERNAL_REQUEST_HEADER = "x-abante-internal";
const INTERNAL_SECRET_KEY = Symbol.for("abante.internal-request-secret");

const isLoopback = (hostname: string) =>
  hostname === "localhost" || hostname === "[::1]" || /^127(?:\.\d{1,3}){3}$/.test(hostname);

/**
 * Running inside the platform server and reading the API of that same server (a loopback API_URL), a page marks its
 * call as the server's own, with the secret the server published: the call is then neither logged as a request of
 * its own nor counted against the per-IP limits of 127.0.0.1. The secret is never sent anywhere else.
 */
export function internalHeaders(base: string): Record<string, string> {
  const secret = (globalThis as Record<symbol, unknown>)[INTERNAL_SECRET_KEY];
  if (typeof secret !== "string" || secret === "") return {};
  let hostname: string;
  try {
    hostname = new URL(base).hostname;
  } catch {
    return {};
  }
  return isLoopback(hostname) ? { [INTERNAL_REQUEST_HEADER]: secret } : {};
}

/**
 * GET `${API_URL}/trpc/<procedure>?input=…`. Any failure — network, timeout, an error status, a body that is not
 * tRPC — is a result, never an exception: a page shows a polite message instead of failing with a 500.
 */
export async function trpcQuery(
  procedure: string,
  input: unknown,
  options: ApiOptions = {},
): Promise<ApiResult<unknown>> {
  const base = options.baseUrl ?? apiUrl();
  const url = `${base}/trpc/${procedure}?input=${encodeURIComponent(JSON.stringify({ json: input ?? null }))}`;
  const doFetch = options.fetch ?? fetch;
  try {
    const response = await doFetch(url, {
      headers: { accept: "application/json", ...internalHeaders(base) },
      signal: AbortSignal.timeout(options.timeoutMs ?? 3000),
    });
    const body = (await response.json().catch(() => null)) as TrpcBody | null;
    if (!response.ok) {
      const code = body?.error?.json?.data?.code ?? body?.error?.data?.code;
      return { ok: false, reason: response.status === 404 || code === "NOT_FOUND" ? "notFound" : "unavailable" };
    }
    const data = body?.result?.data;
    if (data === undefined) return { ok: false, reason: "unavailable" };
    return { ok: true, data: isRecord(data) && "json" in data ? data.json : data };
  } catch {
    return { ok: false, reason: "unavailable" };
  }
}

interface TrpcBody {
  result?: { data?: unknown };
  error?: { json?: { data?: { code?: string } }; data?: { code?: string } };
}

export interface Sponsor {
  name: string;
  website: string | null;
}

export interface EventSummary {
  slug: string;
  title: string;
  summary: string;
  /** The language the event is held in. */
  locale: string;
  startsAt: Date;
  endsAt: Date;
  online: boolean;
  venue: string | null;
  city: string | null;
  country: string | null;
  organiserName: string;
  sponsors: Sponsor[];
}

export interface EventDetail extends EventSummary {
  description: string;
  capacity: number | null;
  /** False once the event has started or is full, when the API says so. */
  registrationOpen: boolean;
}

export interface Partner {
  id: string;
  name: string;
  city: string | null;
  countries: string[];
  languages: string[];
  description: string;
  website: string | null;
}

/** Upcoming events, the visitor's country first (P4): the API orders them by the country this page passes on. */
export async function fetchEvents(
  input: { locale: string; country?: string },
  options?: ApiOptions,
): Promise<ApiResult<EventSummary[]>> {
  const result = await trpcQuery("marketing.events", input, options);
  if (!result.ok) return result;
  const list = Array.isArray(result.data) ? result.data : isRecord(result.data) ? result.data.events : undefined;
  if (!Array.isArray(list)) return { ok: false, reason: "unavailable" };
  const events = list.map(toEventSummary).filter((e): e is EventSummary => e !== undefined);
  return { ok: true, data: events };
}

export async function fetchEvent(slug: string, options?: ApiOptions): Promise<ApiResult<EventDetail>> {
  const result = await trpcQuery("marketing.event", { slug }, options);
  if (!result.ok) return result;
  const raw = isRecord(result.data) && isRecord(result.data.event) ? result.data.event : result.data;
  if (raw === null || raw === undefined) return { ok: false, reason: "notFound" };
  const event = toEventDetail(raw);
  return event ? { ok: true, data: event } : { ok: false, reason: "unavailable" };
}

/** Partners serving a country (all partners when the country is unknown, as the API decides). */
export async function fetchPartners(input: { country?: string }, options?: ApiOptions): Promise<ApiResult<Partner[]>> {
  const result = await trpcQuery("marketing.partners", input.country ? { country: input.country } : {}, options);
  if (!result.ok) return result;
  const list = Array.isArray(result.data) ? result.data : isRecord(result.data) ? result.data.partners : undefined;
  if (!Array.isArray(list)) return { ok: false, reason: "unavailable" };
  return { ok: true, data: list.map(toPartner).filter((p): p is Partner => p !== undefined) };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

const str = (v: unknown): string | undefined => (typeof v === "string" && v.trim() !== "" ? v : undefined);
const optStr = (v: unknown): string | null => str(v) ?? null;
const date = (v: unknown): Date | undefined => {
  const d = v instanceof Date ? v : typeof v === "string" || typeof v === "number" ? new Date(v) : undefined;
  return d && !Number.isNaN(d.getTime()) ? d : undefined;
};
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : []);

/** Only http(s) links are rendered: a `javascript:` URL from the database must never reach an href. */
function safeWebsite(v: unknown): string | null {
  const s = str(v);
  if (!s) return null;
  try {
    const url = new URL(s);
    return url.protocol === "https:" || url.protocol === "http:" ? url.href : null;
  } catch {
    return null;
  }
}

function toSponsor(v: unknown): Sponsor | undefined {
  if (typeof v === "string") return str(v) ? { name: v, website: null } : undefined;
  if (!isRecord(v)) return undefined;
  const name = str(v.name);
  return name ? { name, website: safeWebsite(v.website) } : undefined;
}

function toEventSummary(v: unknown): EventSummary | undefined {
  if (!isRecord(v)) return undefined;
  const slug = str(v.slug);
  const title = str(v.title);
  const startsAt = date(v.startsAt);
  const endsAt = date(v.endsAt) ?? startsAt;
  const organiser = isRecord(v.organiser) ? v.organiser.name : v.organiserName;
  const organiserName = str(organiser);
  if (!slug || !title || !startsAt || !endsAt || !organiserName) return undefined;
  return {
    slug,
    title,
    summary: str(v.summary) ?? "",
    locale: str(v.locale) ?? "en",
    startsAt,
    endsAt,
    online: v.online === true,
    venue: optStr(v.venue),
    city: optStr(v.city),
    country: optStr(v.country)?.toUpperCase() ?? null,
    organiserName,
    sponsors: (Array.isArray(v.sponsors) ? v.sponsors : []).map(toSponsor).filter((s): s is Sponsor => !!s),
  };
}

function toEventDetail(v: unknown): EventDetail | undefined {
  const summary = toEventSummary(v);
  if (!summary || !isRecord(v)) return undefined;
  const capacity = typeof v.capacity === "number" && v.capacity > 0 ? v.capacity : null;
  return {
    ...summary,
    description: str(v.description) ?? summary.summary,
    capacity,
    registrationOpen: v.registrationOpen !== false,
  };
}

function toPartner(v: unknown): Partner | undefined {
  if (!isRecord(v)) return undefined;
  const id = str(v.id) ?? str(v.name);
  const name = str(v.name);
  if (!id || !name) return undefined;
  return {
    id,
    name,
    city: optStr(v.city),
    countries: strings(v.countries).map((c) => c.toUpperCase()),
    languages: strings(v.languages),
    description: str(v.description) ?? "",
    website: safeWebsite(v.website),
  };
}
