/**
 * The reference mail catalog: every other locale must have exactly these keys (enforced by type and by test).
 * One group per mail kind; `{name}` placeholders are filled from the mail's parameters. Mails without a link
 * (`emailChanged`, `passwordChanged`) have no `action` or `validity`. `common.textAction` introduces the link in the
 * plain-text part (`{action}` is the button label); `common.field` writes one labelled value of a mail that lists
 * details (`partnerReferral`).
 */
export const en = {
  "common.greeting": "Hello {name},",
  "common.greetingNoName": "Hello,",
  "common.linkFallback": "If the button does not work, copy this link into your browser:",
  "common.textAction": "{action}:",
  "common.signature": "The Abante CRM team",
  "common.field": "{label}: {value}",

  "verifyEmail.subject": "Confirm your e-mail address for Abante CRM",
  "verifyEmail.intro": "Please confirm your e-mail address to finish setting up your Abante CRM account.",
  "verifyEmail.action": "Confirm e-mail address",
  "verifyEmail.validity": "This link is valid for 24 hours.",
  "verifyEmail.ignore": "If you did not create an Abante CRM account, you can ignore this e-mail.",

  "resetPassword.subject": "Reset your Abante CRM password",
  "resetPassword.intro":
    "Someone asked to reset the password of your Abante CRM account. If it was you, choose a new password with the link below.",
  "resetPassword.action": "Choose a new password",
  "resetPassword.validity": "This link is valid for 1 hour.",
  "resetPassword.ignore": "If you did not ask for this, you can ignore this e-mail: your password stays as it is.",

  "changeEmail.subject": "Confirm your new e-mail address for Abante CRM",
  "changeEmail.intro": "Please confirm that {newEmail} should become the e-mail address of your Abante CRM account.",
  "changeEmail.action": "Confirm new address",
  "changeEmail.validity": "This link is valid for 24 hours.",
  "changeEmail.ignore": "If you did not ask for this, you can ignore this e-mail: your address stays as it is.",

  "emailChanged.subject": "Your Abante CRM e-mail address was changed",
  "emailChanged.intro":
    "The e-mail address of your Abante CRM account is now {newEmail}. We send this notice to your previous address.",
  "emailChanged.ignore":
    "If you made this change, you can ignore this e-mail. If you did not, reset your password right away and contact our support.",

  "passwordChanged.subject": "Your Abante CRM password was changed",
  "passwordChanged.intro": "The password of your Abante CRM account has been changed.",
  "passwordChanged.ignore":
    "If you made this change, you can ignore this e-mail. If you did not, reset your password right away and contact our support.",

  "invite.subject": "{inviterName} invited you to {tenantName} on Abante CRM",
  "invite.intro": "{inviterName} invited you to join {tenantName} on Abante CRM.",
  "invite.action": "Accept the invitation",
  "invite.validity": "This invitation is valid for 7 days.",
  "invite.ignore": "If you were not expecting this invitation, you can ignore this e-mail.",

  "partnerReferral.subject": "A prospect asks for a local partner: {prospectName}, {prospectCompany}",
  "partnerReferral.intro":
    "{prospectName} asked on the Abante CRM website to be contacted by a local partner, and we are passing the request to you. Please get in touch with them.",
  "partnerReferral.details": "What they told us:",
  "partnerReferral.name": "Contact person",
  "partnerReferral.email": "E-mail address",
  "partnerReferral.phone": "Phone",
  "partnerReferral.company": "Company",
  "partnerReferral.message": "Message",
  "partnerReferral.ignore":
    "{prospectName} agreed that we pass these details to you for this request. Please use them only to answer it, and tell {prospectName} if you cannot help.",
} as const;

export type MailMessageKey = keyof typeof en;
