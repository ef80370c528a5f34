import type { en } from "./en";

export const de = {
  "meta.title": "Abante CRM — das CRM, dessen Datenschutzerklärung sein Code durchsetzt",
  "meta.titleSuffix": "Abante CRM",
  "meta.description":
    "Kontakte, Unternehmen, Deals, Nachrichten und Dateien für Ihr Team – mit den Daten jedes Kunden getrennt in der Datenbank und vollständigem Export oder vollständiger Löschung, wann immer Sie es wünschen.",

  "a11y.skipToContent": "Zum Inhalt springen",

  "nav.label": "Hauptnavigation",
  "nav.home": "Startseite von Abante CRM",
  "nav.features": "Funktionen",
  "nav.pricing": "Preise",
  "nav.events": "Veranstaltungen",
  "nav.partners": "Partner",
  "nav.contact": "Vertrieb kontaktieren",
  "nav.startTrial": "Kostenlos testen",
  "nav.signIn": "Anmelden",
  "nav.openCrm": "CRM öffnen",

  "language.label": "Sprache",

  "home.hero.eyebrow": "Das CRM mit Datenschutz an erster Stelle",
  "home.hero.title": "Das CRM, dessen Datenschutzerklärung sein Code durchsetzt",
  "home.hero.lead":
    "Abante CRM bündelt Ihre Kontakte, Unternehmen, Deals, Nachrichten und Dateien an einem Ort. Jedes Versprechen unserer Datenschutzerklärung ist in die Software eingebaut und durch automatisierte Tests belegt, statt nur guten Absichten überlassen zu sein.",
  "home.hero.ctaPrimary": "Kostenlos testen",
  "home.hero.ctaSecondary": "Funktionen ansehen",

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
  "home.features.more": "Alle Funktionen",

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

  "home.privacy.more": "Unsere Versprechen lesen",

  "home.local.title": "Nah bei Ihnen",
  "home.local.lead": "Preise in Ihrer Währung, Veranstaltungen in Ihrer Sprache und Partner in Ihrem Land.",
  "home.local.pricing.title": "Einfache Preise",
  "home.local.pricing.body":
    "Ein Preis pro Nutzer und Monat, in Ihrer Währung. Beginnen Sie mit einem kostenlosen Test.",
  "home.local.pricing.link": "Preise ansehen",
  "home.local.events.title": "Veranstaltungen",
  "home.local.events.body": "Workshops und Treffen, online und in Ihrer Nähe, damit Sie mehr aus Ihrem CRM machen.",
  "home.local.events.link": "Kommende Veranstaltungen",
  "home.local.partners.title": "Lokale Partner",
  "home.local.partners.body": "Berater in Ihrem Land, die bei Einrichtung, Datenübernahme und Schulung helfen.",
  "home.local.partners.link": "Partner finden",

  "home.cta.title": "Überzeugen Sie sich selbst",
  "home.cta.body":
    "Richten Sie noch heute das CRM Ihres Teams ein und behalten Sie vom ersten Tag an die volle Kontrolle über Ihre Daten.",
  "home.cta.button": "Kostenlos testen",

  "features.meta.description":
    "Was Abante CRM kann: Kontakte, Unternehmen, Deals, Nachrichten, Dateien, Teams, Import und Export – und die eingebauten Datenschutz-Kontrollen.",
  "features.hero.eyebrow": "Funktionen",
  "features.hero.title": "Ein vollständiges CRM, ohne die Teile, die Sie beobachten",
  "features.hero.lead":
    "Alles, was ein Vertriebsteam im Alltag braucht, und Kontrollen, die die Daten Ihrer Kunden in Ihren Händen lassen.",
  "features.work.title": "Für die tägliche Arbeit",
  "features.control.title": "Für die Verantwortlichen der Daten",
  "features.contacts.title": "Kontakte und Unternehmen",
  "features.contacts.body":
    "Ein Datensatz pro Person und Organisation, mit mehreren E-Mail-Adressen und Telefonnummern, Schlagwörtern, Notizen und dem vollständigen Verlauf jedes Gesprächs.",
  "features.deals.title": "Deals und Pipeline",
  "features.deals.body":
    "Phasen, die Sie festlegen, ein Board zum Verschieben der Deals, Beträge in jeder Währung und eine gewichtete Prognose.",
  "features.activities.title": "Nachrichten, Anrufe und Termine",
  "features.activities.body":
    "Erfassen Sie jeden Austausch einmal und sehen Sie ihn beim Kontakt, beim Unternehmen und beim Deal, zu dem er gehört.",
  "features.files.title": "Dateien, Bilder und Videos",
  "features.files.body":
    "Hängen Sie Dokumente und Medien an jeden Datensatz. Jede Datei wird beim Hochladen geprüft und mit einer Prüfsumme gespeichert.",
  "features.search.title": "Schnelle Suche",
  "features.search.body":
    "Finden Sie Personen, Unternehmen oder Telefonnummern schon beim Tippen, auch in großen Datenbeständen.",
  "features.team.title": "Ihr Team",
  "features.team.body":
    "Laden Sie Kolleginnen und Kollegen als Inhaber, Administratoren oder Mitglieder ein und führen Sie ein Mitarbeiterverzeichnis neben Ihren Kunden.",
  "features.import.title": "Import und Export",
  "features.import.body":
    "Übernehmen Sie Ihre Kontakte aus Tabellen oder einem anderen Werkzeug und exportieren Sie sie jederzeit wieder in offenen Formaten.",
  "features.languages.title": "Ihre Sprache",
  "features.languages.body":
    "Website und Produkt sprechen Englisch, Spanisch, brasilianisches Portugiesisch, Französisch und Deutsch.",
  "features.isolation.title": "Trennung, die die Datenbank durchsetzt",
  "features.isolation.body":
    "Die Daten jedes Kunden werden durch Row-Level Security in PostgreSQL getrennt, nicht nur durch den Code der Anwendung.",
  "features.backup.title": "Vollständige Sicherung, wann Sie wollen",
  "features.backup.body":
    "Laden Sie die komplette Datenbank Ihres CRM samt Dateien in der Verwaltung herunter. Ältere Exporte lassen sich auf das aktuelle Format bringen.",
  "features.deletion.title": "Löschung, die wirklich stattfindet",
  "features.deletion.body":
    "Löschen Sie einzelne Datensätze oder Ihr ganzes CRM in der Verwaltung. Sicherungen laufen nach einem festen Zeitplan ab, der in unserer Datenschutzerklärung steht.",
  "features.support.title": "Support-Zugriff nur mit Ihrer Erlaubnis",
  "features.support.body":
    "Unsere Mitarbeitenden können Ihr CRM nur mit einer befristeten Freigabe öffnen, und jeder Zugriff wird in einem Audit-Protokoll festgehalten, das Ihre Administratoren lesen können.",
  "features.cta.title": "Probieren Sie es mit Ihren eigenen Daten",
  "features.cta.body":
    "Starten Sie einen kostenlosen Test, importieren Sie ein paar Kontakte und sehen Sie, wie es sich anfühlt.",

  "pricing.meta.description":
    "Preise von Abante CRM: drei Tarife, ein Preis pro Nutzer und Monat, in Ihrer Währung. Beginnen Sie mit einem kostenlosen Test.",
  "pricing.hero.eyebrow": "Preise",
  "pricing.hero.title": "Ein Preis pro Nutzer, nichts versteckt",
  "pricing.hero.lead":
    "Jeder Tarif enthält die Datenschutz-Kontrollen, den vollständigen Export und die Löschung auf Wunsch. Beginnen Sie mit einem kostenlosen Test über {days} Tage, ohne Kreditkarte.",
  "pricing.currency.detected": "Preise in {currency}, ausgewählt nach Ihrem Standort.",
  "pricing.currency.chosen": "Preise in {currency}.",
  "pricing.currency.fallback": "Preise in {currency}.",
  "pricing.currency.switch": "Preise anzeigen in:",
  "pricing.perUser": "pro Nutzer / Monat",
  "pricing.yearly": "{price} pro Nutzer / Monat bei jährlicher Abrechnung",
  "pricing.maxUsers": "Bis zu {count} Nutzer",
  "pricing.unlimitedUsers": "Beliebig viele Nutzer",
  "pricing.taxNote":
    "Preise zuzüglich Umsatzsteuer und anderer Verkaufssteuern, die auf der Rechnung ausgewiesen werden, wo sie anfallen.",
  "pricing.choose": "Kostenlos testen",
  "pricing.talk": "Mit dem Vertrieb sprechen",
  "pricing.popular": "Am beliebtesten",
  "pricing.starter.name": "Starter",
  "pricing.starter.tagline": "Für kleine Teams, die sich organisieren wollen.",
  "pricing.starter.f1": "Kontakte, Unternehmen und Deals",
  "pricing.starter.f2": "Nachrichten, Dateien, Bilder und Videos",
  "pricing.starter.f3": "Import und Export",
  "pricing.starter.f4": "Vollständiger Export jederzeit",
  "pricing.starter.f5": "Hilfe per E-Mail",
  "pricing.team.name": "Team",
  "pricing.team.tagline": "Für Vertriebsteams, die jeden Tag zusammenarbeiten.",
  "pricing.team.f1": "Alles aus Starter",
  "pricing.team.f2": "Inhaber, Administratoren und Mitglieder",
  "pricing.team.f3": "Mitarbeiterverzeichnis und gemeinsame Pipeline",
  "pricing.team.f4": "Audit-Protokoll der Support-Zugriffe",
  "pricing.team.f5": "Bevorzugte Hilfe per E-Mail",
  "pricing.business.name": "Business",
  "pricing.business.tagline": "Für Unternehmen, die Unterstützung bei der Einführung wünschen.",
  "pricing.business.f1": "Alles aus Team",
  "pricing.business.f2": "Einführung mit einem lokalen Partner",
  "pricing.business.f3": "Jahresrechnung und Zahlung per Überweisung",
  "pricing.business.f4": "Eine feste Ansprechperson",
  "pricing.business.f5": "Prüfung unseres Auftragsverarbeitungsvertrags mit Ihrer Rechtsabteilung",
  "pricing.faq.title": "Fragen zu den Preisen",
  "pricing.faq.trial.q": "Was passiert am Ende des Tests?",
  "pricing.faq.trial.a":
    "Es wird nichts automatisch abgebucht. Wählen Sie einen Tarif, um weiterzumachen, oder lassen Sie den Test auslaufen und löschen Sie Ihre Daten in der Verwaltung.",
  "pricing.faq.card.q": "Speichern Sie meine Kreditkarte?",
  "pricing.faq.card.a":
    "Nein. Kartendaten gehen direkt an unseren Zahlungsdienstleister. Wir speichern nur dessen Referenzen und unsere Rechnungen, und unsere Formulare weisen alles zurück, was wie eine Kartennummer aussieht.",
  "pricing.faq.cancel.q": "Was geschieht mit meinen Daten, wenn ich kündige?",
  "pricing.faq.cancel.a":
    "Ihr CRM wird für {grace} deaktiviert; in dieser Zeit können Sie es sich anders überlegen. Danach wird es vernichtet. Sicherungen laufen spätestens {backups} nach ihrer Erstellung ab.",
  "pricing.faq.change.q": "Kann ich den Tarif später wechseln?",
  "pricing.faq.change.a": "Ja, jederzeit in der Verwaltung. Der neue Preis gilt ab dem nächsten Abrechnungszeitraum.",

  "events.meta.description":
    "Workshops, Webinare und Treffen rund um Abante CRM, online und in Ihrer Nähe, in Ihrer Sprache.",
  "events.hero.eyebrow": "Veranstaltungen",
  "events.hero.title": "Lernen Sie mit uns, online und vor Ort",
  "events.hero.lead":
    "Workshops, Webinare und Treffen mit unserem Team und unseren Partnern. Veranstaltungen in Ihrem Land stehen oben.",
  "events.empty": "Derzeit sind keine Veranstaltungen geplant. Schauen Sie bald wieder vorbei.",
  "events.unavailable":
    "Die Veranstaltungen konnten gerade nicht geladen werden. Bitte versuchen Sie es gleich noch einmal; es ist nichts verloren.",
  "events.online": "Online",
  "events.details": "Details und Anmeldung",
  "events.detailsFor": "Details und Anmeldung: {title}",
  "events.when": "Wann",
  "events.where": "Wo",
  "events.organiser": "Veranstalter",
  "events.sponsors": "Sponsoren",
  "events.noSponsors": "Keine Sponsoren",
  "events.language": "Sprache",
  "events.capacity": "Plätze",
  "events.timezoneNote": "Alle Zeiten in UTC.",
  "events.back": "Alle Veranstaltungen",
  "events.notFound.title": "Veranstaltung nicht gefunden",
  "events.notFound.body": "Diese Veranstaltung gibt es nicht oder sie ist nicht mehr veröffentlicht.",
  "events.register.title": "Anmeldung",
  "events.register.notice":
    "Wenn Sie sich anmelden, geben wir Ihren Namen, Ihre E-Mail-Adresse, Telefonnummer und Ihr Unternehmen an den Veranstalter, {organiser}, und an die Sponsoren dieser Veranstaltung weiter: {sponsors}. Jede Weitergabe tragen wir in unser Offenlegungsverzeichnis ein.",
  "events.register.noticeNoSponsors":
    "Wenn Sie sich anmelden, geben wir Ihren Namen, Ihre E-Mail-Adresse, Telefonnummer und Ihr Unternehmen an den Veranstalter weiter: {organiser}. Diese Veranstaltung hat keine Sponsoren. Die Weitergabe tragen wir in unser Offenlegungsverzeichnis ein.",
  "events.register.submit": "Anmelden",
  "events.register.success": "Sie sind angemeldet. Bis bald!",
  "events.register.closed": "Die Anmeldung für diese Veranstaltung ist geschlossen.",

  "partners.meta.description":
    "Finden Sie einen Abante-CRM-Partner in Ihrem Land für Einrichtung, Datenübernahme und Schulung, oder lassen Sie sich kontaktieren.",
  "partners.hero.eyebrow": "Partner",
  "partners.hero.title": "Hilfe vor Ort von Leuten, die das Produkt kennen",
  "partners.hero.lead":
    "Unsere Partner richten CRMs ein, übernehmen Daten aus anderen Werkzeugen und schulen Teams, in Ihrer Sprache und in Ihrem Land.",
  "partners.in": "Partner in: {country}",
  "partners.all": "Unsere Partner",
  "partners.empty":
    "Für dieses Land haben wir noch keinen gelisteten Partner: {country}. Hinterlassen Sie unten Ihre Angaben, dann finden wir einen für Sie.",
  "partners.emptyNoCountry":
    "Wir konnten nicht feststellen, in welchem Land Sie sind. Hinterlassen Sie unten Ihre Angaben, dann finden wir einen Partner für Sie.",
  "partners.unavailable":
    "Die Partnerliste konnte gerade nicht geladen werden. Sie können trotzdem unten um Kontaktaufnahme bitten.",
  "partners.languages": "Sprachen",
  "partners.website": "Website von {name}",
  "partners.request.title": "Ein lokaler Partner soll mich kontaktieren",
  "partners.request.lead": "Erzählen Sie uns kurz von Ihrem Team, und ein Partner in Ihrem Land meldet sich bei Ihnen.",
  "partners.request.notice":
    "Wir geben Ihren Namen, Ihre E-Mail-Adresse, Telefonnummer und Ihr Unternehmen an einen Partner weiter, der Ihr Land oder Ihre Region betreut, und tragen die Weitergabe in unser Offenlegungsverzeichnis ein. Der Partner nutzt die Angaben nur, um Sie zu dieser Anfrage zu kontaktieren.",
  "partners.request.submit": "Partner anfragen",
  "partners.request.success": "Vielen Dank. Ein Partner meldet sich bald bei Ihnen.",

  "contact.meta.description":
    "Sprechen Sie mit dem Vertrieb von Abante CRM über Tarife, Umstieg und Ihre Datenschutzfragen.",
  "contact.hero.eyebrow": "Vertrieb kontaktieren",
  "contact.hero.title": "Sprechen Sie mit einem Menschen",
  "contact.hero.lead":
    "Fragen zu den Tarifen, zum Umstieg von einem anderen CRM oder dazu, wie wir mit Daten umgehen? Schreiben Sie uns, wir antworten per E-Mail.",
  "contact.notice":
    "Wir speichern Ihre Nachricht als Vertriebsanfrage und nutzen sie nur, um Ihnen zu antworten. Nichts wird weitergegeben. Siehe unsere Datenschutzerklärung.",
  "contact.submit": "Nachricht senden",
  "contact.success": "Vielen Dank. Wir antworten Ihnen bald per E-Mail.",
  "contact.aside.title": "Ebenfalls nützlich",
  "contact.aside.privacy":
    "Für eine Anfrage zu Ihren personenbezogenen Daten nutzen Sie bitte die Seite für Datenschutzanfragen.",
  "contact.aside.partners": "Für Hilfe vor Ort fragen Sie einen lokalen Partner an.",

  "trial.meta.description": "Erstellen Sie Ihr Konto bei Abante CRM und testen Sie kostenlos. Ohne Kreditkarte.",
  "trial.hero.eyebrow": "Kostenloser Test",
  "trial.hero.title": "Starten Sie Ihren kostenlosen Test",
  "trial.hero.lead":
    "{days} Tage kostenlos, ohne Kreditkarte. Ihr CRM ist bereit, sobald Sie Ihre E-Mail-Adresse bestätigen.",
  "trial.form.title": "Konto erstellen",
  "trial.notice":
    "Wir fragen nur, was wir für Ihr Konto brauchen: Ihren Namen, Ihr Unternehmen, Ihre E-Mail-Adresse und ein Passwort, auf Wunsch eine Telefonnummer. Branche und Interessen helfen uns, das Produkt zu verbessern. Außerdem speichern wir die Sprache Ihres Browsers und das Land, aus dem Sie sich registrieren.",
  "trial.submit": "Konto erstellen",
  "trial.success.title": "Sehen Sie in Ihr Postfach",
  "trial.success.body":
    "Wir haben einen Bestätigungslink an {email} gesendet. Öffnen Sie ihn, um Ihre Adresse zu bestätigen, und melden Sie sich dann an, um Ihr CRM zu nutzen.",
  "trial.success.signIn": "Zur Anmeldung",
  "trial.haveAccount": "Sie haben schon ein Konto?",
  "trial.signIn": "Anmelden",
  "trial.sector": "Branche",
  "trial.sector.choose": "Wählen Sie Ihre Branche",
  "trial.interests": "Was interessiert Sie an Abante CRM?",
  "trial.interests.hint": "Wählen Sie beliebig viele aus, oder keine.",
  "trial.password.hint": "Mindestens {min} Zeichen. Ein paar ungewöhnliche Wörter ergeben ein starkes Passwort.",

  "sector.agency": "Agentur (Marketing, Design, Medien)",
  "sector.consulting": "Beratung und freie Berufe",
  "sector.education": "Bildung und Weiterbildung",
  "sector.finance": "Finanzen und Versicherungen",
  "sector.healthcare": "Gesundheitswesen",
  "sector.hospitality": "Gastgewerbe und Tourismus",
  "sector.manufacturing": "Industrie und Fertigung",
  "sector.nonprofit": "Gemeinnützige Organisation",
  "sector.publicSector": "Öffentlicher Sektor",
  "sector.realEstate": "Immobilien",
  "sector.retail": "Einzelhandel und E-Commerce",
  "sector.software": "Software und IT",
  "sector.wholesale": "Großhandel und Vertrieb",
  "sector.other": "Sonstiges",

  "interest.contacts": "Kontakte und Unternehmen an einem Ort",
  "interest.deals": "Deals und Verkäufe verfolgen",
  "interest.messages": "Nachrichten und E-Mails mit Kunden",
  "interest.files": "Dateien, Bilder und Videos",
  "interest.team": "Zusammenarbeit im Team",
  "interest.privacy": "Datenschutz",
  "interest.import": "Daten aus einem anderen Werkzeug übernehmen",
  "interest.api": "Integrationen und die API",

  "form.name": "Ihr Name",
  "form.email": "E-Mail-Adresse",
  "form.phone": "Telefon",
  "form.company": "Unternehmen",
  "form.companyName": "Name des Unternehmens",
  "form.password": "Passwort",
  "form.message": "Nachricht",
  "form.optional": "optional",
  "form.requiredNote": "Alle Felder sind Pflichtfelder, sofern nicht als optional gekennzeichnet.",
  "form.sending": "Wird gesendet…",
  "form.noscript":
    "Dieses Formular braucht JavaScript für seinen Spam-Schutz: eine kurze Berechnung in Ihrem Browser, ohne Tracking und ohne Dritte.",
  "form.error.name": "Geben Sie Ihren Namen ein.",
  "form.error.email": "Geben Sie eine gültige E-Mail-Adresse ein.",
  "form.error.phone": "Geben Sie eine Telefonnummer nur mit Ziffern, Leerzeichen und + ( ) - . ein.",
  "form.error.company": "Geben Sie den Namen Ihres Unternehmens ein.",
  "form.error.message": "Schreiben Sie eine kurze Nachricht.",
  "form.error.password": "Wählen Sie ein längeres Passwort, das schwer zu erraten ist.",
  "form.error.sector": "Wählen Sie eine Branche.",
  "form.error.kind": "Wählen Sie, was wir tun sollen.",
  "form.error.generic": "Bei uns ist etwas schiefgelaufen. Bitte versuchen Sie es gleich noch einmal.",
  "form.error.network": "Unser Server ist nicht erreichbar. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.",
  "form.error.rateLimited": "Zu viele Versuche. Bitte warten Sie einige Minuten und versuchen Sie es erneut.",
  "form.error.botCheck":
    "Der Spam-Schutz ist noch nicht fertig. Warten Sie, bis er abgeschlossen ist, und senden Sie erneut.",
  "form.error.invalid": "Bitte korrigieren Sie die markierten Felder.",
  "form.error.cardNumber": "Bitte entfernen Sie die Kartennummer: Wir nehmen in unseren Formularen nie Kartendaten an.",

  "altcha.label": "Ich bin kein Roboter",
  "altcha.verifying": "Wird geprüft…",
  "altcha.verified": "Geprüft",
  "altcha.error": "Die Prüfung ist fehlgeschlagen. Bitte erneut versuchen.",
  "altcha.expired": "Die Prüfung ist abgelaufen. Bitte erneut versuchen.",
  "altcha.waitAlert": "Wird geprüft… bitte warten.",

  "requests.meta.description":
    "Fordern Sie eine Kopie Ihrer personenbezogenen Daten an, lassen Sie sie berichtigen oder löschen, oder widersprechen Sie ihrer Nutzung. Jede Person kann das, mit oder ohne Konto.",
  "requests.hero.eyebrow": "Datenschutzanfragen",
  "requests.hero.title": "Ihre Daten, Ihre Anfrage",
  "requests.hero.lead":
    "Fordern Sie eine Kopie Ihrer Daten an, lassen Sie sie berichtigen oder löschen, oder widersprechen Sie unserer Nutzung. Ein Konto ist nicht nötig.",
  "requests.how.title": "So funktioniert es",
  "requests.how.verify":
    "Wir senden einen Link an die angegebene E-Mail-Adresse. Mit dem Öffnen belegen Sie, dass die Adresse Ihnen gehört – so kann niemand die Daten einer anderen Person anfordern.",
  "requests.how.deadline":
    "Wir antworten spätestens {deadline} nach Ihrer Bestätigung und sagen Ihnen, falls wir länger brauchen, und warum.",
  "requests.how.account":
    "Sie haben ein Konto? Dann können Sie Ihre Daten in den Kontoeinstellungen selbst einsehen, berichtigen, herunterladen oder löschen.",
  "requests.how.accountLink": "Kontoeinstellungen öffnen",
  "requests.how.customer":
    "Wenn Ihre Daten im CRM eines unserer Kunden liegen (zum Beispiel sind Sie Kontakt eines Unternehmens, das Abante nutzt), entscheidet dieses Unternehmen darüber. Schreiben Sie zuerst dorthin; wir helfen beim Beantworten.",
  "requests.kind": "Was sollen wir tun?",
  "requests.kind.choose": "Anfrage auswählen",
  "requests.kind.access": "Mir eine Kopie meiner Daten senden",
  "requests.kind.rectification": "Meine Daten berichtigen",
  "requests.kind.erasure": "Meine Daten löschen",
  "requests.kind.objection": "Meine Daten nicht mehr für einen Zweck nutzen",
  "requests.message": "Einzelheiten",
  "requests.message.hint": "Zum Beispiel, was berichtigt werden soll oder welcher Nutzung Sie widersprechen.",
  "requests.submit": "Anfrage senden",
  "requests.success":
    "Fast geschafft: Öffnen Sie den Link, den wir Ihnen gesendet haben, um die Anfrage zu bestätigen.",
  "requests.notice":
    "Was Sie hier schreiben, nutzen wir nur zur Bearbeitung dieser Anfrage und bewahren es als Nachweis der Bearbeitung auf.",

  "security.meta.description":
    "Wie Abante CRM Ihre Daten schützt: Verschlüsselung, gehashte Passwörter und Tokens, Trennung in der Datenbank, begrenzter Support-Zugriff und unveränderliche Sicherungen.",
  "security.hero.eyebrow": "Sicherheit",
  "security.hero.title": "Sicherheit als Teil der Konstruktion",
  "security.hero.lead":
    "Der Schutz steckt darin, wie die Plattform Daten speichert, trennt und überträgt, und jede Maßnahme wird durch automatisierte Tests geprüft.",
  "security.transport.title": "Verschlüsselte Verbindungen",
  "security.transport.body":
    "Jede Verbindung nutzt HTTPS, und Browser werden angewiesen, nie etwas anderes zu verwenden. Die Seiten laden keine Skripte von anderen Websites.",
  "security.passwords.title": "Passwörter, die niemand lesen kann",
  "security.passwords.body":
    "Passwörter werden nur als argon2id-Hashes gespeichert, mit den Einstellungen, die Sicherheitsfachleute empfehlen. Gängige und geleakte Passwörter werden abgelehnt.",
  "security.sessions.title": "Sitzungen und Links",
  "security.sessions.body":
    "Ihr Sitzungs-Cookie enthält ein zufälliges Token; wir speichern nur dessen Hash. Eine Sitzung endet {idle} nach Ihrer letzten Aktivität und spätestens {max} nach der Anmeldung. Einmal-Links laufen schnell ab und werden dann gelöscht.",
  "security.isolation.title": "Trennung in der Datenbank",
  "security.isolation.body":
    "Das CRM jedes Kunden wird durch Row-Level Security in PostgreSQL getrennt, und die Anwendung läuft mit einer Datenbankrolle, die diese nicht umgehen kann.",
  "security.access.title": "Support-Zugriff unter Ihrer Kontrolle",
  "security.access.body":
    "Unsere Mitarbeitenden können Ihr CRM ohne befristete Freigabe nicht öffnen. Jeder Zugriff wird in einem manipulationssicheren Audit-Protokoll festgehalten, das Ihre Administratoren lesen können.",
  "security.backups.title": "Unveränderliche Sicherungen",
  "security.backups.body":
    "Sicherungen können vor ihrem Ablauf weder geändert noch gelöscht werden und werden {backups} nach ihrer Erstellung automatisch vernichtet. Sie dienen nur der Wiederherstellung und der Prüfung, dass diese funktioniert.",
  "security.abuse.title": "Schutz vor Missbrauch",
  "security.abuse.body":
    "Anmeldung, Registrierung und alle öffentlichen Formulare sind in ihrer Häufigkeit begrenzt. Formulare nutzen einen Arbeitsnachweis, der in Ihrem Browser läuft, ohne Tracking und ohne Dritte.",
  "security.hosting.title": "Hosting",
  "security.hosting.body": "Die Plattform läuft auf Servern von {provider} in folgenden Ländern: {countries}.",
  "security.report.title": "Eine Schwachstelle gefunden?",
  "security.report.body":
    "Bitte informieren Sie uns über das Kontaktformular, bevor Sie sie veröffentlichen. Wir bestätigen den Eingang, halten Sie auf dem Laufenden und nennen Sie auf Wunsch.",
  "security.report.link": "Kontakt aufnehmen",

  "legal.updated": "Fassung vom {date}",
  "legal.onThisPage": "Auf dieser Seite",
  "legal.firstParty": "Eigenes",
  "legal.thirdParty": "Drittanbieter",
  "legal.seeAlso": "Siehe auch",
  "legal.labelled": "{label}: {value}",

  "privacy.meta.title": "Datenschutzerklärung",
  "privacy.meta.description":
    "Wie Abante CRM personenbezogene Daten erhebt, nutzt, weitergibt und löscht, und wie Sie Ihre Rechte ausüben. Jedes Versprechen setzt der Code durch.",
  "privacy.hero.eyebrow": "Datenschutzerklärung",
  "privacy.hero.title": "Unsere Datenschutzerklärung, in klaren Worten",
  "privacy.hero.lead":
    "Diese Erklärung ist eine Liste von Versprechen. Jedes ist in die Software eingebaut und wird durch einen automatisierten Test geprüft – was Sie hier lesen, tut der Code.",
  "privacy.who.title": "Wer verantwortlich ist",
  "privacy.who.body":
    "Abante CRM betreibt diese Website und die CRM-Plattform und entscheidet, wie die hier beschriebenen Daten genutzt werden: Für diese Daten sind wir Verantwortlicher. Die Daten, die unsere Kunden in ihrem eigenen CRM speichern, gehören ihnen: Dafür ist der Kunde verantwortlich, und wir verarbeiten sie nur nach seinen Weisungen.",
  "privacy.who.contact": "Fragen oder Anfragen zu Ihren Daten: Nutzen Sie unsere Seite für Datenschutzanfragen.",
  "privacy.howToRead":
    "Jedes Versprechen trägt eine Nummer, etwa P26. Unsere automatisierten Tests tragen dieselben Nummern, sodass sich jedes Versprechen bis zu dem Code verfolgen lässt, der es hält.",
  "privacy.group.collection": "Was wir erheben",
  "privacy.group.use": "Wie wir es nutzen",
  "privacy.group.rights": "Ihre Rechte",
  "privacy.group.security": "Sicherheit",
  "privacy.group.retention": "Wie lange wir es aufbewahren",
  "privacy.group.cookies": "Cookies",
  "privacy.p1.title": "Registrierungsdaten",
  "privacy.p1.body":
    "Bei der Registrierung fragen wir nach Ihrem Namen, dem Namen Ihres Unternehmens, Ihrer E-Mail-Adresse und einem Passwort, optional nach einer Telefonnummer, Ihrer Branche und dem, was Sie am Produkt interessiert. Eine Postanschrift erfragen wir nur, wenn Sie eine Rechnung wünschen. Außerdem speichern wir die Sprache Ihres Browsers und das Land, aus dem Sie sich registrieren.",
  "privacy.p2.title": "Kontaktformulare",
  "privacy.p2.body":
    "Wenn Sie unserem Vertrieb schreiben, speichern wir Ihren Namen, Ihre E-Mail-Adresse, Ihr Unternehmen, Ihre Nachricht und, falls angegeben, Ihre Telefonnummer, damit wir antworten können.",
  "privacy.p3.title": "Niemals Bankdaten",
  "privacy.p3.body":
    "Zahlungen laufen über unseren Zahlungsdienstleister. Wir speichern nur dessen Referenzen (Kunde, Abonnement, Zahlungsmittel) und unsere Rechnungen. Alles, was Sie eingeben und wie eine Kartennummer aussieht, wird abgewiesen und nirgends gespeichert, auch nicht in unseren Protokollen.",
  "privacy.p4.title": "Sprache und Land",
  "privacy.p4.body":
    "Bei Ihrem ersten Besuch lesen wir die bevorzugte Sprache Ihres Browsers und ermitteln Ihr Land aus Ihrer IP-Adresse, um die Website in Ihrer Sprache mit Preisen, Partnern und Veranstaltungen für Ihr Land zu zeigen. Eine Sprache, die Sie selbst wählen, hat immer Vorrang.",
  "privacy.p5.title": "Anfrageprotokoll",
  "privacy.p5.body":
    "Für jede Anfrage an unsere Website und API speichern wir IP-Adresse, Datum und Uhrzeit, Browser und Version, Betriebssystem, Gerätetyp, verweisende Seite, aufgerufene Seite, Land und Sprache. Wir nutzen das für Statistik, Sicherheit und rechtliche Zwecke und löschen es, sobald es {period} alt ist.",
  "privacy.p6.title": "Sitzungs-Cookie",
  "privacy.p6.body":
    "Wenn Sie sich anmelden, erhält Ihr Browser ein Cookie mit einem zufälligen Token und sonst nichts. Wir speichern nur einen Hash des Tokens – selbst mit unserer Datenbank kann sich niemand als Sie anmelden.",
  "privacy.p7.title": "Formularschutz",
  "privacy.p7.body":
    "Unsere öffentlichen Formulare prüfen mit einer kleinen Berechnung in Ihrem Browser, dass ein Mensch sie absendet. Kein Dritter ist beteiligt, und wir speichern nur das Ergebnis der Prüfung.",
  "privacy.p8.title": "Ihre eigene CRM-Datenbank",
  "privacy.p8.body":
    "Jeder Kunde erhält ein eigenes CRM: Mitarbeitende, Kontakte, Unternehmen, Nachrichten, Bilder und Videos. Diese Daten gehören dem Kunden, der die volle Kontrolle darüber hat.",
  "privacy.p9.title": "Datenbank-Aktualisierungsdienst",
  "privacy.p9.body":
    "Sie können einen Export aus einer älteren Version hochladen, um ihn aktualisieren zu lassen. Upload und Ergebnis werden automatisch gelöscht, sobald Sie das Ergebnis abgeholt haben, nach kurzer Frist, oder früher auf Ihren Wunsch.",
  "privacy.p10.title": "Kontodaten dienen dem Dienst",
  "privacy.p10.body":
    "Wir nutzen Ihre Kontodaten, um den Dienst zu erbringen, Ihre Anfragen zu beantworten, Rechnungen zu stellen und Ihr Konto zu verwalten. Sonst nichts.",
  "privacy.p11.title": "Werbung nur mit Ihrer Zustimmung",
  "privacy.p11.body":
    "Werbe-E-Mails senden wir nur, wenn Sie eingewilligt haben. Jede enthält einen funktionierenden Abmeldelink mit einem Klick, und eine abgemeldete Adresse erhält keine Werbung mehr.",
  "privacy.p12.title": "Trends, nie Einzelpersonen",
  "privacy.p12.body":
    "Unsere Statistiken sind Summen ohne personenbezogene Daten, und jede Gruppe mit weniger als {k} Besuchern wird weggelassen, damit niemand herausgegriffen werden kann.",
  "privacy.p13.title": "Veranstaltungen",
  "privacy.p13.body":
    "Wenn Sie sich zu einer Veranstaltung anmelden, gehen Ihr Name, Ihre E-Mail-Adresse, Telefonnummer und Ihr Unternehmen an den Veranstalter und die Sponsoren. Das Formular nennt sie vor dem Absenden, und wir halten jede Weitergabe fest.",
  "privacy.p14.title": "Lokale Partner",
  "privacy.p14.body":
    "Wenn Sie um Hilfe vor Ort bitten oder uns sagen, dass Sie daran interessiert sind, geben wir Ihren Namen, Ihre E-Mail-Adresse, Telefonnummer und Ihr Unternehmen an einen Partner weiter, der Ihr Land oder Ihre Region betreut, und halten die Vermittlung fest.",
  "privacy.p15.title": "Nutzungsdaten bleiben anonym",
  "privacy.p15.body":
    "Wir werten das Anfrageprotokoll aus, ohne es Personen zuzuordnen. Unsere Mitarbeitenden dürfen einen Eintrag nur aus Sicherheits- oder Rechtsgründen einer Person zuordnen und müssen den Grund festhalten.",
  "privacy.p16.title": "Begrenzter Support-Zugriff",
  "privacy.p16.body":
    "Unsere Mitarbeitenden können das CRM eines Kunden nur mit einer befristeten Zugriffsfreigabe lesen: auf Wunsch des Kunden, für einen Supportfall, aus Sicherheitsgründen oder weil das Gesetz es verlangt. Jeder Zugriff wird in einem Audit-Protokoll festgehalten, das die Administratoren des Kunden lesen können.",
  "privacy.p17.title": "Daten einsehen und ändern",
  "privacy.p17.body": "Sie können Ihre Kontodaten jederzeit in den Kontoeinstellungen einsehen und berichtigen.",
  "privacy.p18.title": "Löschung des Kontos",
  "privacy.p18.body":
    "Sie können die Löschung Ihres Kontos verlangen. Wir erledigen das spätestens {deadline} nach Eingang und löschen oder anonymisieren alle Ihre personenbezogenen Daten, außer den Abrechnungsunterlagen, die wir gesetzlich aufbewahren müssen.",
  "privacy.p19.title": "Kunden behalten die Kontrolle",
  "privacy.p19.body":
    "Ein Administrator des CRM eines Kunden kann alle personenbezogenen Daten darin ändern oder löschen.",
  "privacy.p20.title": "Vollständiger Export",
  "privacy.p20.body":
    "Kunden können jederzeit eine vollständige Sicherung ihrer CRM-Datenbank in der Verwaltung herunterladen.",
  "privacy.p21.title": "Vollständige Löschung",
  "privacy.p21.body": "Kunden können ihre gesamte CRM-Datenbank in der Verwaltung löschen lassen.",
  "privacy.p22.title": "Anfragen von allen",
  "privacy.p22.body":
    "Personen ohne Konto, etwa wer dem Vertrieb geschrieben oder sich zu einer Veranstaltung angemeldet hat, können Auskunft, Berichtigung oder Löschung verlangen oder einer Nutzung widersprechen, nachdem sie ihre E-Mail-Adresse bestätigt haben. Wir antworten spätestens {deadline} nach Eingang.",
  "privacy.p23.title": "Schutz",
  "privacy.p23.body":
    "Passwörter werden mit argon2id gehasht; Sitzungs- und Einmal-Tokens werden nur als Hashes gespeichert; die Daten der Kunden trennt die Datenbank selbst, nicht nur unser Code; und wichtige Aktionen hinterlassen eine Audit-Spur.",
  "privacy.p24.title": "Unterauftragsverarbeiter",
  "privacy.p24.body":
    "Die Unternehmen, die für uns personenbezogene Daten verarbeiten, sind öffentlich aufgelistet, mit Zweck, erhaltenen Daten, Ort der Verarbeitung und Datum unseres Auftragsverarbeitungsvertrags.",
  "privacy.p25.title": "Kontodaten",
  "privacy.p25.body":
    "Kontodaten bewahren wir auf, solange sie für das Konto nötig sind. Rechnungen und Abrechnungsunterlagen werden für die gesetzliche Frist aufbewahrt: {billing}, sofern Ihr Land nichts anderes verlangt.",
  "privacy.p26.title": "Anfrageprotokoll",
  "privacy.p26.body":
    "Einträge im Anfrageprotokoll werden gelöscht, sobald sie {period} alt sind, außer sie werden für einen erfassten Sicherheitsvorfall oder eine rechtliche Sperre benötigt.",
  "privacy.p27.title": "Sitzungen",
  "privacy.p27.body": "Eine Sitzung endet {idle} nach Ihrer letzten Aktivität und spätestens {max} nach der Anmeldung.",
  "privacy.p28.title": "Gekündigte Kunden",
  "privacy.p28.body":
    "Ein gekündigtes CRM wird als Karenzzeit {grace} lang deaktiviert und kann in dieser Zeit reaktiviert werden. Danach wird es vernichtet.",
  "privacy.p29.title": "Sicherungen",
  "privacy.p29.body":
    "Sicherungen sind unveränderlich, werden höchstens {backups} aufbewahrt und dann automatisch vernichtet. Das Löschen von Daten in der laufenden Datenbank schreibt Sicherungen nicht um; sie dienen nur der Wiederherstellung und der Prüfung, dass sie funktionieren.",
  "privacy.p30.title": "Wir verkaufen keine Daten",
  "privacy.p30.body":
    "Personenbezogene Daten verlassen die Plattform nur über die hier genannten Wege: Veranstalter und Sponsoren, lokale Partner und unsere Unterauftragsverarbeiter. Jede Weitergabe wird protokolliert. Ansonsten teilen wir nur Summen und anonyme Daten.",
  "privacy.p31.title": "Cookie-Einwilligung",
  "privacy.p31.body":
    "Cookies sind eingeteilt in notwendige, Präferenz-, Analyse- und Marketing-Cookies. Wo das Recht Ihrer Region es verlangt, werden nur notwendige Cookies genutzt, bis Sie weiteren zustimmen. Ablehnen ist so einfach wie Zustimmen; wir speichern Ihre Entscheidung als Nachweis, fragen erneut, wenn sie {consent} alt ist oder sich diese Erklärung ändert, und Sie können Ihre Entscheidung jederzeit ändern.",
  "privacy.p32.title": "Cookie-Richtlinie",
  "privacy.p32.body":
    "Unsere Cookie-Richtlinie nennt jedes Cookie mit Name, Zweck, Kategorie, Speicherdauer und Anbieter und wird aus derselben Liste erzeugt, die unser Code zum Setzen der Cookies verwendet.",
  "privacy.dataMap.title": "Was wir wie lange aufbewahren",
  "privacy.dataMap.lead":
    "Jeder Ort, an dem personenbezogene Daten gespeichert sind, entnommen aus derselben Datenlandkarte, die unsere Export-, Lösch- und Aufräumaufgaben verwenden.",
  "privacy.dataMap.dataSet": "Daten",
  "privacy.dataMap.categories": "Inhalt",
  "privacy.dataMap.controller": "Wer entscheidet",
  "privacy.dataMap.retention": "Wie lange",
  "privacy.controller.abante": "Abante CRM",
  "privacy.controller.customer": "Der Kunde, dem das CRM gehört",
  "privacy.recipients.title": "Wer sonst Daten erhält",
  "privacy.recipients.body":
    "Unsere Unterauftragsverarbeiter, für die auf ihrer Seite genannten Zwecke; Veranstalter und Sponsoren einer Veranstaltung, zu der Sie sich anmelden; und der lokale Partner, den Sie anfragen. Sonst niemand, und nie gegen Geld.",
  "privacy.recipients.link": "Liste der Unterauftragsverarbeiter ansehen",
  "privacy.rights.title": "So nehmen Sie Ihre Rechte wahr",
  "privacy.rights.body":
    "Sie können auf unserer Seite für Datenschutzanfragen oder in Ihren Kontoeinstellungen eine Kopie Ihrer Daten, deren Berichtigung oder Löschung verlangen oder einer Nutzung widersprechen. Sie können sich außerdem bei der Datenschutzaufsichtsbehörde Ihres Landes beschweren.",
  "privacy.rights.link": "Datenschutzanfrage stellen",
  "privacy.changes.title": "Änderungen dieser Erklärung",
  "privacy.changes.body":
    "Ändert sich diese Erklärung inhaltlich, erhält sie ein neues Fassungsdatum, und wir fragen Ihre Cookie-Entscheidung erneut ab.",

  "retention.account":
    "Solange Sie ein Konto haben. Nach einem Löschantrag spätestens {deadline} nach Eingang gelöscht oder anonymisiert; Abrechnungsunterlagen werden {billing} aufbewahrt.",
  "retention.session":
    "Endet {idle} nach Ihrer letzten Aktivität, spätestens {max} nach der Anmeldung; danach gelöscht.",
  "retention.oneTimeToken":
    "Gelöscht, sobald sie abgelaufen sind: Bestätigungslinks gelten {verify}, Links zum Zurücksetzen des Passworts {reset}, Einladungen {invite}.",
  "retention.securityCounter": "Automatisch gelöscht, sobald sie nicht mehr für das Anmeldelimit zählen.",
  "retention.sentMail": "Als Nachweis dessen aufbewahrt, was wir Ihnen gesendet haben, und mit Ihrem Konto gelöscht.",
  "retention.requestLog":
    "Gelöscht, sobald sie {period} alt sind, sofern kein erfasster Sicherheitsvorfall und keine rechtliche Sperre sie erfasst.",
  "retention.consent":
    "Als Nachweis Ihrer Entscheidung aufbewahrt. Eine Entscheidung gilt {consent}, dann fragen wir erneut; der Nachweis wird gelöscht, wenn Sie die Löschung Ihrer Daten verlangen.",
  "retention.lead": "Aufbewahrt, solange wir Ihre Anfrage bearbeiten, und auf Ihren Wunsch gelöscht.",
  "retention.eventRegistration":
    "Für die Veranstaltung und ihre Nachbereitung aufbewahrt und auf Ihren Wunsch gelöscht.",
  "retention.disclosure":
    "Als Nachweis aufbewahrt, wer Ihre Daten erhalten hat. Enthält nur einen Hash Ihrer E-Mail-Adresse, nicht die Adresse.",
  "retention.privacyRequest":
    "Als Nachweis der Bearbeitung Ihrer Anfrage aufbewahrt. Wir antworten spätestens {deadline} nach Eingang.",
  "retention.listing": "Aufbewahrt, solange der Partner, Veranstalter oder Sponsor auf unserer Website gelistet ist.",
  "retention.legalHold": "Für die Dauer der Sperre aufbewahrt, dann freigegeben.",
  "retention.customerData":
    "Der Kunde entscheidet und kann die Daten jederzeit ändern oder löschen. Nach einer Kündigung als Karenzzeit {grace} lang aufbewahrt, dann vernichtet; Sicherungen laufen spätestens {backups} nach ihrer Erstellung ab.",

  "cookies.meta.title": "Cookie-Richtlinie",
  "cookies.meta.description":
    "Jedes Cookie, das Abante CRM verwendet, mit Name, Zweck, Kategorie, Speicherdauer und Anbieter, und wie Sie Ihre Entscheidung ändern.",
  "cookies.hero.eyebrow": "Cookie-Richtlinie",
  "cookies.hero.title": "Die Cookies, die wir verwenden – alle",
  "cookies.hero.lead":
    "Diese Liste wird aus demselben Verzeichnis erzeugt, das unser Code zum Setzen der Cookies verwendet. Sie kann also keines auslassen.",
  "cookies.categories.title": "Kategorien",
  "cookies.category.necessary": "Notwendig",
  "cookies.category.preferences": "Präferenzen",
  "cookies.category.analytics": "Analyse",
  "cookies.category.marketing": "Marketing",
  "cookies.categoryBody.necessary":
    "Nötig für das, was Sie von der Website verlangen, etwa die Anmeldung oder das Merken Ihrer Cookie-Entscheidung. Sie brauchen keine Einwilligung und lassen sich nicht abschalten.",
  "cookies.categoryBody.preferences": "Merken sich Entscheidungen, die Sie treffen, etwa Ihre Sprache.",
  "cookies.categoryBody.analytics":
    "Helfen uns zu verstehen, wie die Website genutzt wird. Nur mit Ihrer Einwilligung, wo Ihre Region sie verlangt, und nie, wenn Ihr Browser Global Privacy Control sendet.",
  "cookies.categoryBody.marketing":
    "Würden zur Messung von Kampagnen dienen. Heute setzen wir keine; sollte sich das ändern, erscheinen sie in dieser Liste und brauchen Ihre Einwilligung.",
  "cookies.table.title": "Die Liste",
  "cookies.table.caption": "Alle Cookies, die diese Website und das CRM setzen",
  "cookies.table.name": "Name",
  "cookies.table.provider": "Anbieter",
  "cookies.table.purpose": "Zweck",
  "cookies.table.category": "Kategorie",
  "cookies.table.lifetime": "Speicherdauer",
  "cookies.table.when": "Wann es gesetzt wird",
  "cookies.lifetime.sliding": "{idle} nach der letzten Nutzung, höchstens {max}",
  "cookies.consent.title": "Ihre Entscheidung",
  "cookies.consent.body":
    "Im Europäischen Wirtschaftsraum, im Vereinigten Königreich, in der Schweiz, in Brasilien und überall dort, wo wir nicht erkennen können, wo Sie sind, warten nicht notwendige Cookies auf Ihre Einwilligung. Anderswo informieren wir Sie darüber, und Sie können ablehnen. Sendet Ihr Browser Global Privacy Control, werten wir das überall als Ablehnung von Analyse und Marketing.",
  "cookies.consent.proof":
    "Jede Entscheidung halten wir als Nachweis fest: eine zufällige Einwilligungs-ID, die gewählten Kategorien, die Fassung des Hinweises und dieser Richtlinie, Ihr Land, den Zeitpunkt und die Art Ihrer Auswahl. Wir fragen erneut, sobald Ihre Entscheidung {consent} alt ist oder sich diese Richtlinie ändert.",
  "cookies.consent.change":
    "Sie können Ihre Entscheidung jederzeit über den Link Cookie-Einstellungen am Ende jeder Seite ändern oder widerrufen.",
  "cookies.noTracking.title": "Was wir ohne Cookies tun",
  "cookies.noTracking.body":
    "Unsere eigenen Statistiken stammen als Summen aus dem Anfrageprotokoll und brauchen kein Cookie. Wir nutzen kein Fingerprinting und keinen anderen Weg, Ihre Entscheidung zu umgehen.",

  "subprocessors.meta.title": "Unterauftragsverarbeiter",
  "subprocessors.meta.description":
    "Die Unternehmen, die für Abante CRM personenbezogene Daten verarbeiten: Zweck, erhaltene Daten, Ort der Verarbeitung und unsere Auftragsverarbeitungsverträge.",
  "subprocessors.hero.eyebrow": "Unterauftragsverarbeiter",
  "subprocessors.hero.title": "Wer für uns Daten verarbeitet",
  "subprocessors.hero.lead":
    "Diese Unternehmen verarbeiten personenbezogene Daten in unserem Auftrag, mit einem Auftragsverarbeitungsvertrag, und nur für den genannten Zweck.",
  "subprocessors.table.caption": "Unterauftragsverarbeiter von Abante CRM",
  "subprocessors.table.name": "Unternehmen",
  "subprocessors.table.purpose": "Zweck",
  "subprocessors.table.data": "Daten",
  "subprocessors.table.location": "Ort",
  "subprocessors.table.dpa": "Vertrag seit",
  "subprocessors.table.website": "Website",
  "subprocessors.safeguard": "Garantie für die Übermittlung: {safeguard}",
  "subprocessors.usedWhen": "Wann: {condition}",
  "subprocessors.changes":
    "Wir aktualisieren diese Liste, bevor ein neuer Unterauftragsverarbeiter für uns tätig wird. Kunden werden vorab informiert und können widersprechen.",

  "footer.tagline": "Das CRM, dessen Datenschutzerklärung sein Code durchsetzt.",
  "footer.copyright": "© {year} Abante CRM",
  "footer.languages": "Sprachen",
  "footer.product": "Produkt",
  "footer.legal": "Datenschutz und Rechtliches",
  "footer.privacy": "Datenschutzerklärung",
  "footer.cookies": "Cookie-Richtlinie",
  "footer.subprocessors": "Unterauftragsverarbeiter",
  "footer.security": "Sicherheit",
  "footer.requests": "Datenschutzanfragen",
  "footer.cookieSettings": "Cookie-Einstellungen",
  "footer.geoCredit": "IP Geolocation by DB-IP",

  "notFound.title": "Seite nicht gefunden",
  "notFound.body": "Die gesuchte Seite existiert nicht oder wurde verschoben.",
  "notFound.home": "Zur Startseite",
  "consent.title": "Cookies auf dieser Website",
  "consent.body":
    "Wir verwenden notwendige Cookies, damit die Website funktioniert. Mit Ihrer Erlaubnis würden wir auch Ihre Einstellungen speichern und Besuche messen. Optionales wird erst gesetzt, wenn Sie entschieden haben, und Sie können Ihre Wahl jederzeit unter „Cookie-Einstellungen“ ändern.",
  "consent.rejectAll": "Alle ablehnen",
  "consent.acceptAll": "Alle akzeptieren",
  "consent.choose": "Auswählen",
  "consent.save": "Auswahl speichern",
  "consent.withdraw": "Einwilligung widerrufen",
  "consent.necessary": "Notwendig",
  "consent.necessaryHelp": "Halten die Website in Betrieb und speichern diese Entscheidung. Immer aktiv.",
  "consent.preferences": "Einstellungen",
  "consent.preferencesHelp": "Speichern Entscheidungen wie Ihre Sprache.",
  "consent.analytics": "Statistik",
  "consent.analyticsHelp": "Zählen Besuche anonym, um die Website zu verbessern.",
  "consent.marketing": "Marketing",
  "consent.marketingHelp": "Messen unsere Kampagnen.",
  "consent.gpc": "Ihr Browser sendet Global Privacy Control, daher bleiben Statistik und Marketing aus.",
  "consent.policy": "Cookie-Richtlinie",
  "consent.saved": "Ihre Auswahl wurde gespeichert.",
} satisfies Record<keyof typeof en, string>;
