// P24 P32: the legal pages are rendered from the privacy registry. These tests render them (Astro's container API)
// in every locale and compare the result with the registry: every cookie and sub-processor appears with its
// fields, nothing else appears, and a changed registry changes the page.
import { type Locale, locales, useTranslations } from "@abante/i18n";
import {
  type CookieDefinition,
  cookies,
  type PrivacyRegistry,
  registry,
  registryWith,
  retention,
  subprocessors,
} from "@abante/privacy";
import { experimental_AstroContainer as AstroContainer } from "astro/container";
import { beforeAll, describe, expect, it } from "vitest";
import {
  categoryLabels,
  cookieLifetime,
  formatDate,
  formatDuration,
  retentionText,
  subprocessorLocation,
} from "../../lib/legal";
import CookiesPage from "../../pages/[locale]/cookies.astro";
import PrivacyPage from "../../pages/[locale]/privacy.astro";
import SubprocessorsPage from "../../pages/[locale]/subprocessors.astro";
import { elementsWith, elementWith, textOf } from "../../testing/html";
import CookiePolicy from "./CookiePolicy.astro";
import PrivacyPolicy from "./PrivacyPolicy.astro";
import SubprocessorList from "./SubprocessorList.astro";

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

const renderCookies = (locale: Locale, r: PrivacyRegistry = registry) =>
  container.renderToString(CookiePolicy, { props: { locale, registry: r } });
const renderSubprocessors = (locale: Locale, r: PrivacyRegistry = registry) =>
  container.renderToString(SubprocessorList, { props: { locale, registry: r } });
const renderPrivacy = (locale: Locale, r: PrivacyRegistry = registry) =>
  container.renderToString(PrivacyPolicy, { props: { locale, registry: r } });

describe.each(locales)("P32 cookie policy (%s)", (locale) => {
  const t = useTranslations(locale);

  it("lists every registered cookie and nothing else", async () => {
    const rows = elementsWith(await renderCookies(locale), "tr", "data-cookie");
    expect(rows.map(([name]) => name)).toEqual(cookies.map((c) => c.name));
  });

  it("shows each cookie's name, category, purpose, lifetime, provider and when it is set", async () => {
    const html = await renderCookies(locale);
    for (const cookie of cookies) {
      const row = textOf(elementWith(html, "tr", "data-cookie", cookie.name) ?? "");
      expect(row, cookie.name).toContain(cookie.name);
      for (const other of cookie.otherNames) expect(row).toContain(other);
      expect(row, cookie.name).toContain(t(`cookies.category.${cookie.category}`));
      expect(row, cookie.name).toContain(cookie.purpose[locale]);
      expect(row, cookie.name).toContain(cookie.setWhen[locale]);
      expect(row, cookie.name).toContain(cookieLifetime(cookie, locale, t));
      expect(row, cookie.name).toContain(cookie.provider);
    }
  });

  it("states lifetimes in this locale's words", async () => {
    const html = await renderCookies(locale);
    const consent = textOf(elementWith(html, "tr", "data-cookie", "abante_consent") ?? "");
    expect(consent).toContain(formatDuration({ amount: retention.consentMonths, unit: "months" }, locale));
  });
});

describe("P32 the cookie policy follows the registry", () => {
  const extra: CookieDefinition = {
    ...cookies[2]!,
    name: "abante_test_only",
    purpose: { en: "Test purpose", es: "Prueba", "pt-BR": "Teste", fr: "Essai", de: "Versuch" },
  };

  it("shows a cookie added to the registry, and drops one removed from it", async () => {
    const added = await renderCookies("en", registryWith({ cookies: [...cookies, extra] }));
    expect(elementsWith(added, "tr", "data-cookie").map(([n]) => n)).toContain("abante_test_only");
    expect(textOf(added)).toContain("Test purpose");
    const removed = await renderCookies("en", registryWith({ cookies: cookies.filter((c) => c.name !== "_ga") }));
    expect(elementsWith(removed, "tr", "data-cookie").map(([n]) => n)).not.toContain("_ga");
  });

  it("changes the stated consent lifetime with the retention setting", async () => {
    const html = await renderCookies("en", registryWith({ retention: { ...retention, consentMonths: 9 } }));
    const row = textOf(elementWith(html, "tr", "data-cookie", "abante_consent") ?? "");
    expect(row).toContain("9 months");
    expect(row).not.toContain("12 months");
    expect(textOf(elementWith(html, "section", "data-promise", "P31") ?? "")).toContain("9 months");
  });

  it("is what the cookie page shows", async () => {
    for (const locale of locales) {
      const page = await container.renderToString(CookiesPage, { props: { locale }, params: { locale } });
      const component = await renderCookies(locale);
      const table = (html: string) => elementsWith(html, "tr", "data-cookie");
      expect(table(page)).toEqual(table(component));
      expect(page).toMatch(new RegExp(`<html lang="${locale}"`));
    }
  });
});

describe.each(locales)("P24 sub-processor list (%s)", (locale) => {
  it("lists every registered sub-processor and nothing else", async () => {
    const rows = elementsWith(await renderSubprocessors(locale), "tr", "data-subprocessor");
    expect(rows.map(([id]) => id)).toEqual(subprocessors.map((s) => s.id));
  });

  it("shows each one's name, purpose, data categories, location, DPA date and website", async () => {
    const html = await renderSubprocessors(locale);
    for (const s of subprocessors) {
      const raw = elementWith(html, "tr", "data-subprocessor", s.id) ?? "";
      const row = textOf(raw);
      expect(row, s.id).toContain(s.name);
      expect(row, s.id).toContain(s.purpose[locale]);
      for (const label of categoryLabels(s.dataCategories, locale)) expect(row, s.id).toContain(label);
      expect(row, s.id).toContain(subprocessorLocation(s, locale));
      expect(row, s.id).toContain(formatDate(s.dpaDate, locale));
      expect(raw, s.id).toContain(`href="${s.website}"`);
      if (s.usedWhen) expect(row, s.id).toContain(s.usedWhen[locale]);
      if (s.transferSafeguard) expect(row, s.id).toContain(s.transferSafeguard[locale]);
    }
  });
});

describe("P24 the sub-processor list follows the registry", () => {
  it("drops a sub-processor removed from the registry", async () => {
    const html = await renderSubprocessors("de", registryWith({ subprocessors: subprocessors.slice(0, 2) }));
    expect(elementsWith(html, "tr", "data-subprocessor").map(([id]) => id)).toEqual(
      subprocessors.slice(0, 2).map((s) => s.id),
    );
    expect(textOf(html)).not.toContain(subprocessors[3]!.name);
  });

  it("is what the sub-processor page shows", async () => {
    for (const locale of locales) {
      const page = await container.renderToString(SubprocessorsPage, { props: { locale }, params: { locale } });
      const rows = (html: string) => elementsWith(html, "tr", "data-subprocessor");
      expect(rows(page)).toEqual(rows(await renderSubprocessors(locale)));
    }
  });
});

describe("P26 P27 P28 P29 P18 the privacy policy states the registry's periods", () => {
  const promise = async (locale: Locale, n: number, r: PrivacyRegistry = registry) =>
    textOf(elementWith(await renderPrivacy(locale, r), "li", "data-promise", `P${n}`) ?? "");

  it("explains every promise P1–P32, in every locale", async () => {
    for (const locale of locales) {
      const html = await renderPrivacy(locale);
      const numbers = elementsWith(html, "li", "data-promise").map(([p]) => p);
      expect(numbers).toEqual(Array.from({ length: 32 }, (_, i) => `P${i + 1}`));
      for (const [, body] of elementsWith(html, "li", "data-promise")) expect(textOf(body)).not.toMatch(/\{\w+\}/);
    }
  });

  it("says 6 months for the request log because the registry says 6, and 7 when it says 7", async () => {
    expect(retention.requestLogMonths).toBe(6);
    expect(await promise("en", 26)).toContain("after 6 months");
    const seven = registryWith({ retention: { ...retention, requestLogMonths: 7 } });
    const text = await promise("en", 26, seven);
    expect(text).toContain("after 7 months");
    expect(text).not.toContain("6 months");
    expect(await promise("de", 26, seven)).toContain("7 Monate alt");
    expect(await promise("en", 5, seven)).toContain("7 months");
  });

  it("follows every other period of the registry", async () => {
    const changed = registryWith({
      retention: {
        ...retention,
        sessionIdleDays: 3,
        sessionMaxDays: 45,
        cancelledTenantGraceDays: 21,
        backupMonths: 4,
        billingYearsDefault: 8,
        dsrDeadlineDays: 20,
        consentMonths: 9,
      },
    });
    expect(await promise("en", 27, changed)).toBe(
      "P27 Sessions A session ends 3 days after your last activity and at the latest 45 days after you signed in.",
    );
    expect(await promise("en", 28, changed)).toContain("21 days");
    expect(await promise("en", 29, changed)).toContain("up to 4 months");
    expect(await promise("en", 25, changed)).toContain("8 years");
    expect(await promise("en", 18, changed)).toContain("within 20 days");
    expect(await promise("en", 31, changed)).toContain("after 9 months");
  });

  it("shows the data map with each table's retention rule, from the registry", async () => {
    for (const locale of locales) {
      const t = useTranslations(locale);
      const html = await renderPrivacy(locale);
      const rows = elementsWith(html, "tr", "data-table");
      expect(rows.map(([table]) => table)).toEqual(registry.dataMap.map((e) => e.table));
      for (const entry of registry.dataMap) {
        const row = textOf(elementWith(html, "tr", "data-table", entry.table) ?? "");
        expect(row).toContain(entry.label[locale]);
        expect(row).toContain(retentionText(entry.retention, registry, locale, t));
      }
    }
    const changed = registryWith({ retention: { ...retention, requestLogMonths: 5 } });
    const row = textOf(elementWith(await renderPrivacy("en", changed), "tr", "data-table", "request_log") ?? "");
    expect(row).toContain("Deleted after 5 months");
  });

  it("is what the privacy page shows", async () => {
    const page = await container.renderToString(PrivacyPage, { props: { locale: "fr" }, params: { locale: "fr" } });
    const promises = (html: string) => elementsWith(html, "li", "data-promise");
    expect(promises(page)).toEqual(promises(await renderPrivacy("fr")));
  });
});
