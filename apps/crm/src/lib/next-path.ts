/**
 * Where to go after signing in, from a `?next=` parameter; the start page (the account's CRM databases) without one. Only a path inside this app is accepted: anything else
 * ("//evil.example", "https://…", "/\\evil") would make the sign-in page an open redirect.
 */
export function safeNextPath(next: unknown, fallback = "/"): string {
  if (typeof next !== "string" || !next.startsWith("/") || next.startsWith("//")) return fallback;
  if (/[\\\s]/.test(next) || /^\/(sign-in|sign-up)(?:[/?#]|$)/.test(next)) return fallback;
  return next;
}

/** The path of a location inside the app (without the router's `base`), with its query, for a `?next=` parameter. */
export function appPath(location: { pathname: string; search: string }, base: string): string {
  const prefix = base.replace(/\/$/, "");
  const inside =
    prefix && location.pathname.toLowerCase().startsWith(prefix.toLowerCase())
      ? location.pathname.slice(prefix.length)
      : location.pathname;
  return (inside || "/") + location.search;
}

/** The sign-in path that comes back to `path` afterwards. */
export function signInPath(path: string): string {
  return path === "/" ? "/sign-in" : `/sign-in?next=${encodeURIComponent(path)}`;
}
