import type { SendMailOptions } from "nodemailer";
import type { RenderedMail } from "./types";

/** Where a marketing mail's reader unsubscribes with one click (P11): an https URL and a mailto: URI. */
export interface Unsubscribe {
  url: string;
  mailto: string;
}

// Inside `<…>` in a raw header: no angle brackets, commas, whitespace or line breaks that could end the value.
const headerSafe = /^[^\s<>,]+$/;

function unsubscribeHeader(unsubscribe: Unsubscribe): string {
  const url = new URL(unsubscribe.url);
  if (url.protocol !== "https:" && url.protocol !== "http:") throw new TypeError("unsubscribe url must be http(s)");
  if (!unsubscribe.mailto.startsWith("mailto:")) throw new TypeError("unsubscribe mailto must be a mailto: URI");
  if (!headerSafe.test(unsubscribe.url) || !headerSafe.test(unsubscribe.mailto)) {
    throw new TypeError("unsubscribe addresses must not contain spaces, commas or angle brackets");
  }
  return `<${unsubscribe.url}>, <${unsubscribe.mailto}>`;
}

/**
 * The nodemailer message for one rendered mail. Service mail (F2) has no list headers. Marketing mail (F6) must
 * pass `unsubscribe`: RFC 8058 one-click unsubscribe needs exactly one List-Unsubscribe header holding both the
 * https URL and the mailto: URI (nodemailer's `list.unsubscribe` array would write two headers), set raw so it is
 * neither encoded nor split, plus `List-Unsubscribe-Post: List-Unsubscribe=One-Click`.
 */
export function mailOptions(input: {
  from: string;
  to: string;
  rendered: RenderedMail;
  unsubscribe?: Unsubscribe;
}): SendMailOptions {
  const options: SendMailOptions = {
    from: input.from,
    to: input.to,
    subject: input.rendered.subject,
    text: input.rendered.text,
    html: input.rendered.html,
  };
  if (input.unsubscribe) {
    options.headers = {
      "List-Unsubscribe": { prepared: true, value: unsubscribeHeader(input.unsubscribe) },
      "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    };
  }
  return options;
}
