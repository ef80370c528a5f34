import { localeCookieName, localeFromPathname, localeToPath, localizePath, parseLocale } from "@abante/i18n";
import { cookieMaxAgeSeconds, cookieNamed } from "@abante/privacy";

/**
 * The page to go back to, as a path inside a locale ("/pricing/"), from the picker's `next` parameter. Only a path on
 * this site is accepted (no scheme, no host, no `//evil.example`), so the endpoint cannot be used as an open
 * redirect; a leading locale segment is dropped, because the chosen locale replaces it. Anything else gives "/".
 */
export function safeNextPath(next: string | null | undefined): string {
  if (!next?.startsWith("/") || next.startsWith("//") || next.includes("\\")) return "/";
  let url: URL;
  try {
    url = new URL(next, "http://site.invalid");
  } catch {
    return "/";
  }
  if (url.origin !== "http://site.invalid") return "/";
  const pathname = url.pathname;
  const current = localeFromPathname(pathname);
  if (current === undefined) return pathname;
  return pathname.slice(localeToPath(current).length + 1) || "/";
}

/**
 * GET /lang/<locale>?next=<path>: the language picker. Sets the `abante_lang` preference cookie — only here, because
 * only here did the visitor choose a language (P4, P31) — and sends them to the same page in that language. An
 * unknown locale is a 404 and sets nothing.
 */
export function languageSwitch(request: Request, segment: string | undefined, now: Date = new Date()): Response {
  const locale = parseLocale(segment);
  if (!locale) return new Response("Unknown language", { status: 404, headers: { "Cache-Control": "no-store" } });
  const url = new URL(request.url);
  const target = localizePath(locale, safeNextPath(url.searchParams.get("next")));
  // The lifetime is the registry's, so the cookie policy states exactly what the browser keeps (P32).
  const maxAge = cookieMaxAgeSeconds(cookieNamed(localeCookieName), now);
  const attributes = [`${localeCookieName}=${locale}`, "Path=/", `Max-Age=${maxAge}`, "SameSite=Lax"];
  if (url.protocol === "https:") attributes.push("Secure");
  return new Response(null, {
    status: 303,
    headers: { Location: target, "Set-Cookie": attributes.join("; "), "Cache-Control": "no-store" },
  });
}
