import type { en } from "./en";

// French typography puts a no-break space (\u00a0) before ":" so the colon never starts a line.
export const fr = {
  "meta.title": "Abante CRM — le CRM dont la politique de confidentialité est garantie par son code",
  "meta.titleSuffix": "Abante CRM",
  "meta.description":
    "Contacts, entreprises, affaires, messages et fichiers pour votre équipe, avec les données de chaque client isolées dans la base de données et un export ou une suppression complète dès que vous le demandez.",

  "a11y.skipToContent": "Aller au contenu",

  "nav.label": "Principale",
  "nav.home": "Page d’accueil d’Abante CRM",
  "nav.features": "Fonctionnalités",
  "nav.pricing": "Tarifs",
  "nav.events": "Événements",
  "nav.partners": "Partenaires",
  "nav.contact": "Contacter les ventes",
  "nav.startTrial": "Essai gratuit",
  "nav.signIn": "Se connecter",
  "nav.openCrm": "Ouvrir le CRM",

  "language.label": "Langue",

  "home.hero.eyebrow": "Le CRM qui protège la vie privée",
  "home.hero.title": "Le CRM dont la politique de confidentialité est garantie par son code",
  "home.hero.lead":
    "Abante CRM réunit vos contacts, entreprises, affaires, messages et fichiers au même endroit. Chaque engagement de notre politique de confidentialité est intégré au logiciel et prouvé par des tests automatisés, au lieu de reposer sur de bonnes intentions.",
  "home.hero.ctaPrimary": "Commencer un essai gratuit",
  "home.hero.ctaSecondary": "Voir les fonctionnalités",

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
  "home.features.more": "Toutes les fonctionnalités",

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

  "home.privacy.more": "Lire nos engagements",

  "home.local.title": "Près de chez vous",
  "home.local.lead": "Des prix dans votre devise, des événements dans votre langue et des partenaires dans votre pays.",
  "home.local.pricing.title": "Des tarifs simples",
  "home.local.pricing.body":
    "Un prix par utilisateur et par mois, affiché dans votre devise. Commencez par un essai gratuit.",
  "home.local.pricing.link": "Voir les tarifs",
  "home.local.events.title": "Événements",
  "home.local.events.body":
    "Ateliers et rencontres, en ligne et près de chez vous, pour tirer le meilleur de votre CRM.",
  "home.local.events.link": "Prochains événements",
  "home.local.partners.title": "Partenaires locaux",
  "home.local.partners.body":
    "Des conseillers dans votre pays pour la mise en place, l’import des données et la formation.",
  "home.local.partners.link": "Trouver un partenaire",

  "home.cta.title": "Voyez par vous-même",
  "home.cta.body":
    "Mettez en place dès aujourd’hui le CRM de votre équipe et gardez le contrôle total de vos données dès le premier jour.",
  "home.cta.button": "Commencer un essai gratuit",

  "features.meta.description":
    "Ce que fait Abante CRM\u00a0: contacts, entreprises, affaires, messages, fichiers, équipes, import et export, et les contrôles de confidentialité intégrés.",
  "features.hero.eyebrow": "Fonctionnalités",
  "features.hero.title": "Un CRM complet, sans les pièces qui vous surveillent",
  "features.hero.lead":
    "Tout ce dont une équipe commerciale a besoin au quotidien, et des contrôles qui laissent les données de vos clients entre vos mains.",
  "features.work.title": "Pour le travail de tous les jours",
  "features.control.title": "Pour les responsables des données",
  "features.contacts.title": "Contacts et entreprises",
  "features.contacts.body":
    "Une fiche par personne et par organisation, avec plusieurs adresses e-mail et numéros de téléphone, des étiquettes, des notes et l’historique complet de chaque échange.",
  "features.deals.title": "Affaires et pipeline",
  "features.deals.body":
    "Des étapes que vous définissez, un tableau où faire glisser les affaires, des montants dans toutes les devises et une prévision pondérée.",
  "features.activities.title": "Messages, appels et rendez-vous",
  "features.activities.body":
    "Enregistrez chaque échange une seule fois et retrouvez-le sur le contact, l’entreprise et l’affaire concernés.",
  "features.files.title": "Fichiers, images et vidéos",
  "features.files.body":
    "Joignez documents et médias à n’importe quelle fiche. Chaque fichier est vérifié à l’envoi et conservé avec une somme de contrôle.",
  "features.search.title": "Recherche rapide",
  "features.search.body":
    "Trouvez une personne, une entreprise ou un numéro pendant la saisie, même dans de grandes bases.",
  "features.team.title": "Votre équipe",
  "features.team.body":
    "Invitez vos collègues comme propriétaires, administrateurs ou membres, et gardez un annuaire du personnel à côté de vos clients.",
  "features.import.title": "Import et export",
  "features.import.body":
    "Importez vos contacts depuis des tableurs ou un autre outil, et exportez-les à nouveau dans des formats ouverts.",
  "features.languages.title": "Votre langue",
  "features.languages.body":
    "Le site et le produit parlent anglais, espagnol, portugais du Brésil, français et allemand.",
  "features.isolation.title": "Une isolation garantie par la base de données",
  "features.isolation.body":
    "Les données de chaque client sont séparées par la sécurité au niveau des lignes de PostgreSQL, et pas seulement par le code de l’application.",
  "features.backup.title": "Une sauvegarde complète, quand vous voulez",
  "features.backup.body":
    "Téléchargez la base complète de votre CRM, fichiers compris, depuis le panneau de contrôle. Les anciens exports peuvent être mis à niveau vers le format actuel.",
  "features.deletion.title": "Une suppression qui a vraiment lieu",
  "features.deletion.body":
    "Supprimez n’importe quelle fiche, ou tout votre CRM, depuis le panneau de contrôle. Les sauvegardes expirent selon un calendrier fixe, publié dans notre politique de confidentialité.",
  "features.support.title": "Un accès du support seulement avec votre accord",
  "features.support.body":
    "Notre équipe ne peut ouvrir votre CRM qu’avec une autorisation limitée dans le temps, et chaque accès est inscrit dans un journal d’audit que vos administrateurs peuvent consulter.",
  "features.cta.title": "Essayez-le avec vos propres données",
  "features.cta.body": "Commencez un essai gratuit, importez quelques contacts et faites-vous une idée.",

  "pricing.meta.description":
    "Tarifs d’Abante CRM\u00a0: trois offres, un prix par utilisateur et par mois, dans votre devise. Commencez par un essai gratuit.",
  "pricing.hero.eyebrow": "Tarifs",
  "pricing.hero.title": "Un prix par utilisateur, rien de caché",
  "pricing.hero.lead":
    "Toutes les offres incluent les contrôles de confidentialité, l’export complet et la suppression sur demande. Commencez par un essai gratuit de {days} jours, sans carte bancaire.",
  "pricing.currency.detected": "Prix en {currency}, choisis d’après votre localisation.",
  "pricing.currency.chosen": "Prix en {currency}.",
  "pricing.currency.fallback": "Prix en {currency}.",
  "pricing.currency.switch": "Afficher les prix en\u00a0:",
  "pricing.perUser": "par utilisateur / mois",
  "pricing.yearly": "{price} par utilisateur / mois en facturation annuelle",
  "pricing.maxUsers": "Jusqu’à {count} utilisateurs",
  "pricing.unlimitedUsers": "Utilisateurs illimités",
  "pricing.taxNote":
    "Les prix s’entendent hors TVA et autres taxes sur les ventes, ajoutées sur la facture lorsqu’elles s’appliquent.",
  "pricing.choose": "Commencer un essai gratuit",
  "pricing.talk": "Parler à l’équipe commerciale",
  "pricing.popular": "Le plus choisi",
  "pricing.starter.name": "Starter",
  "pricing.starter.tagline": "Pour les petites équipes qui veulent s’organiser.",
  "pricing.starter.f1": "Contacts, entreprises et affaires",
  "pricing.starter.f2": "Messages, fichiers, images et vidéos",
  "pricing.starter.f3": "Import et export",
  "pricing.starter.f4": "Export complet à tout moment",
  "pricing.starter.f5": "Aide par e-mail",
  "pricing.team.name": "Team",
  "pricing.team.tagline": "Pour les équipes commerciales qui travaillent ensemble chaque jour.",
  "pricing.team.f1": "Tout ce que contient Starter",
  "pricing.team.f2": "Propriétaires, administrateurs et membres",
  "pricing.team.f3": "Annuaire du personnel et pipeline partagé",
  "pricing.team.f4": "Journal d’audit des accès du support",
  "pricing.team.f5": "Aide prioritaire par e-mail",
  "pricing.business.name": "Business",
  "pricing.business.tagline": "Pour les entreprises qui veulent un coup de main pour la mise en place.",
  "pricing.business.f1": "Tout ce que contient Team",
  "pricing.business.f2": "Mise en place avec un partenaire local",
  "pricing.business.f3": "Facture annuelle et paiement par virement",
  "pricing.business.f4": "Un interlocuteur attitré",
  "pricing.business.f5": "Revue de notre accord de traitement des données avec vos juristes",
  "pricing.faq.title": "Questions sur les tarifs",
  "pricing.faq.trial.q": "Que se passe-t-il à la fin de l’essai\u00a0?",
  "pricing.faq.trial.a":
    "Rien n’est prélevé automatiquement. Choisissez une offre pour continuer, ou laissez l’essai se terminer et supprimez vos données depuis le panneau de contrôle.",
  "pricing.faq.card.q": "Conservez-vous ma carte bancaire\u00a0?",
  "pricing.faq.card.a":
    "Non. Les données de carte vont directement à notre prestataire de paiement. Nous ne conservons que ses références et nos factures, et nos formulaires refusent tout ce qui ressemble à un numéro de carte.",
  "pricing.faq.cancel.q": "Que deviennent mes données si je résilie\u00a0?",
  "pricing.faq.cancel.a":
    "Votre CRM est désactivé pendant {grace}, période pendant laquelle vous pouvez changer d’avis. Ensuite, il est détruit. Les sauvegardes expirent dans un délai de {backups}.",
  "pricing.faq.change.q": "Puis-je changer d’offre plus tard\u00a0?",
  "pricing.faq.change.a":
    "Oui, à tout moment depuis le panneau de contrôle. Le nouveau prix s’applique à partir de la période de facturation suivante.",

  "events.meta.description":
    "Ateliers, webinaires et rencontres autour d’Abante CRM, en ligne et près de chez vous, dans votre langue.",
  "events.hero.eyebrow": "Événements",
  "events.hero.title": "Apprenez avec nous, en ligne et en personne",
  "events.hero.lead":
    "Ateliers, webinaires et rencontres avec notre équipe et nos partenaires. Les événements dans votre pays apparaissent en premier.",
  "events.empty": "Aucun événement n’est prévu pour le moment. Revenez bientôt.",
  "events.unavailable":
    "Impossible de charger les événements pour l’instant. Réessayez dans un moment\u00a0; rien n’est perdu.",
  "events.online": "En ligne",
  "events.details": "Détails et inscription",
  "events.detailsFor": "Détails et inscription\u00a0: {title}",
  "events.when": "Quand",
  "events.where": "Où",
  "events.organiser": "Organisateur",
  "events.sponsors": "Sponsors",
  "events.noSponsors": "Aucun sponsor",
  "events.language": "Langue",
  "events.capacity": "Places",
  "events.timezoneNote": "Les horaires sont indiqués en UTC.",
  "events.back": "Tous les événements",
  "events.notFound.title": "Événement introuvable",
  "events.notFound.body": "Cet événement n’existe pas ou n’est plus publié.",
  "events.register.title": "Inscription",
  "events.register.notice":
    "En vous inscrivant, vos nom, adresse e-mail, numéro de téléphone et entreprise sont communiqués à l’organisateur, {organiser}, et aux sponsors de cet événement\u00a0: {sponsors}. Nous inscrivons chaque transmission dans notre registre des communications.",
  "events.register.noticeNoSponsors":
    "En vous inscrivant, vos nom, adresse e-mail, numéro de téléphone et entreprise sont communiqués à l’organisateur, {organiser}. Cet événement n’a pas de sponsor. Nous inscrivons la transmission dans notre registre des communications.",
  "events.register.submit": "M’inscrire",
  "events.register.success": "Vous êtes inscrit. À bientôt\u00a0!",
  "events.register.closed": "Les inscriptions à cet événement sont closes.",

  "partners.meta.description":
    "Trouvez un partenaire Abante CRM dans votre pays pour la mise en place, l’import des données et la formation, ou demandez à être contacté.",
  "partners.hero.eyebrow": "Partenaires",
  "partners.hero.title": "Une aide locale, par des gens qui connaissent le produit",
  "partners.hero.lead":
    "Nos partenaires configurent des CRM, reprennent les données d’autres outils et forment les équipes, dans votre langue et dans votre pays.",
  "partners.in": "Partenaires\u00a0: {country}",
  "partners.all": "Nos partenaires",
  "partners.empty":
    "Nous n’avons pas encore de partenaire référencé pour ce pays\u00a0: {country}. Laissez vos coordonnées ci-dessous et nous vous en trouverons un.",
  "partners.emptyNoCountry":
    "Nous n’avons pas pu déterminer votre pays. Laissez vos coordonnées ci-dessous et nous vous trouverons un partenaire.",
  "partners.unavailable":
    "Impossible de charger la liste des partenaires pour l’instant. Vous pouvez tout de même demander à être contacté ci-dessous.",
  "partners.languages": "Langues",
  "partners.website": "Site web de {name}",
  "partners.request.title": "Être contacté par un partenaire local",
  "partners.request.lead":
    "Parlez-nous un peu de votre équipe et un partenaire présent dans votre pays vous contactera.",
  "partners.request.notice":
    "Nous transmettons vos nom, adresse e-mail, numéro de téléphone et entreprise à un partenaire qui intervient dans votre pays ou votre région, et inscrivons la transmission dans notre registre des communications. Le partenaire ne les utilise que pour vous contacter au sujet de cette demande.",
  "partners.request.submit": "Demander un partenaire",
  "partners.request.success": "Merci. Un partenaire vous contactera bientôt.",

  "contact.meta.description":
    "Parlez à l’équipe commerciale d’Abante CRM des offres, de la migration et de vos questions sur la confidentialité.",
  "contact.hero.eyebrow": "Contacter les ventes",
  "contact.hero.title": "Parlez à une personne",
  "contact.hero.lead":
    "Des questions sur les offres, sur le passage depuis un autre CRM ou sur notre façon de traiter les données\u00a0? Écrivez-nous, nous vous répondrons par e-mail.",
  "contact.notice":
    "Nous conservons votre message comme demande commerciale et ne l’utilisons que pour vous répondre. Rien n’est transmis à des tiers. Voir notre politique de confidentialité.",
  "contact.submit": "Envoyer le message",
  "contact.success": "Merci. Nous vous répondrons bientôt par e-mail.",
  "contact.aside.title": "Également utile",
  "contact.aside.privacy":
    "Pour une demande concernant vos données personnelles, utilisez la page des demandes relatives aux données.",
  "contact.aside.partners": "Pour une aide sur place, demandez un partenaire local.",

  "trial.meta.description": "Créez votre compte Abante CRM et commencez un essai gratuit. Sans carte bancaire.",
  "trial.hero.eyebrow": "Essai gratuit",
  "trial.hero.title": "Commencez votre essai gratuit",
  "trial.hero.lead":
    "{days} jours gratuits, sans carte bancaire. Votre CRM est prêt dès que vous confirmez votre adresse e-mail.",
  "trial.form.title": "Créez votre compte",
  "trial.notice":
    "Nous ne demandons que le nécessaire pour gérer votre compte\u00a0: votre nom, votre entreprise, votre adresse e-mail et un mot de passe, et si vous le souhaitez un numéro de téléphone. Votre secteur et vos centres d’intérêt nous aident à améliorer le produit. Nous notons aussi la langue de votre navigateur et le pays depuis lequel vous vous inscrivez.",
  "trial.submit": "Créer le compte",
  "trial.success.title": "Consultez votre boîte de réception",
  "trial.success.body":
    "Nous avons envoyé un lien de confirmation à {email}. Ouvrez-le pour confirmer votre adresse, puis connectez-vous pour commencer à utiliser votre CRM.",
  "trial.success.signIn": "Aller à la connexion",
  "trial.haveAccount": "Vous avez déjà un compte\u00a0?",
  "trial.signIn": "Se connecter",
  "trial.sector": "Secteur d’activité",
  "trial.sector.choose": "Choisissez votre secteur",
  "trial.interests": "Qu’est-ce qui vous intéresse dans Abante CRM\u00a0?",
  "trial.interests.hint": "Choisissez-en autant que vous voulez, ou aucun.",
  "trial.password.hint": "Au moins {min} caractères. Quelques mots peu courants font un mot de passe solide.",

  "sector.agency": "Agence (marketing, design, médias)",
  "sector.consulting": "Conseil et services professionnels",
  "sector.education": "Enseignement et formation",
  "sector.finance": "Finance et assurance",
  "sector.healthcare": "Santé",
  "sector.hospitality": "Hôtellerie et tourisme",
  "sector.manufacturing": "Industrie",
  "sector.nonprofit": "Associatif",
  "sector.publicSector": "Secteur public",
  "sector.realEstate": "Immobilier",
  "sector.retail": "Commerce de détail et e-commerce",
  "sector.software": "Logiciel et informatique",
  "sector.wholesale": "Commerce de gros et distribution",
  "sector.other": "Autre",

  "interest.contacts": "Réunir contacts et entreprises au même endroit",
  "interest.deals": "Suivre les affaires et les ventes",
  "interest.messages": "Messages et e-mails avec les clients",
  "interest.files": "Fichiers, images et vidéos",
  "interest.team": "Travailler en équipe",
  "interest.privacy": "Confidentialité et protection des données",
  "interest.import": "Reprendre les données d’un autre outil",
  "interest.api": "Intégrations et API",

  "form.name": "Votre nom",
  "form.email": "Adresse e-mail",
  "form.phone": "Téléphone",
  "form.company": "Entreprise",
  "form.companyName": "Nom de l’entreprise",
  "form.password": "Mot de passe",
  "form.message": "Message",
  "form.optional": "facultatif",
  "form.requiredNote": "Tous les champs sont obligatoires, sauf ceux marqués facultatifs.",
  "form.sending": "Envoi…",
  "form.noscript":
    "Ce formulaire a besoin de JavaScript pour sa protection anti-spam\u00a0: un court calcul dans votre navigateur, sans pistage ni tiers.",
  "form.error.name": "Indiquez votre nom.",
  "form.error.email": "Indiquez une adresse e-mail valide.",
  "form.error.phone": "Indiquez un numéro avec uniquement des chiffres, des espaces et + ( ) - .",
  "form.error.company": "Indiquez le nom de votre entreprise.",
  "form.error.message": "Écrivez un court message.",
  "form.error.password": "Choisissez un mot de passe plus long et difficile à deviner.",
  "form.error.sector": "Choisissez un secteur d’activité.",
  "form.error.kind": "Choisissez ce que vous souhaitez que nous fassions.",
  "form.error.generic": "Un problème est survenu de notre côté. Réessayez dans un moment.",
  "form.error.network": "Impossible de joindre notre serveur. Vérifiez votre connexion et réessayez.",
  "form.error.rateLimited": "Trop de tentatives. Patientez quelques minutes et réessayez.",
  "form.error.botCheck":
    "La vérification anti-spam n’est pas terminée. Attendez qu’elle se termine et renvoyez le formulaire.",
  "form.error.invalid": "Corrigez les champs signalés.",
  "form.error.cardNumber":
    "Retirez le numéro de carte\u00a0: nous n’acceptons jamais de données de carte dans nos formulaires.",

  "altcha.label": "Je ne suis pas un robot",
  "altcha.verifying": "Vérification…",
  "altcha.verified": "Vérifié",
  "altcha.error": "La vérification a échoué. Réessayez.",
  "altcha.expired": "La vérification a expiré. Réessayez.",
  "altcha.waitAlert": "Vérification en cours… patientez.",

  "requests.meta.description":
    "Demandez une copie de vos données personnelles, leur rectification ou leur effacement, ou opposez-vous à leur utilisation. Tout le monde peut le demander, avec ou sans compte.",
  "requests.hero.eyebrow": "Demandes relatives aux données",
  "requests.hero.title": "Vos données, votre demande",
  "requests.hero.lead":
    "Demandez une copie de vos données, leur rectification ou leur effacement, ou opposez-vous à l’usage que nous en faisons. Aucun compte n’est nécessaire.",
  "requests.how.title": "Comment ça marche",
  "requests.how.verify":
    "Nous envoyons un lien à l’adresse e-mail indiquée. En l’ouvrant, vous prouvez que l’adresse est la vôtre\u00a0: personne ne peut demander les données de quelqu’un d’autre.",
  "requests.how.deadline":
    "Nous répondons dans un délai de {deadline} après votre confirmation, et vous prévenons si nous avons besoin de plus de temps, en expliquant pourquoi.",
  "requests.how.account":
    "Vous avez un compte\u00a0? Vous pouvez consulter, corriger, télécharger ou supprimer vos données vous-même dans les paramètres de votre compte.",
  "requests.how.accountLink": "Ouvrir les paramètres du compte",
  "requests.how.customer":
    "Si vos données se trouvent dans le CRM de l’un de nos clients (par exemple, vous êtes un contact d’une entreprise qui utilise Abante), c’est cette entreprise qui en décide. Écrivez-lui d’abord\u00a0; nous l’aiderons à répondre.",
  "requests.kind": "Que souhaitez-vous que nous fassions\u00a0?",
  "requests.kind.choose": "Choisissez une demande",
  "requests.kind.access": "M’envoyer une copie de mes données",
  "requests.kind.rectification": "Corriger mes données",
  "requests.kind.erasure": "Supprimer mes données",
  "requests.kind.objection": "Cesser d’utiliser mes données pour une finalité",
  "requests.message": "Précisions",
  "requests.message.hint": "Par exemple ce qu’il faut corriger, ou l’usage auquel vous vous opposez.",
  "requests.submit": "Envoyer la demande",
  "requests.success":
    "Presque terminé\u00a0: consultez votre boîte de réception et ouvrez le lien envoyé pour confirmer la demande.",
  "requests.notice":
    "Nous n’utilisons ce que vous écrivez ici que pour traiter cette demande, et le conservons comme preuve de son traitement.",

  "security.meta.description":
    "Comment Abante CRM protège vos données\u00a0: chiffrement, mots de passe et jetons hachés, isolation dans la base de données, accès limité du support et sauvegardes immuables.",
  "security.hero.eyebrow": "Sécurité",
  "security.hero.title": "Une sécurité qui fait partie de la conception",
  "security.hero.lead":
    "La protection est intégrée à la façon dont la plateforme stocke, isole et transmet les données, et chaque mesure est vérifiée par des tests automatisés.",
  "security.transport.title": "Des connexions chiffrées",
  "security.transport.body":
    "Toutes les connexions passent par HTTPS, et les navigateurs sont priés de ne jamais utiliser autre chose. Les pages ne chargent aucun script d’un autre site.",
  "security.passwords.title": "Des mots de passe que personne ne peut lire",
  "security.passwords.body":
    "Les mots de passe ne sont conservés que sous forme de hachages argon2id, avec les réglages recommandés par les experts en sécurité. Les mots de passe courants ou ayant fuité sont refusés.",
  "security.sessions.title": "Sessions et liens",
  "security.sessions.body":
    "Votre cookie de session contient un jeton aléatoire\u00a0; nous n’en conservons que le hachage. Une session prend fin {idle} après votre dernière activité et au plus tard {max} après la connexion. Les liens à usage unique expirent vite et sont ensuite supprimés.",
  "security.isolation.title": "Isolation dans la base de données",
  "security.isolation.body":
    "Le CRM de chaque client est séparé par la sécurité au niveau des lignes de PostgreSQL, et l’application s’exécute avec un rôle de base de données qui ne peut pas la contourner.",
  "security.access.title": "Un accès du support sous votre contrôle",
  "security.access.body":
    "Notre équipe ne peut pas ouvrir votre CRM sans une autorisation limitée dans le temps. Chaque accès est inscrit dans un journal d’audit infalsifiable que vos administrateurs peuvent consulter.",
  "security.backups.title": "Des sauvegardes immuables",
  "security.backups.body":
    "Les sauvegardes ne peuvent être ni modifiées ni supprimées avant leur expiration, et sont détruites automatiquement au bout de {backups}. Elles servent uniquement à restaurer des données et à vérifier que la restauration fonctionne.",
  "security.abuse.title": "Protection contre les abus",
  "security.abuse.body":
    "La connexion, l’inscription et tous les formulaires publics sont limités en fréquence. Les formulaires utilisent une preuve de travail calculée dans votre navigateur, sans pistage ni tiers.",
  "security.hosting.title": "Hébergement",
  "security.hosting.body":
    "La plateforme fonctionne sur des serveurs de {provider}, situés dans ces pays\u00a0: {countries}.",
  "security.report.title": "Vous avez trouvé une vulnérabilité\u00a0?",
  "security.report.body":
    "Prévenez-nous via le formulaire de contact avant de la rendre publique. Nous accuserons réception, vous tiendrons informé et vous citerons si vous le souhaitez.",
  "security.report.link": "Nous contacter",

  "legal.updated": "Version du {date}",
  "legal.onThisPage": "Sur cette page",
  "legal.firstParty": "Interne",
  "legal.thirdParty": "Tiers",
  "legal.seeAlso": "Voir aussi",
  "legal.labelled": "{label}\u00a0: {value}",

  "privacy.meta.title": "Politique de confidentialité",
  "privacy.meta.description":
    "Comment Abante CRM collecte, utilise, partage et supprime les données personnelles, et comment exercer vos droits. Chaque engagement est garanti par le code.",
  "privacy.hero.eyebrow": "Politique de confidentialité",
  "privacy.hero.title": "Notre politique de confidentialité, en termes simples",
  "privacy.hero.lead":
    "Cette politique est une liste d’engagements. Chacun est intégré au logiciel et vérifié par un test automatisé\u00a0: ce que vous lisez ici, c’est ce que fait le code.",
  "privacy.who.title": "Qui est responsable",
  "privacy.who.body":
    "Abante CRM exploite ce site et la plateforme CRM et décide de l’usage des données décrites ici\u00a0: pour ces données, nous sommes responsable du traitement. Les données que nos clients conservent dans leur propre CRM leur appartiennent\u00a0: pour elles, le client est responsable du traitement et nous ne les traitons que sur ses instructions.",
  "privacy.who.contact":
    "Questions ou demandes sur vos données\u00a0: utilisez notre page des demandes relatives aux données.",
  "privacy.howToRead":
    "Chaque engagement porte un numéro, par exemple P26. Nos tests automatisés portent les mêmes numéros\u00a0: chaque engagement peut être relié au code qui le tient.",
  "privacy.group.collection": "Ce que nous collectons",
  "privacy.group.use": "Comment nous l’utilisons",
  "privacy.group.rights": "Vos droits",
  "privacy.group.security": "Sécurité",
  "privacy.group.retention": "Combien de temps nous le conservons",
  "privacy.group.cookies": "Cookies",
  "privacy.p1.title": "Données d’inscription",
  "privacy.p1.body":
    "À l’inscription, nous demandons votre nom, le nom de votre entreprise, votre adresse e-mail et un mot de passe, et de façon facultative un numéro de téléphone, votre secteur d’activité et ce qui vous intéresse dans le produit. Nous ne demandons une adresse postale que si vous souhaitez une facture. Nous notons aussi la langue de votre navigateur et le pays depuis lequel vous vous inscrivez.",
  "privacy.p2.title": "Formulaires de contact",
  "privacy.p2.body":
    "Quand vous écrivez à notre équipe commerciale, nous conservons votre nom, votre adresse e-mail, votre entreprise, votre message et, si vous l’indiquez, votre numéro de téléphone, afin de pouvoir vous répondre.",
  "privacy.p3.title": "Jamais de données bancaires",
  "privacy.p3.body":
    "Les paiements passent par notre prestataire de paiement. Nous ne conservons que ses références (client, abonnement, moyen de paiement) et nos factures. Toute saisie qui ressemble à un numéro de carte est refusée et n’est écrite nulle part, pas même dans nos journaux.",
  "privacy.p4.title": "Langue et pays",
  "privacy.p4.body":
    "Lors de votre première visite, nous lisons la langue préférée de votre navigateur et déduisons votre pays de votre adresse IP, pour afficher le site dans votre langue avec les prix, partenaires et événements de votre pays. Une langue que vous choisissez vous-même l’emporte toujours.",
  "privacy.p5.title": "Journal des requêtes",
  "privacy.p5.body":
    "Pour chaque requête vers notre site et notre API, nous enregistrons l’adresse IP, la date et l’heure, le navigateur et sa version, le système d’exploitation, le type d’appareil, la page d’origine, la page demandée, le pays et la langue. Nous nous en servons à des fins statistiques, de sécurité et légales, et les supprimons au bout de {period}.",
  "privacy.p6.title": "Cookie de session",
  "privacy.p6.body":
    "Quand vous vous connectez, votre navigateur reçoit un cookie contenant un jeton aléatoire et rien d’autre. Nous ne conservons qu’un hachage du jeton\u00a0: même notre base de données ne permet pas de se connecter à votre place.",
  "privacy.p7.title": "Protection des formulaires",
  "privacy.p7.body":
    "Nos formulaires publics vérifient qu’un humain les envoie grâce à un petit calcul effectué par votre navigateur. Aucun tiers n’intervient et nous ne conservons que le résultat de la vérification.",
  "privacy.p8.title": "Votre propre base CRM",
  "privacy.p8.body":
    "Chaque client dispose de son propre CRM\u00a0: employés, contacts, entreprises, messages, images et vidéos. Ces données appartiennent au client, qui en garde le contrôle total.",
  "privacy.p9.title": "Service de mise à niveau de base de données",
  "privacy.p9.body":
    "Vous pouvez envoyer un export réalisé avec une version antérieure pour le faire mettre à niveau. L’envoi et le résultat sont supprimés automatiquement dès que vous avez récupéré le résultat, après un court délai, ou plus tôt si vous le demandez.",
  "privacy.p10.title": "Les données du compte servent le service",
  "privacy.p10.body":
    "Nous utilisons les données de votre compte pour fournir le service, répondre à vos demandes, vous facturer et gérer votre compte. Rien d’autre.",
  "privacy.p11.title": "Du marketing seulement avec votre accord",
  "privacy.p11.body":
    "Nous n’envoyons d’e-mails marketing que si vous l’avez accepté. Chacun contient un lien de désinscription en un clic qui fonctionne, et une adresse désinscrite ne reçoit plus de marketing.",
  "privacy.p12.title": "Des tendances, jamais des individus",
  "privacy.p12.body":
    "Nos statistiques sont des totaux sans données personnelles, et tout groupe de moins de {k} visiteurs est écarté, pour que personne ne puisse être isolé.",
  "privacy.p13.title": "Événements",
  "privacy.p13.body":
    "Si vous vous inscrivez à un événement, vos nom, adresse e-mail, numéro de téléphone et entreprise sont transmis à son organisateur et à ses sponsors. Le formulaire les nomme avant l’envoi, et nous enregistrons chaque transmission.",
  "privacy.p14.title": "Partenaires locaux",
  "privacy.p14.body":
    "Si vous demandez une aide locale, ou nous indiquez qu’elle vous intéresse, nous transmettons vos nom, adresse e-mail, numéro de téléphone et entreprise à un partenaire qui intervient dans votre pays ou votre région, et enregistrons cette mise en relation.",
  "privacy.p15.title": "Les données de navigation restent anonymes",
  "privacy.p15.body":
    "Nous analysons le journal des requêtes sans le relier à des personnes. Notre équipe ne peut relier une entrée à une personne que pour une raison de sécurité ou légale, et doit en consigner le motif.",
  "privacy.p16.title": "Un accès du support limité",
  "privacy.p16.body":
    "Notre équipe ne peut lire le CRM d’un client qu’avec une autorisation d’accès limitée dans le temps\u00a0: à la demande du client, pour un problème de support, pour la sécurité ou parce que la loi l’exige. Chaque accès est inscrit dans un journal d’audit que les administrateurs du client peuvent consulter.",
  "privacy.p17.title": "Consulter et mettre à jour vos données",
  "privacy.p17.body":
    "Vous pouvez consulter et corriger les données de votre compte à tout moment dans les paramètres de votre compte.",
  "privacy.p18.title": "Suppression du compte",
  "privacy.p18.body":
    "Vous pouvez demander la suppression de votre compte. Nous y procédons dans un délai de {deadline}, en supprimant ou en anonymisant toutes vos données personnelles, sauf les données de facturation que la loi nous oblige à conserver.",
  "privacy.p19.title": "Les clients gardent le contrôle",
  "privacy.p19.body":
    "Un administrateur du CRM d’un client peut modifier ou supprimer toute donnée personnelle qu’il contient.",
  "privacy.p20.title": "Export complet",
  "privacy.p20.body":
    "Les clients peuvent télécharger à tout moment une sauvegarde complète de la base de leur CRM depuis le panneau de contrôle.",
  "privacy.p21.title": "Suppression complète",
  "privacy.p21.body": "Les clients peuvent faire supprimer toute la base de leur CRM depuis le panneau de contrôle.",
  "privacy.p22.title": "Des demandes de n’importe qui",
  "privacy.p22.body":
    "Les personnes sans compte, comme celles qui ont contacté l’équipe commerciale ou se sont inscrites à un événement, peuvent demander l’accès, la rectification ou l’effacement, ou s’opposer à un usage, après avoir confirmé leur adresse e-mail. Nous répondons dans un délai de {deadline}.",
  "privacy.p23.title": "Protection",
  "privacy.p23.body":
    "Les mots de passe sont hachés avec argon2id\u00a0; les jetons de session et à usage unique ne sont conservés que sous forme de hachages\u00a0; les données des clients sont séparées par la base de données elle-même, et pas seulement par notre code\u00a0; et les actions importantes laissent une trace d’audit.",
  "privacy.p24.title": "Sous-traitants",
  "privacy.p24.body":
    "Les entreprises qui traitent des données personnelles pour nous sont listées publiquement, avec leur finalité, les données qu’elles reçoivent, le lieu du traitement et la date de notre accord de traitement des données.",
  "privacy.p25.title": "Données du compte",
  "privacy.p25.body":
    "Nous conservons les données du compte tant qu’elles sont nécessaires au compte. Les factures et données de facturation sont conservées pendant la durée légale\u00a0: {billing}, sauf si votre pays impose autre chose.",
  "privacy.p26.title": "Journal des requêtes",
  "privacy.p26.body":
    "Les entrées du journal des requêtes sont supprimées au bout de {period}, sauf si elles sont nécessaires à un incident de sécurité ou à une conservation légale enregistrés.",
  "privacy.p27.title": "Sessions",
  "privacy.p27.body":
    "Une session prend fin {idle} après votre dernière activité et au plus tard {max} après la connexion.",
  "privacy.p28.title": "Clients ayant résilié",
  "privacy.p28.body":
    "Un CRM résilié est désactivé pendant une période de grâce de {grace}, pendant laquelle il peut être réactivé. Il est ensuite détruit.",
  "privacy.p29.title": "Sauvegardes",
  "privacy.p29.body":
    "Les sauvegardes ne peuvent pas être modifiées, sont conservées au plus {backups} puis détruites automatiquement. Supprimer des données dans la base en service ne réécrit pas les sauvegardes\u00a0; elles servent uniquement à restaurer des données et à vérifier qu’elles fonctionnent.",
  "privacy.p30.title": "Nous ne vendons pas de données",
  "privacy.p30.body":
    "Les données personnelles ne quittent la plateforme que par les canaux indiqués ici\u00a0: organisateurs et sponsors d’événements, partenaires locaux et nos sous-traitants. Chaque transmission est enregistrée. Pour le reste, nous ne partageons que des totaux et des données anonymes.",
  "privacy.p31.title": "Consentement aux cookies",
  "privacy.p31.body":
    "Les cookies sont classés en nécessaires, de préférences, de mesure d’audience et marketing. Là où la loi de votre région l’exige, seuls les cookies nécessaires sont utilisés tant que vous n’en acceptez pas davantage. Refuser est aussi simple qu’accepter\u00a0; nous conservons une trace de votre choix comme preuve, vous reposons la question au bout de {consent} ou quand cette politique change, et vous pouvez changer d’avis à tout moment.",
  "privacy.p32.title": "Politique de cookies",
  "privacy.p32.body":
    "Notre politique de cookies liste chaque cookie avec son nom, sa finalité, sa catégorie, sa durée et son fournisseur, et elle est générée à partir de la même liste que celle utilisée par notre code pour les déposer.",
  "privacy.dataMap.title": "Ce que nous conservons, et combien de temps",
  "privacy.dataMap.lead":
    "Chaque endroit où des données personnelles sont stockées, tiré de la même cartographie des données que celle utilisée par nos tâches d’export, de suppression et de nettoyage.",
  "privacy.dataMap.dataSet": "Données",
  "privacy.dataMap.categories": "Contenu",
  "privacy.dataMap.controller": "Qui décide",
  "privacy.dataMap.retention": "Durée",
  "privacy.controller.abante": "Abante CRM",
  "privacy.controller.customer": "Le client à qui appartient le CRM",
  "privacy.recipients.title": "Qui d’autre reçoit des données",
  "privacy.recipients.body":
    "Nos sous-traitants, pour les finalités indiquées sur leur page\u00a0; l’organisateur et les sponsors d’un événement auquel vous vous inscrivez\u00a0; et le partenaire local que vous demandez. Personne d’autre, et jamais contre de l’argent.",
  "privacy.recipients.link": "Voir la liste des sous-traitants",
  "privacy.rights.title": "Comment exercer vos droits",
  "privacy.rights.body":
    "Vous pouvez demander une copie de vos données, leur rectification ou leur effacement, ou vous opposer à un usage, sur notre page des demandes relatives aux données ou dans les paramètres de votre compte. Vous pouvez aussi introduire une réclamation auprès de l’autorité de protection des données de votre pays.",
  "privacy.rights.link": "Faire une demande",
  "privacy.changes.title": "Modifications de cette politique",
  "privacy.changes.body":
    "Lorsque cette politique change sur le fond, elle reçoit une nouvelle date de version et nous vous redemandons vos choix en matière de cookies.",

  "retention.account":
    "Tant que vous avez un compte. Après une demande de suppression, supprimées ou anonymisées dans un délai de {deadline}\u00a0; les données de facturation sont conservées {billing}.",
  "retention.session":
    "Prend fin {idle} après votre dernière activité, au plus tard {max} après la connexion\u00a0; ensuite supprimée.",
  "retention.oneTimeToken":
    "Supprimés à expiration\u00a0: liens de confirmation au bout de {verify}, liens de réinitialisation du mot de passe au bout de {reset}, invitations au bout de {invite}.",
  "retention.securityCounter":
    "Supprimés automatiquement dès qu’ils ne comptent plus dans la limite de tentatives de connexion.",
  "retention.sentMail": "Conservés comme trace de ce que nous vous avons envoyé, et supprimés avec votre compte.",
  "retention.requestLog":
    "Supprimées au bout de {period}, sauf si un incident de sécurité ou une conservation légale enregistrés les couvrent.",
  "retention.consent":
    "Conservée comme preuve de votre choix. Un choix vaut {consent}, puis la question vous est reposée\u00a0; la preuve est supprimée lorsque vous nous demandez d’effacer vos données.",
  "retention.lead": "Conservés le temps de donner suite à votre demande, et supprimés à votre demande.",
  "retention.eventRegistration": "Conservées pour l’événement et son suivi, et supprimées à votre demande.",
  "retention.disclosure":
    "Conservé comme trace de qui a reçu vos données. Il ne contient qu’un hachage de votre adresse e-mail, pas l’adresse.",
  "retention.privacyRequest":
    "Conservées comme preuve du traitement de votre demande. Nous répondons dans un délai de {deadline}.",
  "retention.listing": "Conservées tant que le partenaire, l’organisateur ou le sponsor figure sur notre site.",
  "retention.legalHold": "Conservées pendant la durée de la mesure, puis libérées.",
  "retention.customerData":
    "C’est le client qui décide\u00a0; il peut les modifier ou les supprimer à tout moment. Après une résiliation, conservées pendant une période de grâce de {grace}, puis détruites\u00a0; les sauvegardes expirent dans un délai de {backups}.",

  "cookies.meta.title": "Politique de cookies",
  "cookies.meta.description":
    "Tous les cookies utilisés par Abante CRM, avec leur nom, leur finalité, leur catégorie, leur durée et leur fournisseur, et comment modifier votre choix.",
  "cookies.hero.eyebrow": "Politique de cookies",
  "cookies.hero.title": "Les cookies que nous utilisons, sans exception",
  "cookies.hero.lead":
    "Cette liste est générée à partir du même registre que celui utilisé par notre code pour déposer les cookies\u00a0: elle ne peut en oublier aucun.",
  "cookies.categories.title": "Catégories",
  "cookies.category.necessary": "Nécessaires",
  "cookies.category.preferences": "Préférences",
  "cookies.category.analytics": "Mesure d’audience",
  "cookies.category.marketing": "Marketing",
  "cookies.categoryBody.necessary":
    "Indispensables à ce que vous demandez au site, comme vous connecter ou mémoriser votre choix concernant les cookies. Ils ne demandent pas de consentement et ne peuvent pas être désactivés.",
  "cookies.categoryBody.preferences": "Mémorisent vos choix, comme votre langue.",
  "cookies.categoryBody.analytics":
    "Nous aident à comprendre l’utilisation du site. Uniquement avec votre consentement là où votre région l’exige, et jamais quand votre navigateur envoie Global Privacy Control.",
  "cookies.categoryBody.marketing":
    "Serviraient à mesurer des campagnes. Nous n’en déposons aucun aujourd’hui\u00a0; si cela change, ils apparaîtront dans cette liste et nécessiteront votre consentement.",
  "cookies.table.title": "La liste",
  "cookies.table.caption": "Tous les cookies déposés par ce site et le CRM",
  "cookies.table.name": "Nom",
  "cookies.table.provider": "Fournisseur",
  "cookies.table.purpose": "Finalité",
  "cookies.table.category": "Catégorie",
  "cookies.table.lifetime": "Durée",
  "cookies.table.when": "Quand il est déposé",
  "cookies.lifetime.sliding": "{idle} après la dernière utilisation, au plus {max}",
  "cookies.consent.title": "Votre choix",
  "cookies.consent.body":
    "Dans l’Espace économique européen, au Royaume-Uni, en Suisse, au Brésil, et partout où nous ne pouvons pas savoir où vous êtes, les cookies non nécessaires attendent votre consentement. Ailleurs, nous vous en informons et vous pouvez les refuser. Si votre navigateur envoie Global Privacy Control, nous le traitons partout comme un refus de la mesure d’audience et du marketing.",
  "cookies.consent.proof":
    "Nous conservons une trace de chaque choix comme preuve\u00a0: un identifiant de consentement aléatoire, les catégories choisies, la version du bandeau et de cette politique, votre pays, l’heure et la manière dont vous avez choisi. Nous vous reposons la question au bout de {consent} ou quand cette politique change.",
  "cookies.consent.change":
    "Vous pouvez modifier ou retirer votre choix à tout moment avec le lien Paramètres des cookies en bas de chaque page.",
  "cookies.noTracking.title": "Ce que nous faisons sans cookies",
  "cookies.noTracking.body":
    "Nos propres statistiques proviennent du journal des requêtes, sous forme de totaux, et ne nécessitent aucun cookie. Nous n’utilisons ni empreinte du navigateur ni aucun autre moyen de contourner votre choix.",

  "subprocessors.meta.title": "Sous-traitants",
  "subprocessors.meta.description":
    "Les entreprises qui traitent des données personnelles pour Abante CRM\u00a0: leur finalité, les données reçues, le lieu du traitement et nos accords de traitement des données.",
  "subprocessors.hero.eyebrow": "Sous-traitants",
  "subprocessors.hero.title": "Qui traite des données pour nous",
  "subprocessors.hero.lead":
    "Ces entreprises traitent des données personnelles pour notre compte, dans le cadre d’un accord de traitement des données, uniquement pour la finalité indiquée.",
  "subprocessors.table.caption": "Sous-traitants d’Abante CRM",
  "subprocessors.table.name": "Entreprise",
  "subprocessors.table.purpose": "Finalité",
  "subprocessors.table.data": "Données",
  "subprocessors.table.location": "Lieu",
  "subprocessors.table.dpa": "Accord depuis le",
  "subprocessors.table.website": "Site web",
  "subprocessors.safeguard": "Garantie pour le transfert\u00a0: {safeguard}",
  "subprocessors.usedWhen": "Quand\u00a0: {condition}",
  "subprocessors.changes":
    "Nous mettons cette liste à jour avant qu’un nouveau sous-traitant ne commence à travailler pour nous. Les clients sont prévenus à l’avance et peuvent s’y opposer.",

  "footer.tagline": "Le CRM dont la politique de confidentialité est garantie par son code.",
  "footer.copyright": "© {year} Abante CRM",
  "footer.languages": "Langues",
  "footer.product": "Produit",
  "footer.legal": "Confidentialité et mentions légales",
  "footer.privacy": "Politique de confidentialité",
  "footer.cookies": "Politique de cookies",
  "footer.subprocessors": "Sous-traitants",
  "footer.security": "Sécurité",
  "footer.requests": "Demandes relatives aux données",
  "footer.cookieSettings": "Paramètres des cookies",
  "footer.geoCredit": "IP Geolocation by DB-IP",

  "notFound.title": "Page introuvable",
  "notFound.body": "La page que vous cherchez n’existe pas ou a été déplacée.",
  "notFound.home": "Aller à la page d’accueil",
  "consent.title": "Cookies sur ce site",
  "consent.body":
    "Nous utilisons des cookies nécessaires au fonctionnement du site. Avec votre accord, nous retiendrions aussi vos préférences et mesurerions les visites. Rien d’optionnel n’est activé avant votre décision, et vous pouvez changer d’avis à tout moment via « Paramètres des cookies ».",
  "consent.rejectAll": "Tout refuser",
  "consent.acceptAll": "Tout accepter",
  "consent.choose": "Choisir",
  "consent.save": "Enregistrer mes choix",
  "consent.withdraw": "Retirer mon consentement",
  "consent.necessary": "Nécessaires",
  "consent.necessaryHelp": "Font fonctionner le site et retiennent cette décision. Toujours actifs.",
  "consent.preferences": "Préférences",
  "consent.preferencesHelp": "Retiennent des choix comme votre langue.",
  "consent.analytics": "Mesure d’audience",
  "consent.analyticsHelp": "Comptent les visites de façon anonyme pour améliorer le site.",
  "consent.marketing": "Marketing",
  "consent.marketingHelp": "Mesurent nos campagnes.",
  "consent.gpc":
    "Votre navigateur envoie Global Privacy Control : la mesure d’audience et le marketing restent désactivés.",
  "consent.policy": "Politique de cookies",
  "consent.saved": "Votre choix a été enregistré.",
} satisfies Record<keyof typeof en, string>;
