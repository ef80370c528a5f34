/**
 * The reference catalog: every other locale must have exactly these keys (enforced by type and by test).
 * Placeholders are written `{name}` and filled by `t(key, { name })`. Periods, limits and prices are never written
 * into a message: they come from code (the privacy registry, the price table) through placeholders.
 */
export const en = {
  "meta.title": "Abante CRM — the CRM whose privacy policy is enforced by its code",
  "meta.description":
    "Contacts, companies, deals, messages and files for your team, with each customer's data isolated in the database and a full export or deletion whenever you ask.",
  "meta.titleSuffix": "Abante CRM",

  "a11y.skipToContent": "Skip to content",

  "nav.label": "Main",
  "nav.home": "Abante CRM home page",
  "nav.features": "Features",
  "nav.pricing": "Pricing",
  "nav.events": "Events",
  "nav.partners": "Partners",
  "nav.contact": "Contact sales",
  "nav.startTrial": "Start free trial",
  "nav.signIn": "Sign in",
  "nav.openCrm": "Open the CRM",

  "language.label": "Language",

  "home.hero.eyebrow": "Privacy-first CRM",
  "home.hero.title": "The CRM whose privacy policy is enforced by its code",
  "home.hero.lead":
    "Abante CRM keeps your contacts, companies, deals, messages and files in one place. Every promise in our privacy policy is built into the software and proven by automated tests, not left to good intentions.",
  "home.hero.ctaPrimary": "Start a free trial",
  "home.hero.ctaSecondary": "See the features",

  "home.features.title": "Everything your team works with, in one place",
  "home.features.lead": "A focused CRM for growing teams: quick to learn, fast to use, and nothing you don't need.",
  "home.features.contacts.title": "Contacts",
  "home.features.contacts.body": "Everyone you work with, with their details, history and notes in a single record.",
  "home.features.companies.title": "Companies",
  "home.features.companies.body":
    "Group people by organisation and see every relationship with a customer at a glance.",
  "home.features.deals.title": "Deals",
  "home.features.deals.body":
    "Follow each opportunity through your pipeline, from the first call to the signed contract.",
  "home.features.messages.title": "Messages",
  "home.features.messages.body": "Keep conversations next to the contacts and deals they belong to.",
  "home.features.files.title": "Files",
  "home.features.files.body": "Attach proposals, contracts, images and videos where your team will look for them.",
  "home.features.more": "All features",

  "home.privacy.title": "Privacy you can check, not just trust",
  "home.privacy.lead":
    "The data is yours. These are not settings we could quietly change: they are how the system is built.",
  "home.privacy.isolation.title": "Tenant isolation in the database",
  "home.privacy.isolation.body":
    "Row-level security in PostgreSQL keeps each customer's data apart, so one account cannot see another's, even if the application makes a mistake.",
  "home.privacy.export.title": "Export your data any time",
  "home.privacy.export.body":
    "Download a full backup of your CRM, records and files, from the control panel whenever you want. No request, no waiting.",
  "home.privacy.delete.title": "Delete your data any time",
  "home.privacy.delete.body":
    "Delete your whole CRM from the control panel when you choose. The deletion is carried out by code, not by a support ticket.",
  "home.privacy.more": "Read our promises",

  "home.local.title": "Close to you",
  "home.local.lead": "Prices in your currency, events in your language and partners in your country.",
  "home.local.pricing.title": "Simple pricing",
  "home.local.pricing.body": "One price per user and month, shown in your currency. Start with a free trial.",
  "home.local.pricing.link": "See pricing",
  "home.local.events.title": "Events",
  "home.local.events.body": "Workshops and meetups, online and near you, to get more out of your CRM.",
  "home.local.events.link": "Upcoming events",
  "home.local.partners.title": "Local partners",
  "home.local.partners.body": "Advisors in your country who help with setup, data import and training.",
  "home.local.partners.link": "Find a partner",

  "home.cta.title": "See it for yourself",
  "home.cta.body": "Set up your team's CRM today and keep full control of your data from day one.",
  "home.cta.button": "Start a free trial",

  "features.meta.description":
    "What Abante CRM does: contacts, companies, deals, messages, files, teams, import and export, and the privacy controls that are built in.",
  "features.hero.eyebrow": "Features",
  "features.hero.title": "A complete CRM, without the parts that watch you",
  "features.hero.lead":
    "Everything a sales team needs day to day, and controls that keep your customers' data in your hands.",
  "features.work.title": "For the daily work",
  "features.control.title": "For the people in charge of the data",
  "features.contacts.title": "Contacts and companies",
  "features.contacts.body":
    "One record per person and organisation, with several e-mail addresses and phone numbers, tags, notes and the full history of every conversation.",
  "features.deals.title": "Deals and pipeline",
  "features.deals.body":
    "Stages you define, a board to drag deals along, amounts in any currency and a weighted forecast.",
  "features.activities.title": "Messages, calls and meetings",
  "features.activities.body":
    "Log each exchange once and see it on the contact, the company and the deal it belongs to.",
  "features.files.title": "Files, images and videos",
  "features.files.body":
    "Attach documents and media to any record. Every file is checked on upload and stored with a checksum.",
  "features.search.title": "Fast search",
  "features.search.body": "Find a person, a company or a phone number as you type, even in large databases.",
  "features.team.title": "Your team",
  "features.team.body":
    "Invite colleagues as owners, administrators or members, and keep a staff directory next to your customers.",
  "features.import.title": "Import and export",
  "features.import.body":
    "Bring your contacts over from spreadsheets or another tool, and take them out again in open formats.",
  "features.languages.title": "Your language",
  "features.languages.body":
    "The site and the product speak English, Spanish, Brazilian Portuguese, French and German.",
  "features.isolation.title": "Isolation enforced by the database",
  "features.isolation.body":
    "Each customer's data is kept apart by row-level security in PostgreSQL, not only by application code.",
  "features.backup.title": "Full backup, whenever you want",
  "features.backup.body":
    "Download the complete database of your CRM, files included, from the control panel. Older exports can be upgraded to the current format.",
  "features.deletion.title": "Deletion that really happens",
  "features.deletion.body":
    "Delete any record, or your whole CRM, from the control panel. Backups expire on a fixed schedule, published in our privacy policy.",
  "features.support.title": "Support access only with your permission",
  "features.support.body":
    "Our staff can open your CRM only under a time-limited grant, and every access is written to an audit log your administrators can read.",
  "features.cta.title": "Try it with your own data",
  "features.cta.body": "Start a free trial, import a few contacts and see how it feels.",

  "pricing.meta.description":
    "Abante CRM pricing: three plans, one price per user and month, in your currency. Start with a free trial.",
  "pricing.hero.eyebrow": "Pricing",
  "pricing.hero.title": "One price per user, nothing hidden",
  "pricing.hero.lead":
    "Every plan includes the privacy controls, the full backup export and deletion on demand. Start with a free trial of {days} days, no card needed.",
  "pricing.currency.detected": "Prices in {currency}, chosen from your location.",
  "pricing.currency.chosen": "Prices in {currency}.",
  "pricing.currency.fallback": "Prices in {currency}.",
  "pricing.currency.switch": "Show prices in:",
  "pricing.perUser": "per user / month",
  "pricing.yearly": "{price} per user / month when billed yearly",
  "pricing.maxUsers": "Up to {count} users",
  "pricing.unlimitedUsers": "Any number of users",
  "pricing.taxNote": "Prices exclude VAT and other sales taxes, which are added on the invoice where they apply.",
  "pricing.choose": "Start a free trial",
  "pricing.talk": "Talk to sales",
  "pricing.popular": "Most popular",
  "pricing.starter.name": "Starter",
  "pricing.starter.tagline": "For small teams getting organised.",
  "pricing.starter.f1": "Contacts, companies and deals",
  "pricing.starter.f2": "Messages, files, images and videos",
  "pricing.starter.f3": "Import and export",
  "pricing.starter.f4": "Full backup export at any time",
  "pricing.starter.f5": "Help by e-mail",
  "pricing.team.name": "Team",
  "pricing.team.tagline": "For sales teams that work together every day.",
  "pricing.team.f1": "Everything in Starter",
  "pricing.team.f2": "Owners, administrators and members",
  "pricing.team.f3": "Staff directory and shared pipeline",
  "pricing.team.f4": "Audit log of support access",
  "pricing.team.f5": "Priority help by e-mail",
  "pricing.business.name": "Business",
  "pricing.business.tagline": "For companies that want a hand with the setup.",
  "pricing.business.f1": "Everything in Team",
  "pricing.business.f2": "Onboarding with a local partner",
  "pricing.business.f3": "Yearly invoice and bank transfer",
  "pricing.business.f4": "A named contact person",
  "pricing.business.f5": "Review of our data processing agreement with your lawyers",
  "pricing.faq.title": "Questions about pricing",
  "pricing.faq.trial.q": "What happens when the trial ends?",
  "pricing.faq.trial.a":
    "Nothing is charged automatically. Choose a plan to continue, or let the trial run out and delete your data from the control panel.",
  "pricing.faq.card.q": "Do you store my card?",
  "pricing.faq.card.a":
    "No. Card details go straight to our payment processor. We keep only its references and our invoices, and our forms refuse anything that looks like a card number.",
  "pricing.faq.cancel.q": "What happens to my data if I cancel?",
  "pricing.faq.cancel.a":
    "Your CRM is deactivated for {grace}, during which you can change your mind. After that it is destroyed. Backups expire within {backups}.",
  "pricing.faq.change.q": "Can I change plans later?",
  "pricing.faq.change.a":
    "Yes, at any time from the control panel. The new price applies from the next billing period.",

  "events.meta.description": "Workshops, webinars and meetups about Abante CRM, online and near you, in your language.",
  "events.hero.eyebrow": "Events",
  "events.hero.title": "Learn with us, online and in person",
  "events.hero.lead":
    "Workshops, webinars and meetups with our team and our partners. Events in your country are listed first.",
  "events.empty": "There are no upcoming events right now. Come back soon.",
  "events.unavailable":
    "We could not load the events just now. Please try again in a moment. Nothing you need is lost.",
  "events.online": "Online",
  "events.details": "Details and registration",
  "events.detailsFor": "Details and registration: {title}",
  "events.when": "When",
  "events.where": "Where",
  "events.organiser": "Organiser",
  "events.sponsors": "Sponsors",
  "events.noSponsors": "No sponsors",
  "events.language": "Language",
  "events.capacity": "Places",
  "events.timezoneNote": "Times are shown in UTC.",
  "events.back": "All events",
  "events.notFound.title": "Event not found",
  "events.notFound.body": "This event does not exist or is no longer published.",
  "events.register.title": "Register",
  "events.register.notice":
    "When you register, we share your name, e-mail address, phone number and company with the organiser, {organiser}, and with the sponsors of this event: {sponsors}. We record each transfer in our disclosure register.",
  "events.register.noticeNoSponsors":
    "When you register, we share your name, e-mail address, phone number and company with the organiser, {organiser}. This event has no sponsors. We record the transfer in our disclosure register.",
  "events.register.submit": "Register",
  "events.register.success": "You are registered. See you there!",
  "events.register.closed": "Registration for this event is closed.",

  "partners.meta.description":
    "Find an Abante CRM partner in your country for setup, data import and training, or ask to be contacted.",
  "partners.hero.eyebrow": "Partners",
  "partners.hero.title": "Local help from people who know the product",
  "partners.hero.lead":
    "Our partners set up CRMs, bring data over from other tools and train teams, in your language and your country.",
  "partners.in": "Partners in {country}",
  "partners.all": "Our partners",
  "partners.empty":
    "We do not have a listed partner in {country} yet. Leave your details below and we will find you one.",
  "partners.emptyNoCountry":
    "We could not tell which country you are in. Leave your details below and we will find you a partner.",
  "partners.unavailable": "We could not load the partner list just now. You can still ask to be contacted below.",
  "partners.languages": "Languages",
  "partners.website": "Website of {name}",
  "partners.request.title": "Have a local partner contact me",
  "partners.request.lead": "Tell us a little about your team and a partner serving your country will get in touch.",
  "partners.request.notice":
    "We pass your name, e-mail address, phone number and company to one partner serving your country or region, and record the transfer in our disclosure register. The partner uses them only to contact you about this request.",
  "partners.request.submit": "Ask for a partner",
  "partners.request.success": "Thank you. A partner will contact you soon.",

  "contact.meta.description": "Talk to the Abante CRM sales team about plans, migration and your privacy questions.",
  "contact.hero.eyebrow": "Contact sales",
  "contact.hero.title": "Talk to a person",
  "contact.hero.lead":
    "Questions about plans, moving from another CRM or how we handle data? Write to us and we will answer by e-mail.",
  "contact.notice":
    "We keep what you send as a sales enquiry and use it only to answer you. Nothing is passed on. See our privacy policy.",
  "contact.submit": "Send message",
  "contact.success": "Thank you. We will reply by e-mail soon.",
  "contact.aside.title": "Also useful",
  "contact.aside.privacy": "For a request about your personal data, use the privacy requests page.",
  "contact.aside.partners": "For help on site, ask a local partner.",

  "trial.meta.description": "Create your Abante CRM account and start a free trial. No card needed.",
  "trial.hero.eyebrow": "Free trial",
  "trial.hero.title": "Start your free trial",
  "trial.hero.lead": "{days} days free, no card needed. Your CRM is ready as soon as you confirm your e-mail address.",
  "trial.form.title": "Create your account",
  "trial.notice":
    "We ask only what we need to run your account: your name, company, e-mail address and password, and optionally a phone number. Your business sector and interests help us improve the product. We also record the language of your browser and the country you sign up from.",
  "trial.submit": "Create account",
  "trial.success.title": "Check your inbox",
  "trial.success.body":
    "We sent a confirmation link to {email}. Open it to confirm your address, then sign in to start using your CRM.",
  "trial.success.signIn": "Go to sign in",
  "trial.haveAccount": "Already have an account?",
  "trial.signIn": "Sign in",
  "trial.sector": "Business sector",
  "trial.sector.choose": "Choose your sector",
  "trial.interests": "What interests you in Abante CRM?",
  "trial.interests.hint": "Choose as many as you like, or none.",
  "trial.password.hint": "At least {min} characters. A few unusual words make a strong password.",

  "sector.agency": "Agency (marketing, design, media)",
  "sector.consulting": "Consulting and professional services",
  "sector.education": "Education and training",
  "sector.finance": "Finance and insurance",
  "sector.healthcare": "Healthcare",
  "sector.hospitality": "Hospitality and tourism",
  "sector.manufacturing": "Manufacturing",
  "sector.nonprofit": "Non-profit",
  "sector.publicSector": "Public sector",
  "sector.realEstate": "Real estate",
  "sector.retail": "Retail and e-commerce",
  "sector.software": "Software and IT",
  "sector.wholesale": "Wholesale and distribution",
  "sector.other": "Other",

  "interest.contacts": "Keeping contacts and companies in one place",
  "interest.deals": "Following deals and sales",
  "interest.messages": "Messages and e-mail with customers",
  "interest.files": "Files, images and videos",
  "interest.team": "Working together as a team",
  "interest.privacy": "Privacy and data protection",
  "interest.import": "Bringing data over from another tool",
  "interest.api": "Integrations and the API",

  "form.name": "Your name",
  "form.email": "E-mail address",
  "form.phone": "Phone",
  "form.company": "Company",
  "form.companyName": "Company name",
  "form.password": "Password",
  "form.message": "Message",
  "form.optional": "optional",
  "form.requiredNote": "All fields are required unless marked optional.",
  "form.sending": "Sending…",
  "form.noscript":
    "This form needs JavaScript for its spam check: a short calculation in your browser, without tracking or third parties.",
  "form.error.name": "Enter your name.",
  "form.error.email": "Enter a valid e-mail address.",
  "form.error.phone": "Enter a phone number using digits, spaces and + ( ) - . only.",
  "form.error.company": "Enter your company's name.",
  "form.error.message": "Write a short message.",
  "form.error.password": "Choose a longer password that is hard to guess.",
  "form.error.sector": "Choose a business sector.",
  "form.error.kind": "Choose what you would like us to do.",
  "form.error.generic": "Something went wrong on our side. Please try again in a moment.",
  "form.error.network": "We could not reach our server. Check your connection and try again.",
  "form.error.rateLimited": "Too many attempts. Please wait a few minutes and try again.",
  "form.error.botCheck": "The spam check did not complete. Please wait for it to finish and send again.",
  "form.error.invalid": "Please correct the highlighted fields.",
  "form.error.cardNumber": "Please remove the card number: we never accept card details in our forms.",

  "altcha.label": "I am not a robot",
  "altcha.verifying": "Checking…",
  "altcha.verified": "Checked",
  "altcha.error": "The check failed. Please try again.",
  "altcha.expired": "The check expired. Please try again.",
  "altcha.waitAlert": "Checking… please wait.",

  "requests.meta.description":
    "Ask for a copy of your personal data, a correction, its deletion, or object to its use. Anyone can ask, with or without an account.",
  "requests.hero.eyebrow": "Privacy requests",
  "requests.hero.title": "Your data, your request",
  "requests.hero.lead":
    "Ask for a copy of your data, a correction, its deletion, or object to how we use it. You do not need an account.",
  "requests.how.title": "How it works",
  "requests.how.verify":
    "We send a link to the e-mail address you give. Opening it proves the address is yours, so nobody can ask for someone else's data.",
  "requests.how.deadline": "We answer within {deadline} of your confirmation, and tell you if we need longer and why.",
  "requests.how.account":
    "Have an account? You can see, correct, download or delete your data yourself in your account settings.",
  "requests.how.accountLink": "Open account settings",
  "requests.how.customer":
    "If your data is in one of our customers' CRMs (for example, you are a contact of a company that uses Abante), that company decides about it. Write to them first; we will help them answer.",
  "requests.kind": "What would you like us to do?",
  "requests.kind.choose": "Choose a request",
  "requests.kind.access": "Send me a copy of my data",
  "requests.kind.rectification": "Correct my data",
  "requests.kind.erasure": "Delete my data",
  "requests.kind.objection": "Stop using my data for a purpose",
  "requests.message": "Details",
  "requests.message.hint": "For example what to correct, or which use you object to.",
  "requests.submit": "Send request",
  "requests.success": "Almost done: check your inbox and open the link we sent to confirm the request.",
  "requests.notice": "We use what you write here only to handle this request, and keep it as proof that we did.",

  "security.meta.description":
    "How Abante CRM protects your data: encryption, hashed passwords and tokens, database isolation, limited support access and immutable backups.",
  "security.hero.eyebrow": "Security",
  "security.hero.title": "Security that is part of the design",
  "security.hero.lead":
    "Protection is built into how the platform stores, isolates and moves data, and each measure is checked by automated tests.",
  "security.transport.title": "Encrypted connections",
  "security.transport.body":
    "Every connection uses HTTPS, and browsers are told to never use anything else. Pages load no scripts from other sites.",
  "security.passwords.title": "Passwords nobody can read",
  "security.passwords.body":
    "Passwords are stored only as argon2id hashes, with the settings security experts recommend. Common and leaked passwords are refused.",
  "security.sessions.title": "Sessions and links",
  "security.sessions.body":
    "Your session cookie holds a random token; we store only its hash. A session ends {idle} after your last activity and at most {max} after sign-in. Single-use links expire quickly and are then deleted.",
  "security.isolation.title": "Isolation in the database",
  "security.isolation.body":
    "Each customer's CRM is separated by row-level security in PostgreSQL, and the application runs with a database role that cannot bypass it.",
  "security.access.title": "Support access under your control",
  "security.access.body":
    "Our staff cannot open your CRM without a time-limited grant. Every access is recorded in a tamper-evident audit log your administrators can read.",
  "security.backups.title": "Immutable backups",
  "security.backups.body":
    "Backups cannot be changed or deleted before they expire, and are destroyed automatically after {backups}. They are used only to restore data and to check that restores work.",
  "security.abuse.title": "Protection against abuse",
  "security.abuse.body":
    "Sign-in, sign-up and every public form are rate-limited. Forms use a proof-of-work check that runs in your browser, with no tracking and no third party.",
  "security.hosting.title": "Hosting",
  "security.hosting.body": "The platform runs on servers of {provider} in {countries}.",
  "security.report.title": "Found a vulnerability?",
  "security.report.body":
    "Please tell us through the contact form before making it public. We will confirm receipt, keep you informed and credit you if you wish.",
  "security.report.link": "Contact us",

  "legal.updated": "Version of {date}",
  "legal.onThisPage": "On this page",
  "legal.firstParty": "First party",
  "legal.thirdParty": "Third party",
  "legal.seeAlso": "See also",
  "legal.labelled": "{label}: {value}",

  "privacy.meta.title": "Privacy policy",
  "privacy.meta.description":
    "How Abante CRM collects, uses, shares and deletes personal data, and how you can exercise your rights. Every promise is enforced by code.",
  "privacy.hero.eyebrow": "Privacy policy",
  "privacy.hero.title": "Our privacy policy, in plain words",
  "privacy.hero.lead":
    "This policy is a list of promises. Each one is built into the software and checked by an automated test, so what you read here is what the code does.",
  "privacy.who.title": "Who is responsible",
  "privacy.who.body":
    "Abante CRM runs this website and the CRM platform and decides how the data described here is used: for that data we are the controller. The data our customers keep in their own CRM is theirs: for it, the customer is the controller and we process it only on their instructions.",
  "privacy.who.contact": "Questions or requests about your data: use our privacy requests page.",
  "privacy.howToRead":
    "Each promise carries a number, such as P26. Our automated tests carry the same numbers, so every promise can be traced to the code that keeps it.",
  "privacy.group.collection": "What we collect",
  "privacy.group.use": "How we use it",
  "privacy.group.rights": "Your rights",
  "privacy.group.security": "Security",
  "privacy.group.retention": "How long we keep it",
  "privacy.group.cookies": "Cookies",
  "privacy.p1.title": "Registration data",
  "privacy.p1.body":
    "When you sign up, we ask for your name, company name, e-mail address and a password, and optionally a phone number, your business sector and what interests you in the product. We ask for a postal address only if you request an invoice. We also note your browser's language and the country you sign up from.",
  "privacy.p2.title": "Contact forms",
  "privacy.p2.body":
    "When you write to our sales team, we keep your name, e-mail address, company, message and, if you give it, your phone number, so that we can answer.",
  "privacy.p3.title": "No banking data, ever",
  "privacy.p3.body":
    "Payments go through our payment processor. We keep only its references (customer, subscription, payment method) and our invoices. Anything you type that looks like a card number is refused and never written anywhere, not even in our logs.",
  "privacy.p4.title": "Language and country",
  "privacy.p4.body":
    "On your first visit we read your browser's preferred language and work out your country from your IP address, to show the site in your language with prices, partners and events for your country. A language you choose yourself always wins.",
  "privacy.p5.title": "Request log",
  "privacy.p5.body":
    "For every request to our website and API we record the IP address, date and time, browser and version, operating system, device type, referring page, page requested, country and language. We use this for statistics, security and legal purposes, and delete it after {period}.",
  "privacy.p6.title": "Session cookie",
  "privacy.p6.body":
    "When you sign in, your browser gets a cookie with a random token and nothing else. We store only a hash of the token, so even our database cannot be used to sign in as you.",
  "privacy.p7.title": "Form protection",
  "privacy.p7.body":
    "Our public forms check that a human is sending them with a small calculation your browser does. No third party is involved and we keep only the result of the check.",
  "privacy.p8.title": "Your own CRM database",
  "privacy.p8.body":
    "Each customer gets its own CRM: employees, contacts, companies, messages, images and videos. That data belongs to the customer, who has full control over it.",
  "privacy.p9.title": "Database upgrade service",
  "privacy.p9.body":
    "You can upload an export made by an older version to have it upgraded. The upload and the result are deleted automatically once you have collected the result, after a short expiry, or earlier if you ask.",
  "privacy.p10.title": "Account data serves the service",
  "privacy.p10.body":
    "We use your account data to provide the service, answer your requests, invoice you and manage your account. Nothing else.",
  "privacy.p11.title": "Marketing only with your agreement",
  "privacy.p11.body":
    "We send marketing e-mails only if you opted in. Every one carries a one-click unsubscribe link that works, and an address that unsubscribed gets no more marketing.",
  "privacy.p12.title": "Trends, never individuals",
  "privacy.p12.body":
    "Our statistics are totals with no personal data in them, and any group of fewer than {k} visitors is left out, so nobody can be singled out.",
  "privacy.p13.title": "Events",
  "privacy.p13.body":
    "If you register for an event, your name, e-mail address, phone number and company go to its organiser and sponsors. The form names them before you send it, and we record each transfer.",
  "privacy.p14.title": "Local partners",
  "privacy.p14.body":
    "If you ask for local help, or tell us you are interested in it, we pass your name, e-mail address, phone number and company to one partner serving your country or region, and record the referral.",
  "privacy.p15.title": "Browsing data stays anonymous",
  "privacy.p15.body":
    "We analyse the request log without linking it to people. Our staff may link an entry to a person only for a security or legal reason, and must record why.",
  "privacy.p16.title": "Limited support access",
  "privacy.p16.body":
    "Our staff can read a customer's CRM only under a time-limited access grant: at the customer's request, for a support issue, for security or because the law requires it. Every access is logged in an audit log the customer's administrators can read.",
  "privacy.p17.title": "See and update your data",
  "privacy.p17.body": "You can see and correct your account data at any time in your account settings.",
  "privacy.p18.title": "Account deletion",
  "privacy.p18.body":
    "You can ask for your account to be deleted. We do it within {deadline}, deleting or anonymising all your personal data except the billing records the law requires us to keep.",
  "privacy.p19.title": "Customers stay in control",
  "privacy.p19.body": "An administrator of a customer's CRM can change or delete any personal data in it.",
  "privacy.p20.title": "Full backup export",
  "privacy.p20.body":
    "Customers can download a complete backup of their CRM database from the control panel at any time.",
  "privacy.p21.title": "Complete deletion",
  "privacy.p21.body": "Customers can have their whole CRM database deleted from the control panel.",
  "privacy.p22.title": "Requests from anyone",
  "privacy.p22.body":
    "People without an account, such as those who contacted sales or registered for an event, can ask for access, correction, deletion or object to a use, after confirming their e-mail address. We answer within {deadline}.",
  "privacy.p23.title": "Protection",
  "privacy.p23.body":
    "Passwords are hashed with argon2id; session and single-use tokens are stored only as hashes; customers' data is separated by the database itself, not only by our code; and important actions leave an audit trail.",
  "privacy.p24.title": "Sub-processors",
  "privacy.p24.body":
    "The companies that process personal data for us are listed publicly, with their purpose, the data they receive, where they process it and the date of our data processing agreement.",
  "privacy.p25.title": "Account data",
  "privacy.p25.body":
    "We keep account data while it is needed for the account. Invoices and billing records are kept for the period the law sets, {billing} unless your country requires otherwise.",
  "privacy.p26.title": "Request log",
  "privacy.p26.body":
    "Request-log entries are deleted after {period}, unless they are needed for a recorded security incident or legal hold.",
  "privacy.p27.title": "Sessions",
  "privacy.p27.body": "A session ends {idle} after your last activity and at the latest {max} after you signed in.",
  "privacy.p28.title": "Cancelled customers",
  "privacy.p28.body":
    "A cancelled CRM is deactivated for a grace period of {grace}, during which it can be reactivated. Then it is destroyed.",
  "privacy.p29.title": "Backups",
  "privacy.p29.body":
    "Backups cannot be changed, are kept for up to {backups} and are then destroyed automatically. Deleting data in the live database does not rewrite backups; they are used only to restore data and to check they work.",
  "privacy.p30.title": "We do not sell data",
  "privacy.p30.body":
    "Personal data leaves the platform only through the channels listed here: event organisers and sponsors, local partners and our sub-processors. Each transfer is logged. Otherwise we share only totals and anonymous data.",
  "privacy.p31.title": "Cookie consent",
  "privacy.p31.body":
    "Cookies are grouped as necessary, preferences, analytics and marketing. Where the law of your region requires it, only necessary cookies are used until you agree to more. Refusing is as easy as accepting; we keep a record of your choice as proof, ask again after {consent} or when this policy changes, and you can change your mind at any time.",
  "privacy.p32.title": "Cookie policy",
  "privacy.p32.body":
    "Our cookie policy lists every cookie with its name, purpose, category, lifetime and provider, and is generated from the same list our code uses to set them.",
  "privacy.dataMap.title": "What we keep and for how long",
  "privacy.dataMap.lead":
    "Every place where personal data is stored, taken from the same data map our export, deletion and clean-up jobs use.",
  "privacy.dataMap.dataSet": "Data",
  "privacy.dataMap.categories": "What it contains",
  "privacy.dataMap.controller": "Who decides",
  "privacy.dataMap.retention": "How long",
  "privacy.controller.abante": "Abante CRM",
  "privacy.controller.customer": "The customer whose CRM it is",
  "privacy.recipients.title": "Who else receives data",
  "privacy.recipients.body":
    "Our sub-processors, for the purposes listed on their page; the organiser and sponsors of an event you register for; and the local partner you ask for. Nobody else, and never for money.",
  "privacy.recipients.link": "See the list of sub-processors",
  "privacy.rights.title": "How to use your rights",
  "privacy.rights.body":
    "You can ask for a copy of your data, its correction or deletion, or object to a use, on our privacy requests page or in your account settings. You can also complain to the data protection authority of your country.",
  "privacy.rights.link": "Make a privacy request",
  "privacy.changes.title": "Changes to this policy",
  "privacy.changes.body":
    "When this policy changes in substance, it gets a new version date and we ask for your cookie choices again.",

  "retention.account":
    "As long as you have an account. After a deletion request, deleted or anonymised within {deadline}; billing records are kept {billing}.",
  "retention.session": "Ends {idle} after your last activity, at the latest {max} after sign-in; then deleted.",
  "retention.oneTimeToken":
    "Deleted once expired: confirmation links after {verify}, password reset links after {reset}, invitations after {invite}.",
  "retention.securityCounter": "Deleted automatically as soon as they no longer count towards the sign-in limit.",
  "retention.sentMail": "Kept as the record of what we sent you, and deleted with your account.",
  "retention.requestLog": "Deleted after {period}, unless covered by a recorded security incident or legal hold.",
  "retention.consent":
    "Kept as proof of your choice. A choice is valid for {consent} and then asked again; the proof is deleted when you ask us to erase your data.",
  "retention.lead": "Kept while we follow up on your request, and deleted when you ask.",
  "retention.eventRegistration": "Kept for the event and its follow-up, and deleted when you ask.",
  "retention.disclosure":
    "Kept as the record of who received your data. It holds only a hash of your e-mail address, not the address.",
  "retention.privacyRequest": "Kept as proof that we handled your request. We answer within {deadline}.",
  "retention.listing": "Kept while the partner, organiser or sponsor is listed on our site.",
  "retention.legalHold": "Kept while the hold lasts, then released.",
  "retention.customerData":
    "Decided by the customer, who can change or delete it at any time. After a cancellation, kept for a grace period of {grace}, then destroyed; backups expire within {backups}.",

  "cookies.meta.title": "Cookie policy",
  "cookies.meta.description":
    "Every cookie Abante CRM uses, with its name, purpose, category, lifetime and provider, and how to change your choice.",
  "cookies.hero.eyebrow": "Cookie policy",
  "cookies.hero.title": "The cookies we use, all of them",
  "cookies.hero.lead":
    "This list is generated from the same registry our code uses to set cookies, so it cannot leave one out.",
  "cookies.categories.title": "Categories",
  "cookies.category.necessary": "Necessary",
  "cookies.category.preferences": "Preferences",
  "cookies.category.analytics": "Analytics",
  "cookies.category.marketing": "Marketing",
  "cookies.categoryBody.necessary":
    "Needed for what you ask the site to do, such as signing in or remembering your cookie choice. They do not need consent and cannot be switched off.",
  "cookies.categoryBody.preferences": "Remember choices you make, such as your language.",
  "cookies.categoryBody.analytics":
    "Help us understand how the site is used. Only with your consent where your region requires it, and never when your browser sends Global Privacy Control.",
  "cookies.categoryBody.marketing":
    "Would be used to measure campaigns. We set none today; if that changes, they will appear in this list and need your consent.",
  "cookies.table.title": "The list",
  "cookies.table.caption": "Every cookie set by this site and the CRM",
  "cookies.table.name": "Name",
  "cookies.table.provider": "Provider",
  "cookies.table.purpose": "Purpose",
  "cookies.table.category": "Category",
  "cookies.table.lifetime": "Lifetime",
  "cookies.table.when": "When it is set",
  "cookies.lifetime.sliding": "{idle} after last use, at most {max}",
  "cookies.consent.title": "Your choice",
  "cookies.consent.body":
    "In the European Economic Area, the United Kingdom, Switzerland, Brazil, and wherever we cannot tell where you are, non-necessary cookies wait for your consent. Elsewhere we tell you about them and you can refuse. If your browser sends Global Privacy Control, we treat it as a refusal of analytics and marketing everywhere.",
  "cookies.consent.proof":
    "We keep a record of each choice as proof: a random consent id, the categories you chose, the version of the banner and of this policy, your country, the time and how you chose. We ask again after {consent} or when this policy changes.",
  "cookies.consent.change":
    "You can change or withdraw your choice at any time with the Cookie settings link at the bottom of every page.",
  "cookies.noTracking.title": "What we do without cookies",
  "cookies.noTracking.body":
    "Our own statistics come from the request log as totals and need no cookie. We do not use fingerprinting or any other way around your choice.",

  "subprocessors.meta.title": "Sub-processors",
  "subprocessors.meta.description":
    "The companies that process personal data for Abante CRM: their purpose, the data they receive, where they process it and our data processing agreements.",
  "subprocessors.hero.eyebrow": "Sub-processors",
  "subprocessors.hero.title": "Who processes data for us",
  "subprocessors.hero.lead":
    "These companies process personal data on our behalf, under a data processing agreement, only for the purpose shown.",
  "subprocessors.table.caption": "Sub-processors of Abante CRM",
  "subprocessors.table.name": "Company",
  "subprocessors.table.purpose": "Purpose",
  "subprocessors.table.data": "Data",
  "subprocessors.table.location": "Location",
  "subprocessors.table.dpa": "Agreement since",
  "subprocessors.table.website": "Website",
  "subprocessors.safeguard": "Transfer safeguard: {safeguard}",
  "subprocessors.usedWhen": "When: {condition}",
  "subprocessors.changes":
    "We update this list before a new sub-processor starts working for us. Customers are told in advance and can object.",

  "footer.tagline": "The CRM whose privacy policy is enforced by its code.",
  "footer.copyright": "© {year} Abante CRM",
  "footer.languages": "Languages",
  "footer.product": "Product",
  "footer.legal": "Privacy and legal",
  "footer.privacy": "Privacy policy",
  "footer.cookies": "Cookie policy",
  "footer.subprocessors": "Sub-processors",
  "footer.security": "Security",
  "footer.requests": "Privacy requests",
  "footer.cookieSettings": "Cookie settings",
  "footer.geoCredit": "IP Geolocation by DB-IP",

  "notFound.title": "Page not found",
  "notFound.body": "The page you are looking for does not exist or has moved.",
  "notFound.home": "Go to the home page",
  "consent.title": "Cookies on this site",
  "consent.body":
    "We use necessary cookies to run the site. With your permission we would also remember your preferences and measure visits. Nothing optional is set until you decide, and you can change your mind at any time under “Cookie settings”.",
  "consent.rejectAll": "Reject all",
  "consent.acceptAll": "Accept all",
  "consent.choose": "Choose",
  "consent.save": "Save choices",
  "consent.withdraw": "Withdraw consent",
  "consent.necessary": "Necessary",
  "consent.necessaryHelp": "Keep the site working and remember this decision. Always on.",
  "consent.preferences": "Preferences",
  "consent.preferencesHelp": "Remember choices such as your language.",
  "consent.analytics": "Analytics",
  "consent.analyticsHelp": "Count visits anonymously to improve the site.",
  "consent.marketing": "Marketing",
  "consent.marketingHelp": "Measure our campaigns.",
  "consent.gpc": "Your browser sends Global Privacy Control, so analytics and marketing stay off.",
  "consent.policy": "Cookie policy",
  "consent.saved": "Your choice has been saved.",
};

export type MessageKey = keyof typeof en;
