import { locales } from "@abante/i18n";
import { describe, expect, it } from "vitest";
import { mailLocale } from "./locale";
import { renderMail } from "./render";
import type { MailKind, MailParams } from "./types";

const url = "https://crm.abante.test/app/verify?token=tok_4f9a2c&lang=en";
const escapedUrl = "https://crm.abante.test/app/verify?token=tok_4f9a2c&amp;lang=en";

const samples: { [K in MailKind]: MailParams[K] } = {
  verify_email: { name: "Ana Souza", url },
  reset_password: { name: "Ana Souza", url },
  change_email: { name: "Ana Souza", url, newEmail: "ana.new@example.test" },
  email_changed: { name: "Ana Souza", newEmail: "ana.new@example.test" },
  password_changed: { name: "Ana Souza" },
  invite: { inviterName: "Bruno Lima", tenantName: "Lima & Filhos", url },
  partner_referral: {
    name: "Ponte Digital Consultoria",
    prospectName: "Ana Souza",
    prospectEmail: "ana@souza.example",
    prospectCompany: "Souza & Filhos",
    prospectPhone: "+55 11 98765-4321",
    prospectMessage: "We need help with 40 users.",
  },
};
const kinds = Object.keys(samples) as MailKind[];

const escapeHtml = (value: string) =>
  value.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;");

describe("renderMail", () => {
  describe.each(locales)("%s", (locale) => {
    it.each(kinds)("renders %s with every parameter in the text and (escaped) in the HTML", (kind) => {
      const mail = renderMail(kind, locale, samples[kind]);
      expect(mail.subject.trim()).not.toBe("");
      expect(mail.subject).not.toMatch(/[\r\n]/);
      expect(mail.text.trim()).not.toBe("");
      expect(mail.html).toContain(`<html lang="${locale}">`);
      for (const value of Object.values(samples[kind])) {
        if (value === url) {
          expect(mail.text).toContain(url);
          expect(mail.html).toContain(`href="${escapedUrl}"`);
        } else {
          expect(mail.text).toContain(value);
          expect(mail.html).toContain(escapeHtml(value));
        }
      }
      expect(mail.text).not.toMatch(/\{\w+\}/); // no placeholder left unfilled
      expect(mail.html).not.toMatch(/\{\w+\}/);
    });
  });

  it("states how long each link is valid", () => {
    expect(renderMail("verify_email", "en", samples.verify_email).text).toContain("valid for 24 hours");
    expect(renderMail("reset_password", "en", samples.reset_password).text).toContain("valid for 1 hour.");
    expect(renderMail("change_email", "en", samples.change_email).text).toContain("valid for 24 hours");
    expect(renderMail("invite", "en", samples.invite).text).toContain("valid for 7 days");
    const hours = { verify_email: "24", reset_password: "1", change_email: "24", invite: "7" } as const;
    for (const locale of locales) {
      for (const [kind, n] of Object.entries(hours) as [keyof typeof hours, string][]) {
        expect(renderMail(kind, locale, samples[kind]).text, `${locale} ${kind}`).toMatch(
          new RegExp(`(^|\\D)${n}(\\s|\\u00a0)`),
        );
      }
    }
  });

  it("says what to do when the reader did not ask for the mail", () => {
    expect(renderMail("verify_email", "en", samples.verify_email).text).toContain("you can ignore this e-mail");
    expect(renderMail("password_changed", "en", samples.password_changed).text).toContain(
      "If you did not, reset your password",
    );
  });

  it("greets by name, and without a name when there is none", () => {
    expect(renderMail("verify_email", "en", samples.verify_email).text).toMatch(/^Hello Ana Souza,\n/);
    expect(renderMail("verify_email", "de", samples.verify_email).text).toMatch(/^Hallo Ana Souza,\n/);
    expect(renderMail("invite", "en", samples.invite).text).toMatch(/^Hello,\n/);
    expect(renderMail("verify_email", "en", { name: " ", url }).text).toMatch(/^Hello,\n/);
  });

  it("escapes every parameter in the HTML", () => {
    const evil = '<script>&"';
    const mail = renderMail("invite", "en", { inviterName: evil, tenantName: `${evil}'`, url: `${url}&x="><b>` });
    expect(mail.html).not.toContain("<script>");
    expect(mail.html).not.toContain("<b>");
    expect(mail.html).toContain("&lt;script&gt;&amp;&quot; invited you to join &lt;script&gt;&amp;&quot;&#39;");
    expect(mail.html).toContain(
      'href="https://crm.abante.test/app/verify?token=tok_4f9a2c&amp;lang=en&amp;x=&quot;&gt;&lt;b&gt;"',
    );
    expect(mail.text).toContain('<script>&" invited you');
    const named = renderMail("password_changed", "fr", { name: evil });
    expect(named.html).toContain("Bonjour &lt;script&gt;&amp;&quot;,");
    expect(named.html).not.toContain("<script>");
  });

  it("keeps user-chosen names from forging lines in the text or the subject", () => {
    const mail = renderMail("invite", "en", {
      inviterName: "Eve\r\n\r\nUrgent: open https://evil.test",
      tenantName: "Acme\nBcc: x@evil.test",
      url,
    });
    expect(mail.subject).not.toMatch(/[\r\n]/);
    expect(mail.text).not.toContain("\nUrgent");
    expect(mail.text).toContain("Eve Urgent: open https://evil.test invited you");
  });

  it("is self-contained HTML: no remote images, fonts, styles or scripts", () => {
    for (const kind of kinds) {
      const html = renderMail(kind, "en", samples[kind]).html;
      expect(html).not.toMatch(/<img|<link|<script|<iframe|src=|url\(|@import|@font-face/i);
      const hrefs = [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]);
      expect(hrefs.every((href) => href === escapedUrl)).toBe(true);
    }
  });

  it("P14 lists the prospect's details for the partner, leaving out what the prospect did not give", () => {
    const full = renderMail("partner_referral", "en", samples.partner_referral);
    expect(full.subject).toBe("A prospect asks for a local partner: Ana Souza, Souza & Filhos");
    expect(full.text).toMatch(/^Hello Ponte Digital Consultoria,\n/);
    expect(full.text).toContain(
      [
        "What they told us:",
        "Contact person: Ana Souza",
        "E-mail address: ana@souza.example",
        "Phone: +55 11 98765-4321",
        "Company: Souza & Filhos",
        "Message:",
        "> We need help with 40 users.",
      ].join("\n"),
    );
    expect(full.html).toContain("<li>Company: Souza &amp; Filhos</li>");

    const { prospectPhone: _phone, prospectMessage: _message, ...minimal } = samples.partner_referral;
    const short = renderMail("partner_referral", "de", minimal);
    expect(short.text).toContain("Ansprechperson: Ana Souza\nE-Mail-Adresse: ana@souza.example\nUnternehmen: Souza");
    expect(short.text).not.toMatch(/Telefon|Nachricht/);
    expect(short.html).not.toMatch(/Telefon|Nachricht|blockquote/);
    expect(renderMail("partner_referral", "fr", { ...minimal, prospectPhone: " " }).text).not.toContain("Téléphone");
  });

  it("P14 keeps the lines of a prospect's message, quoted, so they cannot pass for lines of the mail", () => {
    const mail = renderMail("partner_referral", "en", {
      ...samples.partner_referral,
      prospectName: "Eve\nBcc: x@evil.test",
      prospectMessage: "First line\r\n\r\n\r\n\r\nSecond <b>line</b>\u0007\nhttps://evil.test/pay",
    });
    expect(mail.subject).not.toMatch(/[\r\n]/);
    expect(mail.text).toContain("Contact person: Eve Bcc: x@evil.test\n");
    expect(mail.text).toContain("Message:\n> First line\n>\n> Second <b>line</b>\n> https://evil.test/pay\n");
    expect(mail.html).toContain(
      "First line<br><br>Second &lt;b&gt;line&lt;/b&gt;<br>https://evil.test/pay</blockquote>",
    );
    expect(mail.html).not.toContain("<b>");
  });

  it("gives a link-less notice no button and no validity", () => {
    const mail = renderMail("email_changed", "en", samples.email_changed);
    expect(mail.html).not.toContain("<a ");
    expect(mail.text).not.toContain("valid for");
  });

  it("refuses a link that is not an absolute http(s) URL", () => {
    expect(() => renderMail("verify_email", "en", { name: "Ana", url: "/app/verify?token=x" })).toThrow(TypeError);
    expect(() => renderMail("verify_email", "en", { name: "Ana", url: "javascript:alert(1)" })).toThrow(TypeError);
  });

  it("falls back to en for an unknown locale and picks a locale by language", () => {
    expect(renderMail("verify_email", "xx", samples.verify_email).subject).toBe(
      renderMail("verify_email", "en", samples.verify_email).subject,
    );
    expect(renderMail("verify_email", "pt", samples.verify_email).subject).toBe(
      renderMail("verify_email", "pt-BR", samples.verify_email).subject,
    );
    expect(mailLocale("pt")).toBe("pt-BR");
    expect(mailLocale("pt-PT")).toBe("pt-BR");
    expect(mailLocale("pt-br")).toBe("pt-BR");
    expect(mailLocale("de_AT")).toBe("de");
    expect(mailLocale("FR")).toBe("fr");
    expect(mailLocale("")).toBe("en");
    expect(mailLocale("zh-CN")).toBe("en");
  });
});
