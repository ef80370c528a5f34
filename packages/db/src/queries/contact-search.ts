import { type SQL, sql } from "drizzle-orm";
import { company, contact } from "../schema";
import { digitsOnly } from "./shared";

/**
 * What trigram search matches for a contact: names, e-mails, phones (also as bare digits) and the company's name,
 * lower-cased. `companyName` is an SQL expression evaluated in the scope of the contact row. The one definition of a
 * contact's search text: creates, updates, company renames and imports all go through it.
 */
export const contactSearchExpr = (companyName: SQL) => sql`lower(concat_ws(' ',
  ${contact.firstName}, ${contact.lastName}, ${contact.email}, ${contact.phone}, ${digitsOnly(sql`${contact.phone}`)},
  array_to_string(${contact.extraEmails}, ' '), array_to_string(${contact.extraPhones}, ' '),
  (select string_agg(regexp_replace(p, '[^0-9]', '', 'g'), ' ') from unnest(${contact.extraPhones}) as p),
  ${companyName}))`;

/** The name of the contact row's company, for `contactSearchExpr`. */
export const linkedCompanyName = () =>
  sql`(select ${company.name} from ${company} where ${company.tenantId} = ${contact.tenantId} and ${company.id} = ${contact.companyId})`;
