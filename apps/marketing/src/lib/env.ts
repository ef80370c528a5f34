// The only place the site reads the environment at run time (astro.config.mjs reads the build-time settings).

const DEFAULT_API_URL = "http://127.0.0.1:3000";

/**
 * Where on-demand pages fetch data from the API (events, partners). In production the server sets it to its own
 * address; in dev it is apps/server on port 3000. Read on every call, so tests can point it elsewhere.
 */
export function apiUrl(): string {
  const raw = process.env.API_URL?.trim() || DEFAULT_API_URL;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`API_URL is not a valid URL: ${raw}`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") throw new Error(`API_URL must be http(s): ${raw}`);
  return url.href.replace(/\/+$/, "");
}
