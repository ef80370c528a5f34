/**
 * The request header that carries the visitor's country. apps/server resolves it (trusted CDN header or the
 * geolocation database), deletes any value the client sent, and passes it on to the site's on-demand pages.
 */
export const COUNTRY_HEADER = "x-abante-country";

/** The visitor's country (ISO 3166-1 alpha-2, upper case), or undefined when the server could not tell. */
export function visitorCountry(request: Request): string | undefined {
  return normalizeCountry(request.headers.get(COUNTRY_HEADER));
}

/** An ISO 3166-1 alpha-2 code in upper case, or undefined for anything else (including "XX"/"ZZ" unknowns). */
export function normalizeCountry(value: string | null | undefined): string | undefined {
  const code = value?.trim().toUpperCase();
  if (!code || !/^[A-Z]{2}$/.test(code) || code === "XX" || code === "ZZ") return undefined;
  return code;
}

/** The country's name in the visitor's language ("Brasil", "Allemagne"), or the code when Intl does not know it. */
export function countryName(code: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: "region" }).of(code) ?? code;
  } catch {
    return code;
  }
}
