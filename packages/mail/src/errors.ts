/**
 * The mail could not be handed to the SMTP server (connection refused, timeout, recipient rejected, …), or was
 * refused before sending. The outbox row, when there is one, records the error; `mailId` names it.
 */
export class MailDeliveryError extends Error {
  override readonly name = "MailDeliveryError";
  readonly mailId: string | undefined;

  constructor(message: string, options: { mailId?: string; cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.mailId = options.mailId;
  }
}
