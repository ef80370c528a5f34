// What trigram search matches (contact.search_text, company.search_text). The column is maintained by the
// application on every insert and update, so every writer — the contact/company API, the CSV import, the seed —
// must build it the same way: these two functions are that one way.

/** Lower-cased values joined by single spaces; empty and missing values are left out. */
function joinLower(values: Iterable<string | null | undefined>): string {
  const parts: string[] = [];
  for (const v of values) {
    const t = v?.trim();
    if (t) parts.push(t);
  }
  return parts.join(" ").toLowerCase();
}

export interface ContactSearchFields {
  firstName: string;
  lastName?: string | null;
  email?: string | null;
  phone?: string | null;
  extraEmails?: readonly string[];
  extraPhones?: readonly string[];
  /** The linked company's name, so that searching a company finds its people. */
  companyName?: string | null;
}

/** contact.search_text: names, e-mails (primary and extra), phones (primary and extra) and company name. */
export function contactSearchText(c: ContactSearchFields): string {
  return joinLower([
    c.firstName,
    c.lastName,
    c.email,
    ...(c.extraEmails ?? []),
    c.phone,
    ...(c.extraPhones ?? []),
    c.companyName,
  ]);
}

export interface CompanySearchFields {
  name: string;
  domain?: string | null;
  phone?: string | null;
}

/** company.search_text: name, domain and phone. */
export function companySearchText(c: CompanySearchFields): string {
  return joinLower([c.name, c.domain, c.phone]);
}
