import type { MailMessageKey } from "./en";

export const fr = {
  "common.greeting": "Bonjour {name},",
  "common.greetingNoName": "Bonjour,",
  "common.linkFallback": "Si le bouton ne fonctionne pas, copiez ce lien dans votre navigateur\u00a0:",
  "common.textAction": "{action}\u00a0:",
  "common.signature": "L’équipe Abante CRM",
  "common.field": "{label}\u00a0: {value}",

  "verifyEmail.subject": "Confirmez votre adresse e-mail pour Abante CRM",
  "verifyEmail.intro": "Confirmez votre adresse e-mail pour terminer la création de votre compte Abante CRM.",
  "verifyEmail.action": "Confirmer l’adresse e-mail",
  "verifyEmail.validity": "Ce lien est valable 24\u00a0heures.",
  "verifyEmail.ignore": "Si vous n’avez pas créé de compte Abante CRM, vous pouvez ignorer cet e-mail.",

  "resetPassword.subject": "Réinitialisez votre mot de passe Abante CRM",
  "resetPassword.intro":
    "Quelqu’un a demandé à réinitialiser le mot de passe de votre compte Abante CRM. Si c’était vous, choisissez un nouveau mot de passe avec le lien ci-dessous.",
  "resetPassword.action": "Choisir un nouveau mot de passe",
  "resetPassword.validity": "Ce lien est valable 1\u00a0heure.",
  "resetPassword.ignore":
    "Si vous n’avez rien demandé, vous pouvez ignorer cet e-mail\u00a0: votre mot de passe reste le même.",

  "changeEmail.subject": "Confirmez votre nouvelle adresse e-mail pour Abante CRM",
  "changeEmail.intro": "Confirmez que {newEmail} doit devenir l’adresse e-mail de votre compte Abante CRM.",
  "changeEmail.action": "Confirmer la nouvelle adresse",
  "changeEmail.validity": "Ce lien est valable 24\u00a0heures.",
  "changeEmail.ignore":
    "Si vous n’avez rien demandé, vous pouvez ignorer cet e-mail\u00a0: votre adresse reste la même.",

  "emailChanged.subject": "L’adresse e-mail de votre compte Abante CRM a été modifiée",
  "emailChanged.intro":
    "L’adresse e-mail de votre compte Abante CRM est désormais {newEmail}. Nous envoyons cet avis à votre ancienne adresse.",
  "emailChanged.ignore":
    "Si vous êtes à l’origine de ce changement, vous pouvez ignorer cet e-mail. Sinon, réinitialisez votre mot de passe sans attendre et contactez notre support.",

  "passwordChanged.subject": "Le mot de passe de votre compte Abante CRM a été modifié",
  "passwordChanged.intro": "Le mot de passe de votre compte Abante CRM a été modifié.",
  "passwordChanged.ignore":
    "Si vous êtes à l’origine de ce changement, vous pouvez ignorer cet e-mail. Sinon, réinitialisez votre mot de passe sans attendre et contactez notre support.",

  "invite.subject": "{inviterName} vous invite à rejoindre {tenantName} sur Abante CRM",
  "invite.intro": "{inviterName} vous invite à rejoindre {tenantName} sur Abante CRM.",
  "invite.action": "Accepter l’invitation",
  "invite.validity": "Cette invitation est valable 7\u00a0jours.",
  "invite.ignore": "Si vous n’attendiez pas cette invitation, vous pouvez ignorer cet e-mail.",

  "partnerReferral.subject": "Un prospect demande un partenaire local\u00a0: {prospectName}, {prospectCompany}",
  "partnerReferral.intro":
    "{prospectName} a demandé sur le site d’Abante CRM à être contacté par un partenaire local, et nous vous transmettons sa demande. Merci de prendre contact avec cette personne.",
  "partnerReferral.details": "Ce qu’on nous a indiqué\u00a0:",
  "partnerReferral.name": "Personne à contacter",
  "partnerReferral.email": "Adresse e-mail",
  "partnerReferral.phone": "Téléphone",
  "partnerReferral.company": "Entreprise",
  "partnerReferral.message": "Son message",
  "partnerReferral.ignore":
    "{prospectName} a accepté que nous vous transmettions ces informations pour cette demande. Utilisez-les uniquement pour y répondre, et prévenez {prospectName} si vous ne pouvez pas l’aider.",
} as const satisfies Record<MailMessageKey, string>;
