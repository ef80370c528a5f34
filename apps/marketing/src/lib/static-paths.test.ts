import { locales, localeToPath } from "@abante/i18n";
import { describe, expect, it } from "vitest";
import config from "../../astro.config.mjs";
import { localeStaticPaths } from "./static-paths";

describe("localized pages", () => {
  it("are generated for every locale, under its URL segment", () => {
    const paths = localeStaticPaths();
    expect(paths.map((p) => p.props.locale)).toEqual([...locales]);
    expect(paths.map((p) => p.params.locale)).toEqual(["en", "es", "pt-br", "fr", "de"]);
  });

  it("use the same locales and URL segments in Astro's i18n routing as @abante/i18n", () => {
    const configured = config.i18n?.locales ?? [];
    const codes = configured.map((l) => (typeof l === "string" ? l : l.codes[0]));
    const segments = configured.map((l) => (typeof l === "string" ? l : l.path));
    expect(codes).toEqual([...locales]);
    expect(segments).toEqual(locales.map(localeToPath));
    expect(config.i18n?.defaultLocale).toBe("en");
  });

  it("all live under /<locale>/, and / is left to the negotiating redirect", () => {
    const routing = config.i18n?.routing;
    expect(routing).toMatchObject({ prefixDefaultLocale: true, redirectToDefaultLocale: false });
  });
});
