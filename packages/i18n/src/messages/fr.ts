import type { en } from "./en";

// French typography puts a no-break space (\u00a0) before ":" so the colon never starts a line.
export const fr = {
  "meta.title": "Abante CRM — le CRM dont la politique de confidentialité est garantie par son code",
  "meta.description":
    "Contacts, entreprises, affaires, messages et fichiers pour votre équipe, avec les données de chaque client isolées dans la base de données et un export ou une suppression complète dès que vous le demandez.",

  "a11y.skipToContent": "Aller au contenu",

  "nav.label": "Principale",
  "nav.home": "Page d’accueil d’Abante CRM",
  "nav.features": "Fonctionnalités",
  "nav.privacy": "Confidentialité",
  "nav.openCrm": "Ouvrir le CRM",

  "language.label": "Langue",

  "home.hero.eyebrow": "Le CRM qui protège la vie privée",
  "home.hero.title": "Le CRM dont la politique de confidentialité est garantie par son code",
  "home.hero.lead":
    "Abante CRM réunit vos contacts, entreprises, affaires, messages et fichiers au même endroit. Chaque engagement de notre politique de confidentialité est intégré au logiciel et prouvé par des tests automatisés, au lieu de reposer sur de bonnes intentions.",
  "home.hero.ctaPrimary": "Commencer un essai gratuit",
  "home.hero.ctaSecondary": "Ouvrir le CRM",

  "home.features.title": "Tout ce avec quoi votre équipe travaille, au même endroit",
  "home.features.lead":
    "Un CRM ciblé pour les équipes en croissance\u00a0: simple à prendre en main, rapide à utiliser, sans rien de superflu.",
  "home.features.contacts.title": "Contacts",
  "home.features.contacts.body":
    "Toutes les personnes avec qui vous travaillez, avec leurs coordonnées, leur historique et vos notes dans une seule fiche.",
  "home.features.companies.title": "Entreprises",
  "home.features.companies.body":
    "Regroupez les personnes par organisation et voyez d’un coup d’œil chaque relation avec un client.",
  "home.features.deals.title": "Affaires",
  "home.features.deals.body": "Suivez chaque opportunité dans votre pipeline, du premier appel au contrat signé.",
  "home.features.messages.title": "Messages",
  "home.features.messages.body":
    "Gardez les conversations à côté des contacts et des affaires auxquels elles se rapportent.",
  "home.features.files.title": "Fichiers",
  "home.features.files.body": "Joignez propositions, contrats, images et vidéos là où votre équipe les cherchera.",

  "home.privacy.title": "Une confidentialité que vous pouvez vérifier, pas seulement croire",
  "home.privacy.lead":
    "Les données vous appartiennent. Ce ne sont pas des réglages que nous pourrions changer en douce\u00a0: c’est ainsi que le système est construit.",
  "home.privacy.isolation.title": "Isolation des clients dans la base de données",
  "home.privacy.isolation.body":
    "La sécurité au niveau des lignes de PostgreSQL sépare les données de chaque client\u00a0: un compte ne peut pas voir celles d’un autre, même si l’application commet une erreur.",
  "home.privacy.export.title": "Exportez vos données à tout moment",
  "home.privacy.export.body":
    "Téléchargez une sauvegarde complète de votre CRM, enregistrements et fichiers, depuis le panneau de contrôle quand vous le souhaitez. Sans demande ni attente.",
  "home.privacy.delete.title": "Supprimez vos données à tout moment",
  "home.privacy.delete.body":
    "Supprimez l’intégralité de votre CRM depuis le panneau de contrôle quand vous le décidez. La suppression est exécutée par le code, pas par un ticket au support.",

  "home.cta.title": "Voyez par vous-même",
  "home.cta.body":
    "Mettez en place dès aujourd’hui le CRM de votre équipe et gardez le contrôle total de vos données dès le premier jour.",
  "home.cta.button": "Commencer un essai gratuit",

  "footer.tagline": "Le CRM dont la politique de confidentialité est garantie par son code.",
  "footer.copyright": "© {year} Abante CRM",
  "footer.languages": "Langues",

  "notFound.title": "Page introuvable",
  "notFound.body": "La page que vous cherchez n’existe pas ou a été déplacée.",
  "notFound.home": "Aller à la page d’accueil",
} satisfies Record<keyof typeof en, string>;
