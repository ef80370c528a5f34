import { localeCookieName } from "@abante/i18n";
import { cookieMaxAgeSeconds, cookieNamed, findCookie, LANGUAGE_COOKIE_NAME } from "@abante/privacy";
import { describe, expect, it } from "vitest";
import { languageSwitch, safeNextPath } from "./language-switch";

const pick = (segment: string | undefined, next?: string, origin = "http://localhost:3000") =>
  languageSwitch(
    new Request(`${origin}/lang/${segment}${next === undefined ? "" : `?next=${encodeURIComponent(next)}`}`),
    segment,
    new Date("2026-01-31T12:00:00Z"),
  );

describe("P4 the language picker remembers an explicit choice", () => {
  it("sets abante_lang and returns to the same page in the chosen language", () => {
    const response = pick("fr", "/pricing/");
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe("/fr/pricing/");
    expect(response.headers.get("set-cookie")).toBe("abante_lang=fr; Path=/; Max-Age=31536000; SameSite=Lax");
    expect(response.headers.get("cache-control")).toBe("no-store");
  });

  it("stores the locale code, and accepts the URL segment: pt-br → pt-BR", () => {
    const response = pick("pt-br", "/es/events/");
    expect(response.headers.get("location")).toBe("/pt-br/events/");
    expect(response.headers.get("set-cookie")).toMatch(/^abante_lang=pt-BR;/);
  });

  it("replaces the locale of a localized next path", () => {
    expect(pick("de", "/en/privacy/").headers.get("location")).toBe("/de/privacy/");
    expect(pick("de", "/en/").headers.get("location")).toBe("/de/");
  });

  it("marks the cookie Secure on HTTPS", () => {
    expect(pick("es", "/", "https://abante.example").headers.get("set-cookie")).toMatch(/; Secure$/);
  });

  it("refuses an unknown language without setting anything", () => {
    const response = pick("xx", "/");
    expect(response.status).toBe(404);
    expect(response.headers.get("set-cookie")).toBeNull();
    expect(pick(undefined).status).toBe(404);
  });
});

describe("P32 the language cookie is the registered one", () => {
  it("uses the registered name and lifetime", () => {
    expect(localeCookieName).toBe(LANGUAGE_COOKIE_NAME);
    const registered = findCookie(localeCookieName);
    expect(registered?.category).toBe("preferences");
    const maxAge = cookieMaxAgeSeconds(cookieNamed(localeCookieName), new Date("2026-01-31T12:00:00Z"));
    expect(pick("en", "/").headers.get("set-cookie")).toContain(`Max-Age=${maxAge}`);
  });
});

describe("safeNextPath", () => {
  it("keeps paths on this site and drops their locale", () => {
    expect(safeNextPath("/pricing/")).toBe("/pricing/");
    expect(safeNextPath("/events/meetup-lisbon/")).toBe("/events/meetup-lisbon/");
    expect(safeNextPath("/fr/cookies/")).toBe("/cookies/");
    expect(safeNextPath("/de")).toBe("/");
  });

  it("never redirects off the site", () => {
    for (const next of [
      "https://evil.example/",
      "//evil.example/x",
      "/\\evil.example",
      "\\\\evil.example",
      "javascript:alert(1)",
      "evil.example",
      "",
      null,
      undefined,
    ]) {
      expect(safeNextPath(next), String(next)).toBe("/");
    }
  });

  it("drops the query and fragment, and normalises dot segments", () => {
    expect(safeNextPath("/pricing/?currency=USD#faq")).toBe("/pricing/");
    expect(safeNextPath("/a/../pricing/")).toBe("/pricing/");
  });
});
