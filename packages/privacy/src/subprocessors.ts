import type { DataCategory } from "./data-categories";
import type { LocalizedText } from "./locales";

export interface Subprocessor {
  /** Stable key (for links and tests); the name may change with a company's legal name. */
  readonly id: string;
  /** The company's legal name. */
  readonly name: string;
  /** The service used, as the provider names it. */
  readonly service: string;
  /** What the platform uses it for. */
  readonly role: "hosting" | "email" | "payments" | "analytics";
  readonly purpose: LocalizedText;
  readonly dataCategories: readonly DataCategory[];
  /** Where the data is processed: ISO 3166-1 alpha-2 country codes, the main location first. */
  readonly countries: readonly string[];
  /** The safeguard for a transfer outside the EEA, when there is one. */
  readonly transferSafeguard?: LocalizedText;
  /** When the provider is used at all, if not always. */
  readonly usedWhen?: LocalizedText;
  /** Date the data processing agreement took effect (ISO 8601). */
  readonly dpaDate: string;
  readonly website: string;
}

const sccAndDpf: LocalizedText = {
  en: "EU Standard Contractual Clauses and the EU–US Data Privacy Framework",
  es: "Cláusulas contractuales tipo de la UE y Marco de Privacidad de Datos UE-EE. UU.",
  "pt-BR": "Cláusulas contratuais-padrão da UE e Quadro de Privacidade de Dados UE-EUA",
  fr: "Clauses contractuelles types de l’UE et cadre de protection des données UE-États-Unis",
  de: "EU-Standardvertragsklauseln und EU-US-Datenschutzrahmen (Data Privacy Framework)",
};

/** P24: every company that processes personal data on our behalf. The sub-processor page is rendered from this. */
export const subprocessors: readonly Subprocessor[] = [
  {
    id: "hetzner",
    role: "hosting",
    name: "Hetzner Online GmbH",
    service: "Dedicated servers, cloud servers and object storage",
    purpose: {
      en: "Hosts the platform: the servers that run Abante CRM, its database and the encrypted backups.",
      es: "Aloja la plataforma: los servidores que ejecutan Abante CRM, su base de datos y las copias de seguridad cifradas.",
      "pt-BR":
        "Hospeda a plataforma: os servidores que executam o Abante CRM, seu banco de dados e os backups criptografados.",
      fr: "Héberge la plateforme\u00a0: les serveurs qui font tourner Abante CRM, sa base de données et les sauvegardes chiffrées.",
      de: "Hostet die Plattform: die Server, auf denen Abante CRM läuft, seine Datenbank und die verschlüsselten Backups.",
    },
    dataCategories: [
      "identity",
      "contactDetails",
      "professionalDetails",
      "accountSettings",
      "messageContent",
      "technical",
      "location",
      "consentChoices",
      "customerData",
      "billing",
      "securityRecords",
    ],
    countries: ["DE", "FI"],
    dpaDate: "2026-03-02",
    website: "https://www.hetzner.com",
  },
  {
    id: "mailgun",
    role: "email",
    name: "Mailgun Technologies, Inc. (Sinch)",
    service: "Mailgun e-mail delivery, EU region",
    purpose: {
      en: "Delivers the e-mails the platform sends: sign-up confirmations, password resets, invitations and replies to your requests.",
      es: "Entrega los correos que envía la plataforma: confirmaciones de registro, restablecimientos de contraseña, invitaciones y respuestas a tus solicitudes.",
      "pt-BR":
        "Entrega os e-mails que a plataforma envia: confirmações de cadastro, redefinições de senha, convites e respostas aos seus pedidos.",
      fr: "Achemine les e-mails envoyés par la plateforme\u00a0: confirmations d’inscription, réinitialisations de mot de passe, invitations et réponses à vos demandes.",
      de: "Stellt die E-Mails der Plattform zu: Registrierungsbestätigungen, Passwort-Zurücksetzungen, Einladungen und Antworten auf Ihre Anfragen.",
    },
    dataCategories: ["identity", "contactDetails", "messageContent", "technical"],
    countries: ["DE", "US"],
    transferSafeguard: sccAndDpf,
    dpaDate: "2026-03-16",
    website: "https://www.mailgun.com",
  },
  {
    id: "stripe",
    role: "payments",
    name: "Stripe Payments Europe, Limited",
    service: "Stripe Billing and Payments",
    purpose: {
      en: "Takes payments for subscriptions. You enter card details on Stripe's form; we receive and keep only Stripe's references and our invoices.",
      es: "Cobra las suscripciones. Tú introduces los datos de la tarjeta en el formulario de Stripe; nosotros solo recibimos y guardamos las referencias de Stripe y nuestras facturas.",
      "pt-BR":
        "Processa os pagamentos das assinaturas. Você informa os dados do cartão no formulário da Stripe; nós só recebemos e guardamos as referências da Stripe e nossas faturas.",
      fr: "Encaisse les paiements des abonnements. Vous saisissez votre carte sur le formulaire de Stripe\u00a0; nous ne recevons et ne conservons que les références de Stripe et nos factures.",
      de: "Wickelt die Zahlungen für Abonnements ab. Kartendaten geben Sie im Formular von Stripe ein; wir erhalten und speichern nur die Referenzen von Stripe und unsere Rechnungen.",
    },
    dataCategories: ["identity", "contactDetails", "billing"],
    countries: ["IE", "US"],
    transferSafeguard: sccAndDpf,
    usedWhen: {
      en: "Only for customers who subscribe to a paid plan.",
      es: "Solo para los clientes que contratan un plan de pago.",
      "pt-BR": "Somente para clientes que assinam um plano pago.",
      fr: "Uniquement pour les clients qui souscrivent une offre payante.",
      de: "Nur für Kunden, die einen kostenpflichtigen Tarif abonnieren.",
    },
    dpaDate: "2026-04-01",
    website: "https://stripe.com",
  },
  {
    id: "google-analytics",
    role: "analytics",
    name: "Google Ireland Limited",
    service: "Google Analytics 4",
    purpose: {
      en: "Measures how the public website is used (visits, pages, devices), in reports without names.",
      es: "Mide cómo se usa el sitio web público (visitas, páginas, dispositivos), en informes sin nombres.",
      "pt-BR": "Mede como o site público é usado (visitas, páginas, dispositivos), em relatórios sem nomes.",
      fr: "Mesure l’utilisation du site public (visites, pages, appareils), dans des rapports sans noms.",
      de: "Misst, wie die öffentliche Website genutzt wird (Besuche, Seiten, Geräte), in Berichten ohne Namen.",
    },
    dataCategories: ["technical", "onlineIdentifiers", "location"],
    countries: ["IE", "US"],
    transferSafeguard: sccAndDpf,
    usedWhen: {
      en: "Only if the operator has switched it on and only after you accept analytics cookies. It never runs inside the CRM.",
      es: "Solo si el operador lo ha activado y solo después de que aceptes las cookies de análisis. Nunca funciona dentro del CRM.",
      "pt-BR":
        "Somente se o operador o tiver ativado e somente depois que você aceitar os cookies de análise. Nunca é executado dentro do CRM.",
      fr: "Uniquement si l’exploitant l’a activé et seulement après que vous avez accepté les cookies de mesure d’audience. Il ne fonctionne jamais dans le CRM.",
      de: "Nur wenn der Betreiber es eingeschaltet hat und erst nachdem Sie Analyse-Cookies zugestimmt haben. Es läuft nie innerhalb des CRM.",
    },
    dpaDate: "2026-04-20",
    website: "https://marketingplatform.google.com/about/analytics/",
  },
];

/** The row the `subprocessor` table is seeded with (English texts; the pages use the localized registry). */
export function subprocessorSeedRow(s: Subprocessor) {
  const region = new Intl.DisplayNames(["en"], { type: "region" });
  return {
    name: s.name,
    purpose: s.purpose.en,
    dataCategories: [...s.dataCategories],
    location: s.countries.map((c) => region.of(c) ?? c).join(", "),
    dpaSignedAt: s.dpaDate,
    website: s.website,
  };
}
