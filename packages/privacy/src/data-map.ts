import type { DataCategory } from "./data-categories";
import type { LocalizedText } from "./locales";
import type { Duration, Retention } from "./retention";

/**
 * Retention rules: how long a data set is kept. The legal pages describe each rule with a catalog message whose
 * placeholders are filled from `retentionRuleParams`, so no period is ever written into the text by hand.
 */
export const retentionRuleKeys = [
  "account",
  "session",
  "oneTimeToken",
  "securityCounter",
  "sentMail",
  "requestLog",
  "consent",
  "lead",
  "eventRegistration",
  "disclosure",
  "privacyRequest",
  "listing",
  "legalHold",
  "customerData",
] as const;

export type RetentionRuleKey = (typeof retentionRuleKeys)[number];

/** The periods each rule's text names, e.g. `{ period: 6 months }` for the request log. */
export function retentionRuleParams(rule: RetentionRuleKey, r: Retention): Readonly<Record<string, Duration>> {
  const days = (amount: number): Duration => ({ amount, unit: "days" });
  const hours = (amount: number): Duration => ({ amount, unit: "hours" });
  const months = (amount: number): Duration => ({ amount, unit: "months" });
  switch (rule) {
    case "account":
      return { deadline: days(r.dsrDeadlineDays), billing: { amount: r.billingYearsDefault, unit: "years" } };
    case "session":
      return { idle: days(r.sessionIdleDays), max: days(r.sessionMaxDays) };
    case "oneTimeToken":
      return {
        verify: hours(r.oneTimeTokenHours.verify),
        reset: hours(r.oneTimeTokenHours.reset),
        invite: hours(r.oneTimeTokenHours.invite),
      };
    case "requestLog":
      return { period: months(r.requestLogMonths) };
    case "consent":
      return { consent: months(r.consentMonths) };
    case "privacyRequest":
      return { deadline: days(r.dsrDeadlineDays) };
    case "customerData":
      return { grace: days(r.cancelledTenantGraceDays), backups: months(r.backupMonths) };
    case "securityCounter":
    case "sentMail":
    case "lead":
    case "eventRegistration":
    case "disclosure":
    case "listing":
    case "legalHold":
      return {};
  }
}

/** Whose data a data set is about. */
export type DataSubject =
  | "accountHolder"
  | "visitor"
  | "lead"
  | "eventRegistrant"
  | "partnerContact"
  | "organiserContact"
  | "customerRecord";

export interface DataMapEntry {
  /** The table, as the database names it. */
  readonly table: string;
  /** Its columns that hold personal data (database names). */
  readonly columns: readonly string[];
  readonly subject: DataSubject;
  /** Who decides what happens to the data: Abante, or the customer whose CRM it is (we are then its processor). */
  readonly controller: "abante" | "customer";
  readonly categories: readonly DataCategory[];
  readonly retention: RetentionRuleKey;
  /** What this data set is, in plain words. */
  readonly label: LocalizedText;
}

/**
 * P8, P17–P22, P25–P30: every table that holds personal data, which columns, about whom, and under which retention
 * rule. Export, erasure and the retention jobs walk this map; a test compares it with the live schema.
 */
export const dataMap: readonly DataMapEntry[] = [
  {
    table: "account",
    columns: [
      "email",
      "name",
      "company_name",
      "phone",
      "business_sector",
      "interests",
      "locale",
      "country",
      "password_hash",
      "marketing_opt_in",
      "marketing_opt_in_at",
    ],
    subject: "accountHolder",
    controller: "abante",
    categories: ["identity", "contactDetails", "professionalDetails", "accountSettings", "location"],
    retention: "account",
    label: {
      en: "Your account",
      es: "Tu cuenta",
      "pt-BR": "Sua conta",
      fr: "Votre compte",
      de: "Ihr Konto",
    },
  },
  {
    table: "session",
    columns: ["account_id", "ip", "user_agent", "country", "created_at", "last_seen_at"],
    subject: "accountHolder",
    controller: "abante",
    categories: ["technical", "location", "securityRecords"],
    retention: "session",
    label: {
      en: "Sign-in sessions",
      es: "Sesiones iniciadas",
      "pt-BR": "Sessões de login",
      fr: "Sessions de connexion",
      de: "Anmeldesitzungen",
    },
  },
  {
    table: "one_time_token",
    columns: ["account_id", "email"],
    subject: "accountHolder",
    controller: "abante",
    categories: ["contactDetails", "securityRecords"],
    retention: "oneTimeToken",
    label: {
      en: "Single-use links (e-mail confirmation, password reset, invitations)",
      es: "Enlaces de un solo uso (confirmación de correo, restablecimiento de contraseña, invitaciones)",
      "pt-BR": "Links de uso único (confirmação de e-mail, redefinição de senha, convites)",
      fr: "Liens à usage unique (confirmation d’e-mail, réinitialisation du mot de passe, invitations)",
      de: "Einmal-Links (E-Mail-Bestätigung, Passwort-Zurücksetzung, Einladungen)",
    },
  },
  {
    table: "auth_attempt",
    columns: ["account_id", "at"],
    subject: "accountHolder",
    controller: "abante",
    categories: ["securityRecords"],
    retention: "securityCounter",
    label: {
      en: "Counters of failed sign-in attempts",
      es: "Contadores de intentos fallidos de inicio de sesión",
      "pt-BR": "Contadores de tentativas de login malsucedidas",
      fr: "Compteurs de tentatives de connexion échouées",
      de: "Zähler fehlgeschlagener Anmeldeversuche",
    },
  },
  {
    table: "outbox_message",
    columns: ["to_address", "subject", "text_body", "html_body"],
    subject: "accountHolder",
    controller: "abante",
    categories: ["contactDetails", "messageContent"],
    retention: "sentMail",
    label: {
      en: "E-mails we send you",
      es: "Correos que te enviamos",
      "pt-BR": "E-mails que enviamos a você",
      fr: "E-mails que nous vous envoyons",
      de: "E-Mails, die wir Ihnen senden",
    },
  },
  {
    table: "membership",
    columns: ["account_id"],
    subject: "accountHolder",
    controller: "customer",
    categories: ["accountSettings"],
    retention: "customerData",
    label: {
      en: "Who belongs to which CRM database, and with which role",
      es: "Quién pertenece a qué base de datos del CRM y con qué rol",
      "pt-BR": "Quem pertence a qual banco de dados do CRM e com qual função",
      fr: "Qui appartient à quelle base CRM, et avec quel rôle",
      de: "Wer zu welcher CRM-Datenbank gehört und in welcher Rolle",
    },
  },
  {
    table: "request_log",
    columns: ["ip", "at", "path", "browser", "browser_version", "os", "device_type", "referrer", "country", "language"],
    subject: "visitor",
    controller: "abante",
    categories: ["technical", "location"],
    retention: "requestLog",
    label: {
      en: "Request log of the website and the API",
      es: "Registro de solicitudes del sitio web y de la API",
      "pt-BR": "Registro de requisições do site e da API",
      fr: "Journal des requêtes du site et de l’API",
      de: "Anfrageprotokoll der Website und der API",
    },
  },
  {
    table: "legal_hold",
    columns: ["subject"],
    subject: "visitor",
    controller: "abante",
    categories: ["technical"],
    retention: "legalHold",
    label: {
      en: "Legal holds on request-log entries (security incidents, legal claims)",
      es: "Retenciones legales de entradas del registro (incidentes de seguridad, reclamaciones)",
      "pt-BR": "Retenções legais de entradas do registro (incidentes de segurança, ações judiciais)",
      fr: "Conservations légales d’entrées du journal (incidents de sécurité, litiges)",
      de: "Rechtliche Sperren für Protokolleinträge (Sicherheitsvorfälle, Rechtsansprüche)",
    },
  },
  {
    table: "consent_record",
    columns: ["consent_id", "preferences", "analytics", "marketing", "country", "gpc", "created_at"],
    subject: "visitor",
    controller: "abante",
    categories: ["consentChoices", "onlineIdentifiers", "location"],
    retention: "consent",
    label: {
      en: "Proof of your cookie choices",
      es: "Prueba de tus elecciones sobre cookies",
      "pt-BR": "Comprovação das suas escolhas sobre cookies",
      fr: "Preuve de vos choix concernant les cookies",
      de: "Nachweis Ihrer Cookie-Entscheidungen",
    },
  },
  {
    table: "lead",
    columns: ["name", "email", "company", "phone", "message", "country", "locale"],
    subject: "lead",
    controller: "abante",
    categories: ["identity", "contactDetails", "professionalDetails", "messageContent", "location"],
    retention: "lead",
    label: {
      en: "Messages to sales and requests for a local partner",
      es: "Mensajes al equipo comercial y solicitudes de un socio local",
      "pt-BR": "Mensagens para a equipe de vendas e pedidos de um parceiro local",
      fr: "Messages à l’équipe commerciale et demandes de partenaire local",
      de: "Nachrichten an den Vertrieb und Anfragen nach einem lokalen Partner",
    },
  },
  {
    table: "event_registration",
    columns: ["name", "email", "phone", "company", "locale", "country"],
    subject: "eventRegistrant",
    controller: "abante",
    categories: ["identity", "contactDetails", "professionalDetails", "location"],
    retention: "eventRegistration",
    label: {
      en: "Event registrations",
      es: "Inscripciones a eventos",
      "pt-BR": "Inscrições em eventos",
      fr: "Inscriptions aux événements",
      de: "Anmeldungen zu Veranstaltungen",
    },
  },
  {
    table: "partner_referral",
    columns: ["lead_id", "partner_id"],
    subject: "lead",
    controller: "abante",
    categories: ["identity", "contactDetails", "professionalDetails"],
    retention: "lead",
    label: {
      en: "Which partner a request was passed to",
      es: "A qué socio se transmitió una solicitud",
      "pt-BR": "Para qual parceiro um pedido foi encaminhado",
      fr: "À quel partenaire une demande a été transmise",
      de: "An welchen Partner eine Anfrage weitergegeben wurde",
    },
  },
  {
    table: "disclosure",
    columns: ["subject_id", "subject_email_hash", "recipient_name", "data_categories", "created_at"],
    subject: "lead",
    controller: "abante",
    categories: ["securityRecords"],
    retention: "disclosure",
    label: {
      en: "Register of every transfer of your data to a third party",
      es: "Registro de cada transmisión de tus datos a un tercero",
      "pt-BR": "Registro de cada transferência dos seus dados a terceiros",
      fr: "Registre de chaque transmission de vos données à un tiers",
      de: "Verzeichnis jeder Weitergabe Ihrer Daten an Dritte",
    },
  },
  {
    table: "dsr_request",
    columns: ["account_id", "subject_email", "message"],
    subject: "accountHolder",
    controller: "abante",
    categories: ["contactDetails", "messageContent"],
    retention: "privacyRequest",
    label: {
      en: "Your privacy requests (access, correction, deletion, objection)",
      es: "Tus solicitudes de privacidad (acceso, rectificación, supresión, oposición)",
      "pt-BR": "Seus pedidos de privacidade (acesso, correção, exclusão, oposição)",
      fr: "Vos demandes relatives à vos données (accès, rectification, effacement, opposition)",
      de: "Ihre Datenschutzanfragen (Auskunft, Berichtigung, Löschung, Widerspruch)",
    },
  },
  {
    table: "partner",
    columns: ["name", "email", "phone", "city"],
    subject: "partnerContact",
    controller: "abante",
    categories: ["identity", "contactDetails"],
    retention: "listing",
    label: {
      en: "Partner directory: business contact details of our partners",
      es: "Directorio de socios: datos de contacto profesional de nuestros socios",
      "pt-BR": "Diretório de parceiros: dados de contato comercial dos nossos parceiros",
      fr: "Annuaire des partenaires\u00a0: coordonnées professionnelles de nos partenaires",
      de: "Partnerverzeichnis: geschäftliche Kontaktdaten unserer Partner",
    },
  },
  {
    table: "event",
    columns: ["organiser_name", "organiser_email"],
    subject: "organiserContact",
    controller: "abante",
    categories: ["identity", "contactDetails"],
    retention: "listing",
    label: {
      en: "Event organisers' business contact details",
      es: "Datos de contacto profesional de los organizadores de eventos",
      "pt-BR": "Dados de contato comercial dos organizadores de eventos",
      fr: "Coordonnées professionnelles des organisateurs d’événements",
      de: "Geschäftliche Kontaktdaten der Veranstalter",
    },
  },
  {
    table: "event_sponsor",
    columns: ["name", "contact_email"],
    subject: "organiserContact",
    controller: "abante",
    categories: ["identity", "contactDetails"],
    retention: "listing",
    label: {
      en: "Event sponsors' business contact details",
      es: "Datos de contacto profesional de los patrocinadores de eventos",
      "pt-BR": "Dados de contato comercial dos patrocinadores de eventos",
      fr: "Coordonnées professionnelles des sponsors d’événements",
      de: "Geschäftliche Kontaktdaten der Sponsoren",
    },
  },
  {
    table: "contact",
    columns: [
      "first_name",
      "last_name",
      "email",
      "phone",
      "extra_emails",
      "extra_phones",
      "job_title",
      "tags",
      "notes",
      "marketing_consent",
      "marketing_consent_at",
    ],
    subject: "customerRecord",
    controller: "customer",
    categories: ["customerData"],
    retention: "customerData",
    label: {
      en: "Contacts in a customer's CRM",
      es: "Contactos en el CRM de un cliente",
      "pt-BR": "Contatos no CRM de um cliente",
      fr: "Contacts dans le CRM d’un client",
      de: "Kontakte im CRM eines Kunden",
    },
  },
  {
    table: "company",
    columns: ["name", "domain", "phone", "address", "notes"],
    subject: "customerRecord",
    controller: "customer",
    categories: ["customerData"],
    retention: "customerData",
    label: {
      en: "Companies in a customer's CRM",
      es: "Empresas en el CRM de un cliente",
      "pt-BR": "Empresas no CRM de um cliente",
      fr: "Entreprises dans le CRM d’un client",
      de: "Unternehmen im CRM eines Kunden",
    },
  },
  {
    table: "deal",
    columns: ["title", "contact_id", "company_id", "amount", "lost_reason"],
    subject: "customerRecord",
    controller: "customer",
    categories: ["customerData"],
    retention: "customerData",
    label: {
      en: "Deals in a customer's CRM",
      es: "Oportunidades en el CRM de un cliente",
      "pt-BR": "Negócios no CRM de um cliente",
      fr: "Affaires dans le CRM d’un client",
      de: "Deals im CRM eines Kunden",
    },
  },
  {
    table: "activity",
    columns: ["subject", "body", "contact_id", "occurred_at"],
    subject: "customerRecord",
    controller: "customer",
    categories: ["customerData"],
    retention: "customerData",
    label: {
      en: "Messages, calls, meetings and notes in a customer's CRM",
      es: "Mensajes, llamadas, reuniones y notas en el CRM de un cliente",
      "pt-BR": "Mensagens, ligações, reuniões e notas no CRM de um cliente",
      fr: "Messages, appels, réunions et notes dans le CRM d’un client",
      de: "Nachrichten, Anrufe, Termine und Notizen im CRM eines Kunden",
    },
  },
  {
    table: "employee",
    columns: ["first_name", "last_name", "job_title", "department", "email", "phone", "start_date", "account_id"],
    subject: "customerRecord",
    controller: "customer",
    categories: ["customerData"],
    retention: "customerData",
    label: {
      en: "A customer's staff directory",
      es: "El directorio de personal de un cliente",
      "pt-BR": "O diretório de funcionários de um cliente",
      fr: "L’annuaire du personnel d’un client",
      de: "Das Mitarbeiterverzeichnis eines Kunden",
    },
  },
  {
    table: "attachment",
    columns: ["file_name", "blob_key", "thumbnail_key", "uploaded_by"],
    subject: "customerRecord",
    controller: "customer",
    categories: ["customerData"],
    retention: "customerData",
    label: {
      en: "Files, images and videos in a customer's CRM",
      es: "Archivos, imágenes y vídeos en el CRM de un cliente",
      "pt-BR": "Arquivos, imagens e vídeos no CRM de um cliente",
      fr: "Fichiers, images et vidéos dans le CRM d’un client",
      de: "Dateien, Bilder und Videos im CRM eines Kunden",
    },
  },
  {
    table: "invitation",
    columns: ["email", "invited_by"],
    subject: "customerRecord",
    controller: "customer",
    categories: ["contactDetails"],
    retention: "customerData",
    label: {
      en: "Invitations to join a customer's CRM",
      es: "Invitaciones para unirse al CRM de un cliente",
      "pt-BR": "Convites para participar do CRM de um cliente",
      fr: "Invitations à rejoindre le CRM d’un client",
      de: "Einladungen in das CRM eines Kunden",
    },
  },
];
