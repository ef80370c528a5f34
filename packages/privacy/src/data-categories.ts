import type { LocalizedText } from "./locales";

/**
 * The kinds of personal data the platform handles, as the legal pages name them. The data map, the sub-processor
 * registry and the disclosure register (`disclosure.data_categories`) use these keys.
 */
export const dataCategories = {
  identity: {
    en: "Name",
    es: "Nombre",
    "pt-BR": "Nome",
    fr: "Nom",
    de: "Vor- und Nachname",
  },
  contactDetails: {
    en: "E-mail address and phone number",
    es: "Dirección de correo electrónico y teléfono",
    "pt-BR": "Endereço de e-mail e telefone",
    fr: "Adresse e-mail et numéro de téléphone",
    de: "E-Mail-Adresse und Telefonnummer",
  },
  professionalDetails: {
    en: "Company, business sector and interests",
    es: "Empresa, sector y temas de interés",
    "pt-BR": "Empresa, setor de atividade e interesses",
    fr: "Entreprise, secteur d’activité et centres d’intérêt",
    de: "Unternehmen, Branche und Interessen",
  },
  accountSettings: {
    en: "Account settings: language, country, marketing choice",
    es: "Ajustes de la cuenta: idioma, país, preferencia de marketing",
    "pt-BR": "Configurações da conta: idioma, país, escolha sobre marketing",
    fr: "Paramètres du compte\u00a0: langue, pays, choix concernant le marketing",
    de: "Kontoeinstellungen: Sprache, Land, Entscheidung zu Werbung",
  },
  messageContent: {
    en: "Content of messages and requests you send us or we send you",
    es: "Contenido de los mensajes y solicitudes que nos envías o te enviamos",
    "pt-BR": "Conteúdo das mensagens e pedidos que você nos envia ou que enviamos a você",
    fr: "Contenu des messages et demandes que vous nous envoyez ou que nous vous envoyons",
    de: "Inhalt der Nachrichten und Anfragen, die Sie uns senden oder die wir Ihnen senden",
  },
  technical: {
    en: "Technical data: IP address, browser, operating system, device type, referrer, pages visited",
    es: "Datos técnicos: dirección IP, navegador, sistema operativo, tipo de dispositivo, página de origen, páginas visitadas",
    "pt-BR":
      "Dados técnicos: endereço IP, navegador, sistema operacional, tipo de dispositivo, página de origem, páginas visitadas",
    fr: "Données techniques\u00a0: adresse IP, navigateur, système d’exploitation, type d’appareil, page d’origine, pages consultées",
    de: "Technische Daten: IP-Adresse, Browser, Betriebssystem, Gerätetyp, verweisende Seite, aufgerufene Seiten",
  },
  onlineIdentifiers: {
    en: "Random identifiers stored in cookies",
    es: "Identificadores aleatorios guardados en cookies",
    "pt-BR": "Identificadores aleatórios guardados em cookies",
    fr: "Identifiants aléatoires enregistrés dans des cookies",
    de: "Zufällige Kennungen, die in Cookies gespeichert sind",
  },
  location: {
    en: "Country, derived from the IP address",
    es: "País, deducido de la dirección IP",
    "pt-BR": "País, deduzido do endereço IP",
    fr: "Pays, déduit de l’adresse IP",
    de: "Land, aus der IP-Adresse abgeleitet",
  },
  consentChoices: {
    en: "Your cookie choices and when you made them",
    es: "Tus elecciones sobre cookies y cuándo las hiciste",
    "pt-BR": "Suas escolhas sobre cookies e quando você as fez",
    fr: "Vos choix concernant les cookies et leur date",
    de: "Ihre Cookie-Entscheidungen und deren Zeitpunkt",
  },
  customerData: {
    en: "Everything a customer keeps in its CRM: contacts, companies, deals, messages, files",
    es: "Todo lo que un cliente guarda en su CRM: contactos, empresas, oportunidades, mensajes, archivos",
    "pt-BR": "Tudo o que um cliente guarda no seu CRM: contatos, empresas, negócios, mensagens, arquivos",
    fr: "Tout ce qu’un client conserve dans son CRM\u00a0: contacts, entreprises, affaires, messages, fichiers",
    de: "Alles, was ein Kunde in seinem CRM speichert: Kontakte, Unternehmen, Deals, Nachrichten, Dateien",
  },
  billing: {
    en: "Billing contact, invoices and the payment processor's references",
    es: "Contacto de facturación, facturas y referencias del procesador de pagos",
    "pt-BR": "Contato de cobrança, faturas e referências do processador de pagamentos",
    fr: "Contact de facturation, factures et références du prestataire de paiement",
    de: "Rechnungskontakt, Rechnungen und Referenzen des Zahlungsdienstleisters",
  },
  securityRecords: {
    en: "Security records: sign-in sessions, single-use links, hashed e-mail addresses",
    es: "Registros de seguridad: sesiones iniciadas, enlaces de un solo uso, direcciones de correo cifradas con hash",
    "pt-BR": "Registros de segurança: sessões de login, links de uso único, endereços de e-mail em hash",
    fr: "Données de sécurité\u00a0: sessions de connexion, liens à usage unique, adresses e-mail hachées",
    de: "Sicherheitsdaten: Anmeldesitzungen, Einmal-Links, gehashte E-Mail-Adressen",
  },
} as const satisfies Record<string, LocalizedText>;

export type DataCategory = keyof typeof dataCategories;

export const dataCategoryKeys = Object.keys(dataCategories) as DataCategory[];
