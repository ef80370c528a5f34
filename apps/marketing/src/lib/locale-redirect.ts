import { localeCookieName, localizePath, negotiateLocale } from "@abante/i18n";
import { visitorCountry } from "./visitor";

/** The value of one cookie in a `Cookie` request header, or undefined. Malformed encodings are ignored. */
export function readCookie(header: string | null | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const pair of header.split(";")) {
    const eq = pair.indexOf("=");
    if (eq === -1 || pair.slice(0, eq).trim() !== name) continue;
    const raw = pair
      .slice(eq + 1)
      .trim()
      .replace(/^"(.*)"$/, "$1");
    try {
      return decodeURIComponent(raw);
    } catch {
      return undefined;
    }
  }
  return undefined;
}

/**
 * The response for `/`: a temporary redirect to the home page in the visitor's language (P4). The preference
 * cookie (set by the language picker) wins over the browser's Accept-Language; the visitor's country (from the
 * server, see `visitorCountry`) breaks ties between languages the browser accepts equally. The answer depends on the headers,
 * hence `Vary`; it must not be stored, or a later language choice would be answered from cache.
 */
export function localeRedirect(request: Request): Response {
  const { search } = new URL(request.url);
  const country = visitorCountry(request);
  const acceptLanguage = request.headers.get("accept-language");
  const locale = negotiateLocale({
    cookie: readCookie(request.headers.get("cookie"), localeCookieName),
    // A browser that states no language accepts any: the country picks among them (BR → pt-BR, AT → de), else en.
    acceptLanguage: acceptLanguage?.trim() ? acceptLanguage : country ? "*" : null,
    country,
  });
  return new Response(null, {
    status: 302,
    headers: {
      Location: localizePath(locale) + search,
      Vary: "Accept-Language, Cookie",
      "Cache-Control": "no-store",
    },
  });
}
