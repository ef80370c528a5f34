import type { LocalizedText } from "./locales";
import { addDuration, type Duration, type Retention, retention } from "./retention";

/** P31: the cookie categories, in the order the consent banner shows them. Only "necessary" needs no consent. */
export const CONSENT_CATEGORIES = ["necessary", "preferences", "analytics", "marketing"] as const;

export type ConsentCategory = (typeof CONSENT_CATEGORIES)[number];

export type CookieLifetime =
  /** Expires a fixed time after it is set (or set again). */
  | { readonly kind: "fixed"; readonly duration: Duration }
  /** Moves forward with each use, up to an absolute maximum. */
  | { readonly kind: "sliding"; readonly idle: Duration; readonly max: Duration };

export interface CookieDefinition {
  /**
   * The name as the browser shows it. A part in angle brackets is variable: `_ga_<ID>` stands for `_ga_` followed by
   * the analytics property's id.
   */
  readonly name: string;
  /** Other names of the same cookie, e.g. `abante_session` on development servers without HTTPS. */
  readonly otherNames: readonly string[];
  /** Who sets it and reads it. */
  readonly provider: string;
  /** Set on our own domain (true), even when a third party's script writes it, or on another domain (false). */
  readonly firstParty: boolean;
  readonly category: ConsentCategory;
  readonly lifetime: CookieLifetime;
  readonly purpose: LocalizedText;
  /** When it is set at all. */
  readonly setWhen: LocalizedText;
  /** For a cookie a third party's service reads: that provider's id in the sub-processor registry (P24). */
  readonly subprocessor?: string;
}

export const SESSION_COOKIE_NAME = "abante_session";
export const SECURE_SESSION_COOKIE_NAME = "__Host-abante_session";
export const CONSENT_COOKIE_NAME = "abante_consent";
export const LANGUAGE_COOKIE_NAME = "abante_lang";

const ABANTE = "Abante CRM";
const GOOGLE = "Google (Google Analytics)";

/** The cookie registry, built from the retention settings that decide the lifetimes. */
export function cookieRegistry(r: Retention = retention): readonly CookieDefinition[] {
  return [
    {
      name: SECURE_SESSION_COOKIE_NAME,
      otherNames: [SESSION_COOKIE_NAME],
      provider: ABANTE,
      firstParty: true,
      category: "necessary",
      lifetime: {
        kind: "sliding",
        idle: { amount: r.sessionIdleDays, unit: "days" },
        max: { amount: r.sessionMaxDays, unit: "days" },
      },
      purpose: {
        en: "Keeps you signed in to the CRM. It holds only a random token; our database stores a hash of it, never the token itself.",
        es: "Mantiene abierta tu sesión en el CRM. Solo contiene un token aleatorio; nuestra base de datos guarda un hash de él, nunca el token.",
        "pt-BR":
          "Mantém você conectado ao CRM. Contém apenas um token aleatório; nosso banco de dados guarda um hash dele, nunca o próprio token.",
        fr: "Vous garde connecté au CRM. Il ne contient qu’un jeton aléatoire\u00a0; notre base de données n’en conserve qu’une empreinte (hash), jamais le jeton lui-même.",
        de: "Hält Sie im CRM angemeldet. Es enthält nur ein zufälliges Token; unsere Datenbank speichert davon lediglich einen Hash, nie das Token selbst.",
      },
      setWhen: {
        en: "When you sign in. Deleted when you sign out.",
        es: "Cuando inicias sesión. Se borra al cerrar la sesión.",
        "pt-BR": "Quando você faz login. É apagado quando você sai.",
        fr: "Lorsque vous vous connectez. Supprimé lorsque vous vous déconnectez.",
        de: "Wenn Sie sich anmelden. Wird beim Abmelden gelöscht.",
      },
    },
    {
      name: CONSENT_COOKIE_NAME,
      otherNames: [],
      provider: ABANTE,
      firstParty: true,
      category: "necessary",
      lifetime: { kind: "fixed", duration: { amount: r.consentMonths, unit: "months" } },
      purpose: {
        en: "Remembers that you answered the cookie banner. It holds a random consent id that points to the record of your choice, so we can prove it and you can change it.",
        es: "Recuerda que respondiste al aviso de cookies. Contiene un identificador de consentimiento aleatorio que apunta al registro de tu elección, para que podamos demostrarla y tú puedas cambiarla.",
        "pt-BR":
          "Lembra que você respondeu ao aviso de cookies. Contém um identificador de consentimento aleatório que aponta para o registro da sua escolha, para que possamos comprová-la e você possa alterá-la.",
        fr: "Mémorise que vous avez répondu au bandeau cookies. Il contient un identifiant de consentement aléatoire qui renvoie à l’enregistrement de votre choix, afin que nous puissions le prouver et que vous puissiez le modifier.",
        de: "Merkt sich, dass Sie den Cookie-Hinweis beantwortet haben. Es enthält eine zufällige Einwilligungs-ID, die auf den Nachweis Ihrer Entscheidung verweist, damit wir sie belegen und Sie sie ändern können.",
      },
      setWhen: {
        en: "When you make a choice in the cookie banner, whatever the choice.",
        es: "Cuando eliges una opción en el aviso de cookies, sea cual sea.",
        "pt-BR": "Quando você faz uma escolha no aviso de cookies, qualquer que seja.",
        fr: "Lorsque vous faites un choix dans le bandeau cookies, quel qu’il soit.",
        de: "Wenn Sie im Cookie-Hinweis eine Auswahl treffen, gleich welche.",
      },
    },
    {
      name: LANGUAGE_COOKIE_NAME,
      otherNames: [],
      provider: ABANTE,
      firstParty: true,
      category: "preferences",
      lifetime: { kind: "fixed", duration: { amount: 12, unit: "months" } },
      purpose: {
        en: "Remembers the language you picked, so the site opens in it next time.",
        es: "Recuerda el idioma que elegiste, para que el sitio se abra en él la próxima vez.",
        "pt-BR": "Lembra o idioma que você escolheu, para que o site abra nele da próxima vez.",
        fr: "Mémorise la langue que vous avez choisie, pour que le site s’ouvre dans cette langue la prochaine fois.",
        de: "Merkt sich die von Ihnen gewählte Sprache, damit die Website beim nächsten Besuch darin öffnet.",
      },
      setWhen: {
        en: "Only when you choose a language in the language menu.",
        es: "Solo cuando eliges un idioma en el menú de idiomas.",
        "pt-BR": "Somente quando você escolhe um idioma no menu de idiomas.",
        fr: "Uniquement lorsque vous choisissez une langue dans le menu des langues.",
        de: "Nur wenn Sie im Sprachmenü eine Sprache auswählen.",
      },
    },
    {
      name: "_ga",
      otherNames: [],
      provider: GOOGLE,
      subprocessor: "google-analytics",
      firstParty: true,
      category: "analytics",
      lifetime: { kind: "fixed", duration: { amount: 13, unit: "months" } },
      purpose: {
        en: "Tells Google Analytics that two visits come from the same browser, using a random identifier, so it can count visitors.",
        es: "Indica a Google Analytics, mediante un identificador aleatorio, que dos visitas proceden del mismo navegador, para contar visitantes.",
        "pt-BR":
          "Informa ao Google Analytics, por meio de um identificador aleatório, que duas visitas vêm do mesmo navegador, para contar visitantes.",
        fr: "Indique à Google Analytics, grâce à un identifiant aléatoire, que deux visites proviennent du même navigateur, afin de compter les visiteurs.",
        de: "Teilt Google Analytics mit einer zufälligen Kennung mit, dass zwei Besuche vom selben Browser stammen, damit Besucher gezählt werden können.",
      },
      setWhen: {
        en: "Only if the operator has switched Google Analytics on and you accept analytics cookies.",
        es: "Solo si el operador ha activado Google Analytics y tú aceptas las cookies de análisis.",
        "pt-BR": "Somente se o operador tiver ativado o Google Analytics e você aceitar cookies de análise.",
        fr: "Uniquement si l’exploitant a activé Google Analytics et que vous acceptez les cookies de mesure d’audience.",
        de: "Nur wenn der Betreiber Google Analytics eingeschaltet hat und Sie Analyse-Cookies zustimmen.",
      },
    },
    {
      name: "_ga_<ID>",
      otherNames: [],
      provider: GOOGLE,
      subprocessor: "google-analytics",
      firstParty: true,
      category: "analytics",
      lifetime: { kind: "fixed", duration: { amount: 13, unit: "months" } },
      purpose: {
        en: "Keeps the state of the current visit (session) for Google Analytics; <ID> is the id of our analytics property.",
        es: "Guarda el estado de la visita actual (sesión) para Google Analytics; <ID> es el identificador de nuestra propiedad de análisis.",
        "pt-BR":
          "Guarda o estado da visita atual (sessão) para o Google Analytics; <ID> é o identificador da nossa propriedade de análise.",
        fr: "Conserve l’état de la visite en cours (session) pour Google Analytics\u00a0; <ID> est l’identifiant de notre propriété de mesure d’audience.",
        de: "Speichert den Stand des aktuellen Besuchs (Sitzung) für Google Analytics; <ID> ist die Kennung unserer Analytics-Property.",
      },
      setWhen: {
        en: "Only if the operator has switched Google Analytics on and you accept analytics cookies.",
        es: "Solo si el operador ha activado Google Analytics y tú aceptas las cookies de análisis.",
        "pt-BR": "Somente se o operador tiver ativado o Google Analytics e você aceitar cookies de análise.",
        fr: "Uniquement si l’exploitant a activé Google Analytics et que vous acceptez les cookies de mesure d’audience.",
        de: "Nur wenn der Betreiber Google Analytics eingeschaltet hat und Sie Analyse-Cookies zustimmen.",
      },
    },
  ];
}

/** Every cookie the platform sets (P32). The cookie policy page is rendered from this list. */
export const cookies: readonly CookieDefinition[] = cookieRegistry();

/** A matcher for a registered name: `<…>` parts match one or more letters, digits, `-` or `_`. */
function namePattern(name: string): RegExp {
  const escaped = name
    .split(/<[^>]+>/)
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
    .join("[A-Za-z0-9_-]+");
  return new RegExp(`^${escaped}$`);
}

/**
 * The registry entry for a cookie a browser holds, by its actual name (`_ga_ABC123` finds `_ga_<ID>`), or undefined
 * for a cookie the platform does not declare. Browser tests use it to prove that nothing unlisted is ever set.
 */
export function findCookie(
  name: string,
  registry: readonly CookieDefinition[] = cookies,
): CookieDefinition | undefined {
  return registry.find((c) => [c.name, ...c.otherNames].some((n) => namePattern(n).test(name)));
}

/** The registry entry with this exact registered name; throws for a name that is not registered. */
export function cookieNamed(name: string, registry: readonly CookieDefinition[] = cookies): CookieDefinition {
  const found = registry.find((c) => c.name === name || c.otherNames.includes(name));
  if (!found) throw new Error(`cookie ${name} is not in the registry`);
  return found;
}

/**
 * Max-Age in seconds for a fixed-lifetime cookie set at `now` (calendar months, so "12 months" is exact), for the
 * code that sets it: the lifetime on the cookie page is the lifetime in the browser.
 */
export function cookieMaxAgeSeconds(cookie: CookieDefinition, now: Date = new Date()): number {
  const duration = cookie.lifetime.kind === "fixed" ? cookie.lifetime.duration : cookie.lifetime.max;
  return Math.round((addDuration(now, duration).getTime() - now.getTime()) / 1000);
}
