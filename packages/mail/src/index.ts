export { MailDeliveryError } from "./errors";
export { createMailer } from "./mailer";
export { getOutboxMessage, listOutbox } from "./outbox";
export { renderMail } from "./render";
export type { Mailer, MailKind, MailLogger, MailParams, SendInput } from "./types";
