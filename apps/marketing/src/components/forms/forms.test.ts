// The public forms as plain HTML: the markup contract the form island relies on, labels and error slots for every
// field, and the notices that must come before the submit button (P2, P13, P14, P22, P1).
import { type Locale, locales, useTranslations } from "@abante/i18n";
import { experimental_AstroContainer as AstroContainer } from "astro/container";
import { beforeAll, describe, expect, it } from "vitest";
// The sign-up schema, read straight from its source: the form must post exactly its fields (P1).
import {
  interests as apiInterests,
  businessSectors as apiSectors,
  signUpInput,
} from "../../../../../packages/validators/src/identity";
import { businessSectors, interests, PASSWORD_MAX, PASSWORD_MIN } from "../../lib/signup";
import { decodeEntities, textOf } from "../../testing/html";
import ContactSalesForm from "./ContactSalesForm.astro";
import EventRegistrationForm from "./EventRegistrationForm.astro";
import PartnerRequestForm from "./PartnerRequestForm.astro";
import PrivacyRequestForm from "./PrivacyRequestForm.astro";
import StartTrialForm from "./StartTrialForm.astro";

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

interface Control {
  tag: string;
  name: string;
  id: string | undefined;
  type: string | undefined;
  required: boolean;
}

const attr = (tag: string, name: string) => {
  const m = tag.match(new RegExp(`\\s${name}(?:="([^"]*)")?(?=[\\s>/])`));
  return m ? decodeEntities(m[1] ?? "") : undefined;
};

function controls(html: string): Control[] {
  return [...html.matchAll(/<(input|select|textarea)\b[^>]*>/g)].map((m) => ({
    tag: m[1]!,
    name: attr(m[0], "name") ?? "",
    id: attr(m[0], "id"),
    type: attr(m[0], "type"),
    required: attr(m[0], "required") !== undefined,
  }));
}

const visibleFields = (html: string) => controls(html).filter((c) => c.type !== "hidden");
const fieldNames = (html: string) => [...new Set(visibleFields(html).map((c) => c.name))];

/** What every form must offer the island and the visitor. */
function expectFormContract(html: string, name: string, procedure: string) {
  expect(html).toMatch(new RegExp(`<form[^>]*data-form="${name}"`));
  expect(html).toMatch(new RegExp(`<form[^>]*data-procedure="${procedure}"`));
  expect(html).toMatch(/<form[^>]*method="post"/);
  expect(html).toContain('class="altcha-slot"');
  expect(html).toMatch(/<p class="form-error" data-form-error[^>]*role="alert"[^>]*hidden/);
  expect(html).toMatch(/<div class="form-success" data-form-success[^>]*hidden/);
  expect(html).toContain("<noscript>");
  // Every visible control has a label, and every named field an error slot, hidden until needed.
  for (const control of visibleFields(html)) {
    if (control.type === "checkbox") continue; // wrapped in its <label>
    expect(control.id, control.name).toBeDefined();
    expect(html, control.name).toContain(`for="${control.id}"`);
  }
  for (const field of fieldNames(html)) {
    expect(html, field).toMatch(new RegExp(`<p class="field-error"[^>]*data-error-for="${field}"[^>]*hidden`));
  }
  const altcha = html.match(/data-altcha-strings="([^"]*)"/)?.[1];
  expect(JSON.parse(decodeEntities(altcha ?? "null"))).toHaveProperty("label");
  const messages = html.match(/data-messages="([^"]*)"/)?.[1];
  expect(Object.keys(JSON.parse(decodeEntities(messages ?? "{}")))).toEqual(
    expect.arrayContaining(["generic", "network", "rateLimited", "botCheck", "invalid"]),
  );
}

/** The notice is read before the visitor can press submit: it precedes the button and describes it. */
function expectNoticeBeforeSubmit(html: string, notice: string) {
  const noticeAt = decodeEntities(html).indexOf(notice);
  const buttonAt = decodeEntities(html).indexOf('type="submit"');
  expect(noticeAt, "notice present").toBeGreaterThan(-1);
  expect(noticeAt, "notice before submit").toBeLessThan(buttonAt);
  const noticeId = html.match(/<p class="form__notice" id="([^"]+)"/)?.[1];
  expect(html).toMatch(new RegExp(`<button type="submit"[^>]*aria-describedby="${noticeId}"`));
}

const required = (html: string) =>
  visibleFields(html)
    .filter((c) => c.required)
    .map((c) => c.name);

describe.each(locales)("forms (%s)", (locale: Locale) => {
  const t = useTranslations(locale);

  it("P2 contact sales: name, e-mail, company and message required, phone optional", async () => {
    const html = await container.renderToString(ContactSalesForm, { props: { locale } });
    expectFormContract(html, "contactSales", "forms.contactSales");
    expect(fieldNames(html)).toEqual(["name", "email", "company", "phone", "message"]);
    expect(required(html)).toEqual(["name", "email", "company", "message"]);
    expectNoticeBeforeSubmit(html, t("contact.notice"));
  });

  it("P13 event registration names the organiser and every sponsor before submitting", async () => {
    const html = await container.renderToString(EventRegistrationForm, {
      props: { locale, slug: "meetup-lisboa", organiser: "Lisbon CRM Club", sponsors: ["Acme Lda", "Beta SA"] },
    });
    expectFormContract(html, "registerEvent", "forms.registerEvent");
    expect(fieldNames(html)).toEqual(["name", "email", "phone", "company"]);
    expect(required(html)).toEqual(["name", "email", "company"]);
    expect(html).toContain('<input type="hidden" name="slug" value="meetup-lisboa">');
    const notice = decodeEntities(html.match(/<p class="form__notice"[^>]*>([^<]*)</)?.[1] ?? "");
    for (const name of ["Lisbon CRM Club", "Acme Lda", "Beta SA"]) expect(notice).toContain(name);
    expectNoticeBeforeSubmit(html, notice);
  });

  it("P13 an event without sponsors says so", async () => {
    const html = await container.renderToString(EventRegistrationForm, {
      props: { locale, slug: "x", organiser: "Org", sponsors: [] },
    });
    expect(textOf(html)).toContain(t("events.register.noticeNoSponsors", { organiser: "Org" }));
  });

  it("P14 partner request tells who receives the data, before submitting", async () => {
    const html = await container.renderToString(PartnerRequestForm, { props: { locale, country: "BR" } });
    expectFormContract(html, "partnerRequest", "forms.partnerRequest");
    expect(fieldNames(html)).toEqual(["name", "email", "phone", "company", "message"]);
    expect(required(html)).toEqual(["name", "email", "company"]);
    expect(html).toContain('<input type="hidden" name="country" value="BR">');
    expectNoticeBeforeSubmit(html, t("partners.request.notice"));
  });

  it("P22 privacy request: e-mail and kind required", async () => {
    const html = await container.renderToString(PrivacyRequestForm, { props: { locale } });
    expectFormContract(html, "privacyRequest", "forms.privacyRequest");
    expect(fieldNames(html)).toEqual(["email", "kind", "message"]);
    expect(required(html)).toEqual(["email", "kind"]);
    const kinds = [...html.matchAll(/<option value="([^"]*)"/g)].map((m) => m[1]);
    expect(kinds).toEqual(["", "access", "rectification", "erasure", "objection"]);
  });

  it("P1 start trial posts exactly the sign-up fields to auth.signUp", async () => {
    const html = await container.renderToString(StartTrialForm, { props: { locale } });
    expectFormContract(html, "startTrial", "auth.signUp");
    expect(fieldNames(html).sort()).toEqual(Object.keys(signUpInput.shape).sort());
    expect(required(html)).toEqual(["name", "companyName", "email", "password", "businessSector"]);
    const sectors = [...html.matchAll(/<option value="([^"]+)"/g)].map((m) => m[1]);
    expect(sectors).toEqual([...apiSectors]);
    const interestValues = [...html.matchAll(/name="interests" value="([^"]+)"/g)].map((m) => m[1]);
    expect(interestValues).toEqual([...apiInterests]);
    expect(html).toMatch(new RegExp(`type="password"[^>]*minlength="${PASSWORD_MIN}"`));
    expect(html).toContain('autocomplete="new-password"');
    expect(html).toContain('href="/app/sign-in"');
    expect(html).toContain('data-form-value="email"');
    expectNoticeBeforeSubmit(html, t("trial.notice"));
  });
});

describe("P1 the sign-up options mirror @abante/validators", () => {
  it("offers the same sectors, interests and password limits", () => {
    expect([...businessSectors]).toEqual([...apiSectors]);
    expect([...interests]).toEqual([...apiInterests]);
    const password = signUpInput.shape.password;
    expect(password.safeParse("x".repeat(PASSWORD_MIN)).success).toBe(true);
    expect(password.safeParse("x".repeat(PASSWORD_MIN - 1)).success).toBe(false);
    expect(password.safeParse("x".repeat(PASSWORD_MAX)).success).toBe(true);
    expect(password.safeParse("x".repeat(PASSWORD_MAX + 1)).success).toBe(false);
  });
});
