import { interpolate, type Locale } from "@abante/i18n";
import { type MailMessageKey, mailMessages } from "./catalog/index";
import { mailLocale } from "./locale";
import type { MailKind, MailParams, RenderedMail } from "./types";

/** One labelled value of a mail that lists details. A `block` value keeps its line breaks (a message). */
interface Detail {
  label: MailMessageKey;
  param: string;
  block?: true;
}

interface Template {
  subject: MailMessageKey;
  intro: MailMessageKey;
  ignore: MailMessageKey;
  /** Mails that ask the reader to act carry one link, its button label and how long it stays valid. */
  link?: { action: MailMessageKey; validity: MailMessageKey };
  /** Mails that pass details on list them under a heading; a detail whose parameter is absent or blank is left out. */
  details?: { heading: MailMessageKey; items: readonly Detail[] };
}

const templates: Record<MailKind, Template> = {
  verify_email: {
    subject: "verifyEmail.subject",
    intro: "verifyEmail.intro",
    ignore: "verifyEmail.ignore",
    link: { action: "verifyEmail.action", validity: "verifyEmail.validity" },
  },
  reset_password: {
    subject: "resetPassword.subject",
    intro: "resetPassword.intro",
    ignore: "resetPassword.ignore",
    link: { action: "resetPassword.action", validity: "resetPassword.validity" },
  },
  change_email: {
    subject: "changeEmail.subject",
    intro: "changeEmail.intro",
    ignore: "changeEmail.ignore",
    link: { action: "changeEmail.action", validity: "changeEmail.validity" },
  },
  email_changed: { subject: "emailChanged.subject", intro: "emailChanged.intro", ignore: "emailChanged.ignore" },
  password_changed: {
    subject: "passwordChanged.subject",
    intro: "passwordChanged.intro",
    ignore: "passwordChanged.ignore",
  },
  invite: {
    subject: "invite.subject",
    intro: "invite.intro",
    ignore: "invite.ignore",
    link: { action: "invite.action", validity: "invite.validity" },
  },
  partner_referral: {
    subject: "partnerReferral.subject",
    intro: "partnerReferral.intro",
    ignore: "partnerReferral.ignore",
    details: {
      heading: "partnerReferral.details",
      items: [
        { label: "partnerReferral.name", param: "prospectName" },
        { label: "partnerReferral.email", param: "prospectEmail" },
        { label: "partnerReferral.phone", param: "prospectPhone" },
        { label: "partnerReferral.company", param: "prospectCompany" },
        { label: "partnerReferral.message", param: "prospectMessage", block: true },
      ],
    },
  },
};

const htmlEscapes: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (ch) => htmlEscapes[ch]!);
}

/**
 * Names and tenant names are chosen by users, and an invitation goes to an address its sender picks: line breaks
 * and other control characters in them could forge extra lines (a fake link) in the text part or the subject.
 */
function clean(value: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: stripping control characters is the point
  return value.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, " ").trim();
}

/**
 * A multi-line value (a prospect's message): line breaks are kept, as `\n`, and every other control character goes.
 * The text part quotes each line, so nothing in it can pass for a line of the mail itself.
 */
function cleanBlock(value: string): string {
  return (
    value
      .replace(/\r\n?|[\u2028\u2029]/g, "\n")
      // biome-ignore lint/suspicious/noControlCharactersInRegex: stripping control characters is the point
      .replace(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]+/g, " ")
      .replace(/[ \t]+$/gm, "")
      .replace(/\n{3,}/g, "\n\n")
      .trim()
  );
}

function checkedUrl(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new TypeError("mail link must be an absolute http(s) URL");
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    throw new TypeError("mail link must be an absolute http(s) URL");
  }
  return value;
}

const style = {
  body: "margin:0;padding:24px;background:#ffffff;color:#1f2933;font-family:-apple-system,BlinkMacSystemFont,'Segoe UI',Roboto,Helvetica,Arial,sans-serif;font-size:16px;line-height:1.5",
  main: "max-width:560px;margin:0 auto",
  p: "margin:0 0 16px",
  buttonRow: "margin:24px 0",
  button:
    "display:inline-block;padding:12px 20px;background:#1d4ed8;color:#ffffff;text-decoration:none;border-radius:6px;font-weight:600",
  small: "margin:0 0 16px;font-size:14px;color:#52606d",
  link: "color:#1d4ed8;word-break:break-all",
  list: "margin:0 0 16px;padding-left:20px",
  quote: "margin:4px 0 0;padding:8px 12px;border-left:3px solid #cbd2d9;color:#3e4c59;white-space:normal",
};

/**
 * Renders one mail in the reader's language: greeting, one sentence, the details it passes on (if any), the link
 * (button and plain link) with its validity, and what to do when the reader did not ask for it. Plain inline-styled
 * HTML: no remote images, fonts or tracking of any kind.
 */
export function renderMail<K extends MailKind>(kind: K, locale: string, params: MailParams[K]): RenderedMail {
  const lang: Locale = mailLocale(locale);
  const catalog = mailMessages[lang];
  const template = templates[kind];
  const blocks = new Set(template.details?.items.filter((d) => d.block).map((d) => d.param));
  const values: Record<string, string> = {};
  for (const [key, value] of Object.entries(params as Record<string, string | undefined>)) {
    if (value === undefined || value === null) continue;
    values[key] = blocks.has(key) ? cleanBlock(String(value)) : clean(String(value));
  }
  const url = template.link ? checkedUrl(values.url ?? "") : undefined;

  const escaped: Record<string, string> = {};
  for (const [key, value] of Object.entries(values)) escaped[key] = escapeHtml(value);
  const text = (key: MailMessageKey) => interpolate(catalog[key], values);
  // Escape the message first, then fill in escaped values: `{name}` survives escaping, markup in a value does not.
  const html = (key: MailMessageKey) => interpolate(escapeHtml(catalog[key]), escaped);

  const greetingKey: MailMessageKey = values.name ? "common.greeting" : "common.greetingNoName";
  const subject = text(template.subject);

  const textParts = [text(greetingKey), text(template.intro)];
  const htmlParts = [
    `<p style="${style.p}">${html(greetingKey)}</p>`,
    `<p style="${style.p}">${html(template.intro)}</p>`,
  ];
  if (template.details) {
    const present = template.details.items.filter((d) => values[d.param]);
    const field = (d: Detail, value: string) => interpolate(catalog["common.field"], { label: text(d.label), value });
    const htmlField = (d: Detail, value: string) =>
      interpolate(escapeHtml(catalog["common.field"]), { label: escapeHtml(text(d.label)), value });
    const textLines: string[] = [];
    const htmlItems: string[] = [];
    for (const d of present) {
      const value = values[d.param]!;
      if (d.block) {
        // The label alone ("Message:"), then the value: quoted lines in text, a quote block in HTML.
        const quoted = value.split("\n").map((line) => `> ${line}`.trimEnd());
        textLines.push(field(d, "").trimEnd(), ...quoted);
        const body = escaped[d.param]!.split("\n").join("<br>");
        htmlItems.push(`<li>${htmlField(d, "").trimEnd()}<blockquote style="${style.quote}">${body}</blockquote></li>`);
      } else {
        textLines.push(field(d, value));
        htmlItems.push(`<li>${htmlField(d, escaped[d.param]!)}</li>`);
      }
    }
    textParts.push([text(template.details.heading), ...textLines].join("\n"));
    htmlParts.push(
      `<p style="${style.p}">${html(template.details.heading)}</p>`,
      `<ul style="${style.list}">${htmlItems.join("")}</ul>`,
    );
  }
  if (template.link && url !== undefined) {
    const href = escapeHtml(url);
    const action = interpolate(catalog["common.textAction"], { action: text(template.link.action) });
    textParts.push(`${action}\n${url}`, text(template.link.validity));
    htmlParts.push(
      `<p style="${style.buttonRow}"><a href="${href}" style="${style.button}">${html(template.link.action)}</a></p>`,
      `<p style="${style.small}">${html("common.linkFallback")}<br><a href="${href}" style="${style.link}">${href}</a></p>`,
      `<p style="${style.p}">${html(template.link.validity)}</p>`,
    );
  }
  textParts.push(text(template.ignore), text("common.signature"));
  htmlParts.push(
    `<p style="${style.p}">${html(template.ignore)}</p>`,
    `<p style="${style.p}">${html("common.signature")}</p>`,
  );

  return {
    subject,
    text: `${textParts.join("\n\n")}\n`,
    html: [
      "<!doctype html>",
      `<html lang="${lang}">`,
      "<head>",
      '<meta charset="utf-8">',
      '<meta name="viewport" content="width=device-width, initial-scale=1">',
      `<title>${escapeHtml(subject)}</title>`,
      "</head>",
      `<body style="${style.body}">`,
      `<div style="${style.main}">`,
      ...htmlParts,
      "</div>",
      "</body>",
      "</html>",
      "",
    ].join("\n"),
  };
}
