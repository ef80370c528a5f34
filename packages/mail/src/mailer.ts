import { type Db, schema } from "@abante/db";
import { eq } from "drizzle-orm";
import nodemailer from "nodemailer";
import { z } from "zod";
import { MailDeliveryError } from "./errors";
import { mailLocale } from "./locale";
import { mailOptions, type Unsubscribe } from "./message";
import { renderMail } from "./render";
import type { Mailer, MailKind, MailLogger, RenderedMail, SendInput } from "./types";

/** Where the CRM shows the dev outbox; the dev log line points there instead of printing the mail's link. */
export const devMailboxPath = "/app/dev/mailbox";

const silent: MailLogger = { info() {}, error() {} };
const address = z.email();

interface Outgoing {
  to: string;
  kind: MailKind;
  locale: string;
  rendered: RenderedMail;
  /** Set for marketing mail only (F6); it is what makes a mail "marketing" in the outbox. */
  unsubscribe?: Unsubscribe;
}

function describeError(err: unknown): string {
  if (!(err instanceof Error)) return String(err);
  const code = (err as { code?: unknown }).code;
  const text = typeof code === "string" && !err.message.includes(code) ? `${code}: ${err.message}` : err.message;
  return text.slice(0, 2000);
}

function smtpTransport(smtpUrl: string) {
  let protocol: string;
  try {
    protocol = new URL(smtpUrl).protocol;
  } catch {
    protocol = "";
  }
  // Never echo the URL: it may carry the SMTP password.
  if (protocol !== "smtp:" && protocol !== "smtps:") throw new TypeError("smtpUrl must be an smtp:// or smtps:// URL");
  // Short timeouts: a request that sends a mail should fail in seconds, not hang for nodemailer's default minutes.
  return nodemailer.createTransport({
    url: smtpUrl,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
  });
}

/**
 * With `smtpUrl` (smtp:// or smtps://) mail goes out through nodemailer; without it ("dev") nothing leaves the
 * machine: the mail is only stored and the log says where to read it. Both store every mail in outbox_message.
 * A failing SMTP send records its error on the outbox row and rejects with MailDeliveryError.
 */
export function createMailer(options: { db: Db; smtpUrl?: string; from: string; log?: MailLogger }): Mailer {
  const { db, from } = options;
  const log = options.log ?? silent;
  const transporter = options.smtpUrl ? smtpTransport(options.smtpUrl) : undefined;
  const transport = transporter ? "smtp" : "dev";
  const t = schema.outboxMessage;

  async function deliver(mail: Outgoing): Promise<{ id: string; transport: "smtp" | "dev" }> {
    const row = {
      toAddress: mail.to,
      subject: mail.rendered.subject,
      textBody: mail.rendered.text,
      htmlBody: mail.rendered.html,
      kind: mail.kind,
      marketing: mail.unsubscribe !== undefined,
      locale: mail.locale,
      transport,
    };

    if (!transporter) {
      const [stored] = await db
        .insert(t)
        .values({ ...row, sentAt: new Date() })
        .returning({ id: t.id });
      const id = stored!.id;
      // The subject and address only: the link (and its token) is read in the dev mailbox, never in logs.
      log.info(
        { mailId: id, kind: mail.kind, locale: mail.locale, mailbox: devMailboxPath },
        `dev mailbox: ${mail.rendered.subject} → ${mail.to} (read it at ${devMailboxPath})`,
      );
      return { id, transport };
    }

    // Stored before sending, so a mail whose delivery dies half-way still shows up, with no sentAt.
    const [stored] = await db.insert(t).values(row).returning({ id: t.id });
    const id = stored!.id;
    try {
      await transporter.sendMail(
        mailOptions({ from, to: mail.to, rendered: mail.rendered, unsubscribe: mail.unsubscribe }),
      );
    } catch (err) {
      const error = describeError(err);
      await db.update(t).set({ error }).where(eq(t.id, id));
      log.error({ mailId: id, kind: mail.kind, err: error }, "mail delivery failed");
      throw new MailDeliveryError(`mail delivery failed: ${error}`, { mailId: id, cause: err });
    }
    await db.update(t).set({ sentAt: new Date(), error: null }).where(eq(t.id, id));
    log.info({ mailId: id, kind: mail.kind }, "mail sent");
    return { id, transport };
  }

  return {
    transport,
    async send<K extends MailKind>(input: SendInput<K>) {
      if ((input as { marketing?: unknown }).marketing) {
        // P11: a marketing mail must carry a one-click unsubscribe; that path arrives with F6, not through send().
        throw new TypeError("send() delivers service mail only; marketing mail needs an unsubscribe link (P11)");
      }
      if (!address.safeParse(input.to).success) {
        throw new MailDeliveryError("mail delivery refused: the recipient is not one valid e-mail address");
      }
      const locale = mailLocale(input.locale);
      return deliver({
        to: input.to,
        kind: input.kind,
        locale,
        rendered: renderMail(input.kind, locale, input.params),
      });
    },
    async close() {
      transporter?.close();
    },
  };
}
