import type { schema } from "@abante/db";

export type MailKind =
  | "verify_email"
  | "reset_password"
  | "change_email"
  | "email_changed"
  | "password_changed"
  | "invite"
  | "partner_referral";

/** The parameters each kind of mail needs. Every value is shown to the reader (escaped in HTML). */
export interface MailParams {
  verify_email: { name: string; url: string };
  reset_password: { name: string; url: string };
  change_email: { name: string; url: string; newEmail: string };
  email_changed: { name: string; newEmail: string };
  password_changed: { name: string };
  invite: { inviterName: string; tenantName: string; url: string };
  /**
   * P14: a prospect passed to a local partner. Only what the disclosure register records as shared appears: name,
   * e-mail and company always, phone and message when the prospect gave them. `name` is the partner's.
   */
  partner_referral: {
    name: string;
    prospectName: string;
    prospectEmail: string;
    prospectCompany: string;
    prospectPhone?: string;
    prospectMessage?: string;
  };
}

export interface SendInput<K extends MailKind> {
  to: string;
  kind: K;
  /** Any locale code; unknown ones fall back to en, a bare language picks its locale ("pt" → pt-BR). */
  locale: string;
  params: MailParams[K];
  /**
   * Marketing mail (P11) arrives with F6 and must carry a one-click unsubscribe; until then only service mail
   * is sent, and `marketing: true` is refused at run time too.
   */
  marketing?: false;
}

export interface Mailer {
  /** Renders, stores in the outbox and delivers one mail. Resolves with the outbox row id. */
  send<K extends MailKind>(input: SendInput<K>): Promise<{ id: string; transport: "smtp" | "dev" }>;
  readonly transport: "smtp" | "dev";
  close(): Promise<void>;
}

/** The subset of pino the mailer uses. */
export interface MailLogger {
  info(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

export type OutboxMessage = typeof schema.outboxMessage.$inferSelect;
