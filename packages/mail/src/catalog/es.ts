import type { MailMessageKey } from "./en";

export const es = {
  "common.greeting": "Hola, {name}:",
  "common.greetingNoName": "Hola:",
  "common.linkFallback": "Si el botón no funciona, copia este enlace en tu navegador:",
  "common.textAction": "{action}:",
  "common.signature": "El equipo de Abante CRM",
  "common.field": "{label}: {value}",

  "verifyEmail.subject": "Confirma tu dirección de correo para Abante CRM",
  "verifyEmail.intro":
    "Confirma tu dirección de correo electrónico para terminar de configurar tu cuenta de Abante CRM.",
  "verifyEmail.action": "Confirmar dirección de correo",
  "verifyEmail.validity": "Este enlace es válido durante 24 horas.",
  "verifyEmail.ignore": "Si no creaste una cuenta en Abante CRM, puedes ignorar este correo.",

  "resetPassword.subject": "Restablece tu contraseña de Abante CRM",
  "resetPassword.intro":
    "Alguien pidió restablecer la contraseña de tu cuenta de Abante CRM. Si fuiste tú, elige una contraseña nueva con el enlace de abajo.",
  "resetPassword.action": "Elegir una contraseña nueva",
  "resetPassword.validity": "Este enlace es válido durante 1 hora.",
  "resetPassword.ignore": "Si no lo pediste, puedes ignorar este correo: tu contraseña no cambia.",

  "changeEmail.subject": "Confirma tu nueva dirección de correo para Abante CRM",
  "changeEmail.intro": "Confirma que {newEmail} pasará a ser la dirección de correo de tu cuenta de Abante CRM.",
  "changeEmail.action": "Confirmar la nueva dirección",
  "changeEmail.validity": "Este enlace es válido durante 24 horas.",
  "changeEmail.ignore": "Si no lo pediste, puedes ignorar este correo: tu dirección no cambia.",

  "emailChanged.subject": "Se cambió la dirección de correo de tu cuenta de Abante CRM",
  "emailChanged.intro":
    "La dirección de correo de tu cuenta de Abante CRM ahora es {newEmail}. Enviamos este aviso a tu dirección anterior.",
  "emailChanged.ignore":
    "Si hiciste este cambio, puedes ignorar este correo. Si no, restablece tu contraseña de inmediato y contacta con nuestro soporte.",

  "passwordChanged.subject": "Se cambió la contraseña de tu cuenta de Abante CRM",
  "passwordChanged.intro": "La contraseña de tu cuenta de Abante CRM ha cambiado.",
  "passwordChanged.ignore":
    "Si hiciste este cambio, puedes ignorar este correo. Si no, restablece tu contraseña de inmediato y contacta con nuestro soporte.",

  "invite.subject": "{inviterName} te invitó a {tenantName} en Abante CRM",
  "invite.intro": "{inviterName} te invitó a unirte a {tenantName} en Abante CRM.",
  "invite.action": "Aceptar la invitación",
  "invite.validity": "Esta invitación es válida durante 7 días.",
  "invite.ignore": "Si no esperabas esta invitación, puedes ignorar este correo.",

  "partnerReferral.subject": "Un cliente potencial busca un socio local: {prospectName}, {prospectCompany}",
  "partnerReferral.intro":
    "{prospectName} pidió en el sitio web de Abante CRM que le contacte un socio local, y te transmitimos la solicitud. Ponte en contacto con esta persona, por favor.",
  "partnerReferral.details": "Lo que nos indicó:",
  "partnerReferral.name": "Persona de contacto",
  "partnerReferral.email": "Correo electrónico",
  "partnerReferral.phone": "Teléfono",
  "partnerReferral.company": "Empresa",
  "partnerReferral.message": "Mensaje",
  "partnerReferral.ignore":
    "{prospectName} aceptó que te transmitamos estos datos para esta solicitud. Úsalos solo para responderla y, si no puedes ayudar, díselo a {prospectName}.",
} as const satisfies Record<MailMessageKey, string>;
