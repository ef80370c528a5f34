import { describe, expect, it } from "vitest";
import { localeRedirect, readCookie } from "./locale-redirect";

const root = (headers: Record<string, string> = {}, url = "http://localhost:3000/") =>
  localeRedirect(new Request(url, { headers }));

describe("GET / locale redirect", () => {
  it("P4 sends the browser's language home: es-AR,es;q=0.9 → /es/", () => {
    const response = root({ "accept-language": "es-AR,es;q=0.9" });
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe("/es/");
  });

  it("P4 uses the locale's URL segment: pt-BR → /pt-br/", () => {
    expect(root({ "accept-language": "pt-BR,pt;q=0.9,en;q=0.8" }).headers.get("location")).toBe("/pt-br/");
    expect(root({ "accept-language": "pt-PT" }).headers.get("location")).toBe("/pt-br/");
    expect(root({ "accept-language": "de-CH" }).headers.get("location")).toBe("/de/");
    expect(root({ "accept-language": "fr-FR,fr;q=0.9" }).headers.get("location")).toBe("/fr/");
  });

  it("P4 an explicit choice always wins: the abante_lang cookie beats Accept-Language", () => {
    const response = root({ "accept-language": "es-AR,es;q=0.9", cookie: "theme=dark; abante_lang=pt-BR; x=1" });
    expect(response.headers.get("location")).toBe("/pt-br/");
  });

  it("P4 with no Accept-Language, the visitor's country picks the language: BR → /pt-br/", () => {
    expect(root({ "x-abante-country": "BR" }).headers.get("location")).toBe("/pt-br/");
    expect(root({ "x-abante-country": "AT" }).headers.get("location")).toBe("/de/");
    expect(root({ "x-abante-country": "MX" }).headers.get("location")).toBe("/es/");
    expect(root({ "x-abante-country": "JP" }).headers.get("location")).toBe("/en/");
  });

  it("P4 the country only breaks ties: it never overrides the browser's languages or the cookie", () => {
    expect(root({ "x-abante-country": "BR", "accept-language": "fr" }).headers.get("location")).toBe("/fr/");
    expect(root({ "x-abante-country": "BR", cookie: "abante_lang=de" }).headers.get("location")).toBe("/de/");
    expect(root({ "x-abante-country": "BR", "accept-language": "pt" }).headers.get("location")).toBe("/pt-br/");
  });

  it("ignores a malformed country header", () => {
    expect(root({ "x-abante-country": "Brazil" }).headers.get("location")).toBe("/en/");
    expect(root({ "x-abante-country": "XX" }).headers.get("location")).toBe("/en/");
  });

  it("falls back to /en/ without a usable header or cookie", () => {
    expect(root().headers.get("location")).toBe("/en/");
    expect(root({ "accept-language": "ja" }).headers.get("location")).toBe("/en/");
    expect(root({ "accept-language": "de", cookie: "abante_lang=klingon" }).headers.get("location")).toBe("/de/");
  });

  it("varies on Accept-Language and Cookie and is not stored", () => {
    const response = root({ "accept-language": "de" });
    expect(response.headers.get("vary")).toBe("Accept-Language, Cookie");
    expect(response.headers.get("cache-control")).toBe("no-store");
  });

  it("keeps the query string (campaign links)", () => {
    const response = root({ "accept-language": "fr" }, "http://localhost:3000/?utm_source=newsletter&x=1");
    expect(response.headers.get("location")).toBe("/fr/?utm_source=newsletter&x=1");
  });
});

describe("readCookie", () => {
  it("finds one cookie among several", () => {
    expect(readCookie("a=1; abante_lang=fr; b=2", "abante_lang")).toBe("fr");
    expect(readCookie("abante_lang=de", "abante_lang")).toBe("de");
    expect(readCookie('abante_lang="es"', "abante_lang")).toBe("es");
    expect(readCookie("abante_lang=pt-BR", "abante_lang")).toBe("pt-BR");
  });

  it("does not match a cookie whose name only contains the name", () => {
    expect(readCookie("xabante_lang=fr; abante_lang_old=de", "abante_lang")).toBeUndefined();
  });

  it("tolerates missing and malformed headers", () => {
    expect(readCookie(null, "abante_lang")).toBeUndefined();
    expect(readCookie("", "abante_lang")).toBeUndefined();
    expect(readCookie("garbage;;=;", "abante_lang")).toBeUndefined();
    expect(readCookie("abante_lang=%E0%A4%A", "abante_lang")).toBeUndefined();
  });
});
