import type { MailMessageKey } from "./en";

export const ptBR = {
  "common.greeting": "Olá, {name},",
  "common.greetingNoName": "Olá,",
  "common.linkFallback": "Se o botão não funcionar, copie este link no seu navegador:",
  "common.textAction": "{action}:",
  "common.signature": "Equipe Abante CRM",
  "common.field": "{label}: {value}",

  "verifyEmail.subject": "Confirme seu endereço de e-mail no Abante CRM",
  "verifyEmail.intro": "Confirme seu endereço de e-mail para concluir a configuração da sua conta no Abante CRM.",
  "verifyEmail.action": "Confirmar endereço de e-mail",
  "verifyEmail.validity": "Este link é válido por 24 horas.",
  "verifyEmail.ignore": "Se você não criou uma conta no Abante CRM, pode ignorar este e-mail.",

  "resetPassword.subject": "Redefina sua senha do Abante CRM",
  "resetPassword.intro":
    "Alguém pediu para redefinir a senha da sua conta no Abante CRM. Se foi você, escolha uma nova senha pelo link abaixo.",
  "resetPassword.action": "Escolher uma nova senha",
  "resetPassword.validity": "Este link é válido por 1 hora.",
  "resetPassword.ignore": "Se você não pediu isso, pode ignorar este e-mail: sua senha continua a mesma.",

  "changeEmail.subject": "Confirme seu novo endereço de e-mail no Abante CRM",
  "changeEmail.intro": "Confirme que {newEmail} passará a ser o endereço de e-mail da sua conta no Abante CRM.",
  "changeEmail.action": "Confirmar novo endereço",
  "changeEmail.validity": "Este link é válido por 24 horas.",
  "changeEmail.ignore": "Se você não pediu isso, pode ignorar este e-mail: seu endereço continua o mesmo.",

  "emailChanged.subject": "O endereço de e-mail da sua conta no Abante CRM foi alterado",
  "emailChanged.intro":
    "O endereço de e-mail da sua conta no Abante CRM agora é {newEmail}. Enviamos este aviso para o seu endereço anterior.",
  "emailChanged.ignore":
    "Se foi você que fez essa alteração, pode ignorar este e-mail. Se não foi, redefina sua senha imediatamente e fale com o nosso suporte.",

  "passwordChanged.subject": "A senha da sua conta no Abante CRM foi alterada",
  "passwordChanged.intro": "A senha da sua conta no Abante CRM foi alterada.",
  "passwordChanged.ignore":
    "Se foi você que fez essa alteração, pode ignorar este e-mail. Se não foi, redefina sua senha imediatamente e fale com o nosso suporte.",

  "invite.subject": "{inviterName} convidou você para {tenantName} no Abante CRM",
  "invite.intro": "{inviterName} convidou você para participar de {tenantName} no Abante CRM.",
  "invite.action": "Aceitar o convite",
  "invite.validity": "Este convite é válido por 7 dias.",
  "invite.ignore": "Se você não esperava este convite, pode ignorar este e-mail.",

  "partnerReferral.subject": "Um cliente em potencial pede um parceiro local: {prospectName}, {prospectCompany}",
  "partnerReferral.intro":
    "{prospectName} pediu no site do Abante CRM para ser contatado por um parceiro local, e estamos encaminhando o pedido a você. Entre em contato com essa pessoa, por favor.",
  "partnerReferral.details": "O que nos informou:",
  "partnerReferral.name": "Pessoa de contato",
  "partnerReferral.email": "Endereço de e-mail",
  "partnerReferral.phone": "Telefone",
  "partnerReferral.company": "Empresa",
  "partnerReferral.message": "Mensagem",
  "partnerReferral.ignore":
    "{prospectName} concordou que encaminhássemos estes dados a você para este pedido. Use-os apenas para respondê-lo e, se não puder ajudar, avise {prospectName}.",
} as const satisfies Record<MailMessageKey, string>;
