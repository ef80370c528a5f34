import type { en } from "./en";

export const de = {
  "meta.title": "Abante CRM — das CRM, dessen Datenschutzerklärung sein Code durchsetzt",
  "meta.description":
    "Kontakte, Unternehmen, Deals, Nachrichten und Dateien für Ihr Team – mit den Daten jedes Kunden getrennt in der Datenbank und vollständigem Export oder vollständiger Löschung, wann immer Sie es wünschen.",

  "a11y.skipToContent": "Zum Inhalt springen",

  "nav.label": "Hauptnavigation",
  "nav.home": "Startseite von Abante CRM",
  "nav.features": "Funktionen",
  "nav.privacy": "Datenschutz",
  "nav.openCrm": "CRM öffnen",

  "language.label": "Sprache",

  "home.hero.eyebrow": "Das CRM mit Datenschutz an erster Stelle",
  "home.hero.title": "Das CRM, dessen Datenschutzerklärung sein Code durchsetzt",
  "home.hero.lead":
    "Abante CRM bündelt Ihre Kontakte, Unternehmen, Deals, Nachrichten und Dateien an einem Ort. Jedes Versprechen unserer Datenschutzerklärung ist in die Software eingebaut und durch automatisierte Tests belegt, statt nur guten Absichten überlassen zu sein.",
  "home.hero.ctaPrimary": "Kostenlos testen",
  "home.hero.ctaSecondary": "CRM öffnen",

  "home.features.title": "Alles, womit Ihr Team arbeitet, an einem Ort",
  "home.features.lead":
    "Ein fokussiertes CRM für wachsende Teams: schnell erlernt, schnell bedient, ohne Überflüssiges.",
  "home.features.contacts.title": "Kontakte",
  "home.features.contacts.body":
    "Alle Menschen, mit denen Sie arbeiten, mit Angaben, Verlauf und Notizen in einem einzigen Datensatz.",
  "home.features.companies.title": "Unternehmen",
  "home.features.companies.body":
    "Ordnen Sie Personen ihren Organisationen zu und sehen Sie jede Kundenbeziehung auf einen Blick.",
  "home.features.deals.title": "Deals",
  "home.features.deals.body":
    "Verfolgen Sie jede Verkaufschance durch Ihre Pipeline, vom ersten Anruf bis zum unterschriebenen Vertrag.",
  "home.features.messages.title": "Nachrichten",
  "home.features.messages.body": "Behalten Sie Unterhaltungen bei den Kontakten und Deals, zu denen sie gehören.",
  "home.features.files.title": "Dateien",
  "home.features.files.body": "Hängen Sie Angebote, Verträge, Bilder und Videos dort an, wo Ihr Team sie sucht.",

  "home.privacy.title": "Datenschutz, den Sie prüfen können, statt ihm nur zu vertrauen",
  "home.privacy.lead":
    "Die Daten gehören Ihnen. Das sind keine Einstellungen, die wir heimlich ändern könnten: So ist das System gebaut.",
  "home.privacy.isolation.title": "Mandantentrennung in der Datenbank",
  "home.privacy.isolation.body":
    "Row-Level Security in PostgreSQL hält die Daten jedes Kunden getrennt, sodass kein Konto die Daten eines anderen sehen kann – selbst wenn der Anwendung ein Fehler unterläuft.",
  "home.privacy.export.title": "Exportieren Sie Ihre Daten jederzeit",
  "home.privacy.export.body":
    "Laden Sie in der Verwaltung jederzeit eine vollständige Sicherung Ihres CRM mit allen Datensätzen und Dateien herunter. Ohne Antrag, ohne Wartezeit.",
  "home.privacy.delete.title": "Löschen Sie Ihre Daten jederzeit",
  "home.privacy.delete.body":
    "Löschen Sie Ihr gesamtes CRM in der Verwaltung, wann Sie wollen. Die Löschung erledigt der Code, nicht ein Support-Ticket.",

  "home.cta.title": "Überzeugen Sie sich selbst",
  "home.cta.body":
    "Richten Sie noch heute das CRM Ihres Teams ein und behalten Sie vom ersten Tag an die volle Kontrolle über Ihre Daten.",
  "home.cta.button": "Kostenlos testen",

  "footer.tagline": "Das CRM, dessen Datenschutzerklärung sein Code durchsetzt.",
  "footer.copyright": "© {year} Abante CRM",
  "footer.languages": "Sprachen",

  "notFound.title": "Seite nicht gefunden",
  "notFound.body": "Die gesuchte Seite existiert nicht oder wurde verschoben.",
  "notFound.home": "Zur Startseite",
} satisfies Record<keyof typeof en, string>;
