import type { MailMessageKey } from "./en";

export const de = {
  "common.greeting": "Hallo {name},",
  "common.greetingNoName": "Hallo,",
  "common.linkFallback": "Falls die Schaltfläche nicht funktioniert, kopieren Sie diesen Link in Ihren Browser:",
  "common.textAction": "{action}:",
  "common.signature": "Ihr Abante-CRM-Team",
  "common.field": "{label}: {value}",

  "verifyEmail.subject": "Bestätigen Sie Ihre E-Mail-Adresse für Abante CRM",
  "verifyEmail.intro":
    "Bitte bestätigen Sie Ihre E-Mail-Adresse, um die Einrichtung Ihres Abante-CRM-Kontos abzuschließen.",
  "verifyEmail.action": "E-Mail-Adresse bestätigen",
  "verifyEmail.validity": "Dieser Link ist 24 Stunden gültig.",
  "verifyEmail.ignore": "Wenn Sie kein Konto bei Abante CRM angelegt haben, können Sie diese E-Mail ignorieren.",

  "resetPassword.subject": "Setzen Sie Ihr Abante-CRM-Passwort zurück",
  "resetPassword.intro":
    "Jemand hat angefordert, das Passwort Ihres Abante-CRM-Kontos zurückzusetzen. Wenn Sie das waren, wählen Sie über den folgenden Link ein neues Passwort.",
  "resetPassword.action": "Neues Passwort wählen",
  "resetPassword.validity": "Dieser Link ist 1 Stunde gültig.",
  "resetPassword.ignore":
    "Wenn Sie das nicht angefordert haben, können Sie diese E-Mail ignorieren: Ihr Passwort bleibt unverändert.",

  "changeEmail.subject": "Bestätigen Sie Ihre neue E-Mail-Adresse für Abante CRM",
  "changeEmail.intro": "Bitte bestätigen Sie, dass {newEmail} die E-Mail-Adresse Ihres Abante-CRM-Kontos werden soll.",
  "changeEmail.action": "Neue Adresse bestätigen",
  "changeEmail.validity": "Dieser Link ist 24 Stunden gültig.",
  "changeEmail.ignore":
    "Wenn Sie das nicht angefordert haben, können Sie diese E-Mail ignorieren: Ihre Adresse bleibt unverändert.",

  "emailChanged.subject": "Die E-Mail-Adresse Ihres Abante-CRM-Kontos wurde geändert",
  "emailChanged.intro":
    "Die E-Mail-Adresse Ihres Abante-CRM-Kontos lautet jetzt {newEmail}. Diese Nachricht geht an Ihre bisherige Adresse.",
  "emailChanged.ignore":
    "Wenn Sie diese Änderung vorgenommen haben, können Sie diese E-Mail ignorieren. Wenn nicht, setzen Sie Ihr Passwort sofort zurück und wenden Sie sich an unseren Support.",

  "passwordChanged.subject": "Das Passwort Ihres Abante-CRM-Kontos wurde geändert",
  "passwordChanged.intro": "Das Passwort Ihres Abante-CRM-Kontos wurde geändert.",
  "passwordChanged.ignore":
    "Wenn Sie diese Änderung vorgenommen haben, können Sie diese E-Mail ignorieren. Wenn nicht, setzen Sie Ihr Passwort sofort zurück und wenden Sie sich an unseren Support.",

  "invite.subject": "{inviterName} hat Sie zu {tenantName} auf Abante CRM eingeladen",
  "invite.intro": "{inviterName} hat Sie eingeladen, {tenantName} auf Abante CRM beizutreten.",
  "invite.action": "Einladung annehmen",
  "invite.validity": "Diese Einladung ist 7 Tage gültig.",
  "invite.ignore": "Wenn Sie diese Einladung nicht erwartet haben, können Sie diese E-Mail ignorieren.",

  "partnerReferral.subject": "Ein Interessent sucht einen lokalen Partner: {prospectName}, {prospectCompany}",
  "partnerReferral.intro":
    "{prospectName} hat auf der Website von Abante CRM darum gebeten, von einem lokalen Partner kontaktiert zu werden, und wir leiten die Anfrage an Sie weiter. Bitte nehmen Sie Kontakt auf.",
  "partnerReferral.details": "Diese Angaben haben wir erhalten:",
  "partnerReferral.name": "Ansprechperson",
  "partnerReferral.email": "E-Mail-Adresse",
  "partnerReferral.phone": "Telefon",
  "partnerReferral.company": "Unternehmen",
  "partnerReferral.message": "Nachricht",
  "partnerReferral.ignore":
    "{prospectName} ist damit einverstanden, dass wir Ihnen diese Angaben für diese Anfrage weitergeben. Bitte nutzen Sie sie nur, um die Anfrage zu beantworten, und sagen Sie {prospectName} Bescheid, falls Sie nicht helfen können.",
} as const satisfies Record<MailMessageKey, string>;
