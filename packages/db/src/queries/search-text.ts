// What trigram search matches (contact.search_text, company.search_text). The application keeps the column on every
// write, and every writer — the contact and company queries behind the API, the CSV import, the seeds — builds it
// with these two functions, so a record reads the same in search whichever way it came in.

/** A phone as bare digits ("+34 600-12-34-56" → "34600123456"), when that differs from how it is written. */
function phoneDigits(phone: string | null | undefined): string | null {
  if (!phone) return null;
  const digits = phone.replace(/[^0-9]/g, "");
  return digits !== "" && digits !== phone.trim() ? digits : null;
}

/** Lower-cased values joined by single spaces; blanks are left out and inner runs of whitespace collapsed. */
function joinLower(values: readonly (string | null | undefined)[]): string {
  const parts: string[] = [];
  for (const v of values) {
    const t = v?.trim().replace(/\s+/g, " ");
    if (t) parts.push(t);
  }
  return parts.join(" ").toLowerCase();
}

export interface ContactSearchFields {
  firstName: string;
  lastName?: string | null;
  email?: string | null;
  phone?: string | null;
  extraEmails?: readonly string[] | null;
  extraPhones?: readonly string[] | null;
  /** The linked company's name, so that searching a company finds its people. */
  companyName?: string | null;
}

/**
 * contact.search_text: names, every e-mail (primary and extra), every phone as written and as bare digits (so
 * "600123456" and "600-123-456" both find "+34 600 12 34 56"), and the company's name.
 */
export function contactSearchText(c: ContactSearchFields): string {
  const phones = [c.phone, ...(c.extraPhones ?? [])];
  return joinLower([
    c.firstName,
    c.lastName,
    c.email,
    ...(c.extraEmails ?? []),
    ...phones.flatMap((p) => [p, phoneDigits(p)]),
    c.companyName,
  ]);
}

export interface CompanySearchFields {
  name: string;
  domain?: string | null;
  phone?: string | null;
}

/** company.search_text: name, domain, and phone as written and as bare digits. */
export function companySearchText(c: CompanySearchFields): string {
  return joinLower([c.name, c.domain, c.phone, phoneDigits(c.phone)]);
}
