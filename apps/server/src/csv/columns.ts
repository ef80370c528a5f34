// Which CSV column holds which field. Exports use the snake_case names below; imports also accept the headers other
// tools write (Outlook, Google Contacts, HubSpot, spreadsheets made by hand), in the five languages of the product.

export const CONTACT_COLUMNS = [
  "first_name",
  "last_name",
  "email",
  "phone",
  "extra_emails",
  "extra_phones",
  "job_title",
  "company",
  "tags",
  "notes",
  "marketing_consent",
  "created_at",
] as const;
export type ContactColumn = (typeof CONTACT_COLUMNS)[number];

export const COMPANY_COLUMNS = [
  "name",
  "domain",
  "phone",
  "address",
  "industry",
  "tags",
  "notes",
  "created_at",
] as const;
export type CompanyColumn = (typeof COMPANY_COLUMNS)[number];

/** Import only: a single "Name" column of a contacts file, split into first and last name. */
export type ContactImportField = ContactColumn | "full_name";
export type CompanyImportField = CompanyColumn;

/** "E-mail Address" → "emailaddress": case, accents, spaces and punctuation do not matter. */
export function normalizeHeader(header: string): string {
  return header
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "");
}

// Aliases are written normalized (see normalizeHeader), space-separated.
const TAGS = "tags tag labels label categories category groups etiquettes etiquetas schlagworte schlagworter";
const NOTES =
  "notes note comments comment description remarks notas notizen bemerkungen remarques observaciones observacoes";
const CREATED = "createdat created createdon createddate datecreated dateadded creationdate createdtime";
const PHONE =
  "phone phonenumber telephone tel telephonenumber mobile mobilephone mobilenumber cell cellphone workphone " +
  "businessphone primaryphone mainphone telefono telefone telefon handy celular portable";
const EMAIL =
  "email emailaddress mail primaryemail workemail businessemail emailaddresses courriel adresseemail correo " +
  "correoelectronico emailadresse";

const CONTACT_ALIASES: Record<string, ContactImportField> = {};
const COMPANY_ALIASES: Record<string, CompanyImportField> = {};
function alias<F extends string>(table: Record<string, F>, field: F, ...names: string[]) {
  table[normalizeHeader(field)] = field;
  for (const n of names.join(" ").split(" ")) if (n) table[n] = field;
}

alias(CONTACT_ALIASES, "first_name", "firstname first givenname forename prenom vorname nombre primeironome");
alias(
  CONTACT_ALIASES,
  "last_name",
  "lastname last surname familyname nom nomdefamille nachname apellido apellidos sobrenome ultimonome",
);
alias(
  CONTACT_ALIASES,
  "full_name",
  "name fullname contactname displayname contact nomcomplet nombrecompleto nomecompleto vollstandigername",
);
alias(CONTACT_ALIASES, "email", EMAIL);
alias(CONTACT_ALIASES, "phone", PHONE);
alias(
  CONTACT_ALIASES,
  "extra_emails",
  "extraemails otheremails additionalemails secondaryemail otheremail alternateemail",
);
alias(
  CONTACT_ALIASES,
  "extra_phones",
  "extraphones otherphones additionalphones otherphone homephone secondaryphone alternatephone",
);
// "Title" alone is left out on purpose: Outlook writes the honorific (Mr, Dr) there, beside a "Job Title" column.
alias(
  CONTACT_ALIASES,
  "job_title",
  "jobtitle position role jobrole organizationtitle organizationjobtitle poste fonction cargo puesto " +
    "berufsbezeichnung funktion",
);
alias(
  CONTACT_ALIASES,
  "company",
  "companyname organization organisation organizationname organisationname account accountname employer " +
    "entreprise societe empresa firma unternehmen",
);
alias(CONTACT_ALIASES, "tags", TAGS);
alias(CONTACT_ALIASES, "notes", NOTES);
alias(
  CONTACT_ALIASES,
  "marketing_consent",
  "marketingconsent consent emailoptin optin marketingoptin subscribed marketing newsletter acceptsmarketing " +
    "acceptsemailmarketing consentement consentimiento consentimento einwilligung",
);
alias(CONTACT_ALIASES, "created_at", CREATED);

alias(
  COMPANY_ALIASES,
  "name",
  "name companyname company organization organisation organizationname accountname businessname nom nombre nome " +
    "entreprise empresa firma societe raisonsociale unternehmen",
);
alias(
  COMPANY_ALIASES,
  "domain",
  "website web url site homepage companydomain websiteurl companywebsite siteweb sitioweb webseite",
);
alias(COMPANY_ALIASES, "phone", PHONE);
alias(
  COMPANY_ALIASES,
  "address",
  "address streetaddress fulladdress billingaddress postaladdress location adresse direccion endereco anschrift",
);
alias(COMPANY_ALIASES, "industry", "industry sector businesssector vertical branche secteur industria setor");
alias(COMPANY_ALIASES, "tags", TAGS);
alias(COMPANY_ALIASES, "notes", NOTES);
alias(COMPANY_ALIASES, "created_at", CREATED);

// Numbered columns ("E-mail 2 Address", "E-mail 1 - Value", "Phone 3"): the first free one is the primary value,
// the rest are extra values.
const NUMBERED_EMAIL = /^e?mail(?:address)?(\d+)(?:address|value)?$/;
const NUMBERED_PHONE = /^(?:phone|telephone|tel|mobile)(?:number)?(\d+)(?:number|value)?$/;

export interface ColumnMapping<F extends string> {
  /** Per header position: the field it fills, or null when the column is ignored. */
  fields: (F | null)[];
  /** Headers that fill no field, as written in the file. */
  ignored: string[];
}

function mapColumns<F extends string>(
  headers: readonly string[],
  classify: (normalized: string) => F | undefined,
  repeatable: (field: F, taken: ReadonlySet<F>) => F | null,
): ColumnMapping<F> {
  const taken = new Set<F>();
  const fields: (F | null)[] = [];
  const ignored: string[] = [];
  for (const header of headers) {
    const field = classify(normalizeHeader(header));
    let target: F | null = field ?? null;
    if (target && taken.has(target)) target = repeatable(target, taken);
    if (target) taken.add(target);
    else if (header.trim()) ignored.push(header.trim());
    fields.push(target);
  }
  return { fields, ignored };
}

export function mapContactColumns(headers: readonly string[]): ColumnMapping<ContactImportField> {
  return mapColumns<ContactImportField>(
    headers,
    (n) => {
      const known = CONTACT_ALIASES[n];
      if (known) return known;
      const email = NUMBERED_EMAIL.exec(n);
      if (email) return email[1] === "1" ? "email" : "extra_emails";
      const phone = NUMBERED_PHONE.exec(n);
      if (phone) return phone[1] === "1" ? "phone" : "extra_phones";
      return undefined;
    },
    // A second e-mail or phone column adds extra values; list columns collect from every column; any other
    // repeated field keeps its first column.
    (field) => {
      if (field === "email" || field === "extra_emails") return "extra_emails";
      if (field === "phone" || field === "extra_phones") return "extra_phones";
      if (field === "tags") return "tags";
      return null;
    },
  );
}

export function mapCompanyColumns(headers: readonly string[]): ColumnMapping<CompanyImportField> {
  return mapColumns<CompanyImportField>(
    headers,
    (n) => COMPANY_ALIASES[n] ?? (NUMBERED_PHONE.exec(n)?.[1] === "1" ? "phone" : undefined),
    (field) => (field === "tags" ? "tags" : null),
  );
}
