// Demo records of the marketing site: events with sponsors, partners by country, the sub-processor list. Idempotent:
// run it on every dev start. Staff manage the real records in F6.
import { type Db, schema } from "@abante/db";
import { subprocessorSeedRow, subprocessors } from "@abante/privacy";
import { eq, inArray } from "drizzle-orm";

const DAY_MS = 24 * 3600 * 1000;

interface DemoEvent {
  slug: string;
  title: string;
  summary: string;
  description: string;
  locale: string;
  /** Days from the seeding time; the event lasts `hours`. */
  inDays: number;
  startHourUtc: number;
  hours: number;
  online: boolean;
  venue: string | null;
  city: string | null;
  country: string | null;
  organiserName: string;
  organiserEmail: string;
  capacity: number | null;
  sponsors: Array<{ name: string; website: string; contactEmail: string }>;
}

export const demoEvents: DemoEvent[] = [
  {
    slug: "abante-day-sao-paulo",
    title: "Abante Day São Paulo: vendas B2B com privacidade",
    summary: "Uma tarde sobre funis de vendas, LGPD na prática e automação sem planilhas.",
    description:
      "Palestras curtas e casos reais de equipes comerciais que organizaram contatos, negócios e atividades no Abante CRM, com uma sessão sobre o que a LGPD exige de um CRM e um bate-papo com parceiros locais.",
    locale: "pt-BR",
    inDays: 24,
    startHourUtc: 17,
    hours: 4,
    online: false,
    venue: "Espaço Paulista de Eventos, Av. Paulista 1000",
    city: "São Paulo",
    country: "BR",
    organiserName: "Associação Paulista de Vendas B2B",
    organiserEmail: "eventos@apvb2b.example",
    capacity: 120,
    sponsors: [
      {
        name: "Nuvem Contábil",
        website: "https://nuvemcontabil.example",
        contactEmail: "parcerias@nuvemcontabil.example",
      },
      {
        name: "Ponte Digital Consultoria",
        website: "https://pontedigital.example",
        contactEmail: "ola@pontedigital.example",
      },
    ],
  },
  {
    slug: "encuentro-crm-privacidad-madrid",
    title: "Encuentro CRM y privacidad en Madrid",
    summary: "Cómo vender más sin perder la confianza de sus clientes: RGPD, consentimiento y buenas prácticas.",
    description:
      "Una mañana con responsables comerciales y de protección de datos: qué datos guardar en el CRM, cuánto tiempo, cómo responder a una solicitud de acceso y cómo medir el embudo sin cookies de terceros.",
    locale: "es",
    inDays: 38,
    startHourUtc: 8,
    hours: 4,
    online: false,
    venue: "Centro de Innovación Chamberí",
    city: "Madrid",
    country: "ES",
    organiserName: "Club de Ventas Madrid",
    organiserEmail: "hola@clubventas.example",
    capacity: 80,
    sponsors: [
      {
        name: "Asesoría Lumen",
        website: "https://asesorialumen.example",
        contactEmail: "eventos@asesorialumen.example",
      },
      { name: "DataSur Integraciones", website: "https://datasur.example", contactEmail: "info@datasur.example" },
    ],
  },
  {
    slug: "atelier-crm-paris",
    title: "Atelier CRM à Paris : du fichier Excel au pipeline",
    summary: "Un atelier pratique pour migrer vos contacts et structurer votre pipeline commercial.",
    description:
      "Apportez votre export de contacts : nous l'importons ensemble, nous construisons un pipeline adapté à votre cycle de vente et nous passons en revue les réglages de confidentialité exigés par le RGPD.",
    locale: "fr",
    inDays: 52,
    startHourUtc: 13,
    hours: 3,
    online: false,
    venue: "La Fabrique du Commerce, 12 rue de la Roquette",
    city: "Paris",
    country: "FR",
    organiserName: "Réseau Commerce Île-de-France",
    organiserEmail: "contact@reseau-commerce.example",
    capacity: 30,
    sponsors: [
      {
        name: "Cabinet Orée Conseil",
        website: "https://oree-conseil.example",
        contactEmail: "atelier@oree-conseil.example",
      },
    ],
  },
  {
    slug: "webinar-datenschutz-im-vertrieb",
    title: "Webinar: Datenschutz im Vertrieb",
    summary: "Was DSGVO und ePrivacy für Ihr CRM bedeuten – in 60 Minuten, mit Fragerunde.",
    description:
      "Wir zeigen, wie Einwilligungen dokumentiert, Aufbewahrungsfristen durchgesetzt und Auskunftsersuchen fristgerecht beantwortet werden, und beantworten Ihre Fragen live.",
    locale: "de",
    inDays: 17,
    startHourUtc: 15,
    hours: 1,
    online: true,
    venue: null,
    city: null,
    country: "DE",
    organiserName: "Abante CRM",
    organiserEmail: "events@abante.example",
    capacity: 300,
    sponsors: [
      {
        name: "Kanzlei Weber & Partner",
        website: "https://weber-partner.example",
        contactEmail: "seminare@weber-partner.example",
      },
    ],
  },
];

interface DemoPartner {
  name: string;
  email: string;
  phone: string;
  website: string;
  city: string;
  countries: string[];
  languages: string[];
  description: string;
}

const p = (
  name: string,
  domain: string,
  city: string,
  countries: string[],
  languages: string[],
  phone: string,
  description: string,
): DemoPartner => ({
  name,
  email: `contact@${domain}`,
  phone,
  website: `https://${domain}`,
  city,
  countries,
  languages,
  description,
});

export const demoPartners: DemoPartner[] = [
  p(
    "Ponte Digital Consultoria",
    "pontedigital.example",
    "São Paulo",
    ["BR"],
    ["pt-BR", "en"],
    "+55 11 4000-1000",
    "Implantação do Abante CRM e treinamento de equipes comerciais.",
  ),
  p(
    "Carioca Vendas & CRM",
    "cariocavendas.example",
    "Rio de Janeiro",
    ["BR"],
    ["pt-BR"],
    "+55 21 4000-2000",
    "Consultoria de processos de vendas para pequenas empresas.",
  ),
  p(
    "Minas Dados",
    "minasdados.example",
    "Belo Horizonte",
    ["BR"],
    ["pt-BR", "es"],
    "+55 31 4000-3000",
    "Migração de dados e integrações com ERPs.",
  ),
  p(
    "Atlântico Parceiros",
    "atlantico.example",
    "Lisboa",
    ["PT", "BR"],
    ["pt-BR", "en"],
    "+351 21 000 4000",
    "Adoção de CRM e conformidade com o RGPD e a LGPD.",
  ),
  p(
    "Lusa CRM Consultores",
    "lusacrm.example",
    "Porto",
    ["PT"],
    ["pt-BR"],
    "+351 22 000 5000",
    "Implementação e formação para equipas comerciais.",
  ),
  p(
    "Asesoría Lumen",
    "asesorialumen.example",
    "Madrid",
    ["ES"],
    ["es", "en"],
    "+34 910 000 100",
    "Implantación de CRM y adecuación al RGPD.",
  ),
  p(
    "Mediterránea Ventas",
    "mediterranea.example",
    "Valencia",
    ["ES"],
    ["es"],
    "+34 960 000 200",
    "Procesos comerciales y formación de equipos.",
  ),
  p(
    "Cabinet Orée Conseil",
    "oree-conseil.example",
    "Paris",
    ["FR", "BE"],
    ["fr", "en"],
    "+33 1 00 00 03 00",
    "Déploiement de CRM et accompagnement RGPD.",
  ),
  p(
    "Lyon Croissance",
    "lyoncroissance.example",
    "Lyon",
    ["FR"],
    ["fr"],
    "+33 4 00 00 04 00",
    "Structuration des ventes pour PME.",
  ),
  p(
    "Nordlicht Beratung",
    "nordlicht.example",
    "Hamburg",
    ["DE", "AT"],
    ["de", "en"],
    "+49 40 0000 500",
    "CRM-Einführung und Vertriebsprozesse.",
  ),
  p(
    "Alpen CRM Partner",
    "alpencrm.example",
    "München",
    ["DE", "AT", "CH"],
    ["de"],
    "+49 89 0000 600",
    "Datenmigration, Schulung und DSGVO-Beratung.",
  ),
  p(
    "Harbor Revenue Partners",
    "harborrevenue.example",
    "Boston",
    ["US"],
    ["en"],
    "+1 617 555 0100",
    "CRM rollouts and sales operations for growing teams.",
  ),
  p(
    "Pacific Pipeline Co.",
    "pacificpipeline.example",
    "San Diego",
    ["US", "MX"],
    ["en", "es"],
    "+1 619 555 0110",
    "Sales process design, data migration and training.",
  ),
  p(
    "Thames CRM Consulting",
    "thamescrm.example",
    "London",
    ["GB"],
    ["en"],
    "+44 20 7946 0000",
    "CRM implementation and UK GDPR advice.",
  ),
  p(
    "Pennine Sales Advisors",
    "penninesales.example",
    "Manchester",
    ["GB"],
    ["en"],
    "+44 161 496 0000",
    "Pipeline design and sales coaching.",
  ),
  p(
    "Azteca Consultores",
    "aztecaconsultores.example",
    "Ciudad de México",
    ["MX"],
    ["es"],
    "+52 55 0000 0700",
    "Implementación de CRM y capacitación comercial.",
  ),
  p(
    "Norte Digital MX",
    "nortedigital.example",
    "Monterrey",
    ["MX"],
    ["es", "en"],
    "+52 81 0000 0800",
    "Integraciones y migración de datos.",
  ),
];

export interface SeedMarketingResult {
  events: number;
  partners: number;
  subprocessors: number;
}

/** Inserts the demo events, partners and sub-processors that are missing; moves ended demo events forward. */
export async function seedMarketing(db: Db, now: Date = new Date()): Promise<SeedMarketingResult> {
  const result: SeedMarketingResult = { events: 0, partners: 0, subprocessors: 0 };
  const day0 = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const existing = new Map(
    (
      await db
        .select({ id: schema.event.id, slug: schema.event.slug, endsAt: schema.event.endsAt })
        .from(schema.event)
        .where(
          inArray(
            schema.event.slug,
            demoEvents.map((e) => e.slug),
          ),
        )
    ).map((e) => [e.slug, e]),
  );
  for (const e of demoEvents) {
    const startsAt = new Date(day0 + e.inDays * DAY_MS + e.startHourUtc * 3600_000);
    const endsAt = new Date(startsAt.getTime() + e.hours * 3600_000);
    const found = existing.get(e.slug);
    if (found) {
      // Keep the demo upcoming on a long-lived dev database.
      if (found.endsAt <= now)
        await db.update(schema.event).set({ startsAt, endsAt }).where(eq(schema.event.id, found.id));
      continue;
    }
    await db.transaction(async (tx) => {
      const { sponsors, inDays: _d, startHourUtc: _h, hours: _n, ...fields } = e;
      const [row] = await tx
        .insert(schema.event)
        .values({ ...fields, startsAt, endsAt })
        .onConflictDoNothing()
        .returning({ id: schema.event.id });
      if (!row) return;
      if (sponsors.length > 0)
        await tx.insert(schema.eventSponsor).values(sponsors.map((s) => ({ ...s, eventId: row.id })));
      result.events++;
    });
  }

  const partnerNames = new Set(
    (
      await db
        .select({ name: schema.partner.name })
        .from(schema.partner)
        .where(
          inArray(
            schema.partner.name,
            demoPartners.map((x) => x.name),
          ),
        )
    ).map((r) => r.name),
  );
  const missing = demoPartners.filter((x) => !partnerNames.has(x.name));
  if (missing.length > 0) {
    await db.insert(schema.partner).values(missing);
    result.partners = missing.length;
  }

  const inserted = await db
    .insert(schema.subprocessor)
    .values(subprocessors.map(subprocessorSeedRow))
    .onConflictDoNothing()
    .returning({ id: schema.subprocessor.id });
  result.subprocessors = inserted.length;
  return result;
}
