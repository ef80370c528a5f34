import type { PickerOption } from "../components/record-picker";
import { listCompanies, listContacts } from "./crm-queries";
import { personName } from "./format";

/** How many matches a picker shows: enough to choose from, few enough to read. */
const MATCHES = 8;

/** Companies of the tenant whose name, domain or phone contain `term`. */
export function searchCompanies(tenant: string) {
  return async (term: string): Promise<PickerOption[]> => {
    const page = await listCompanies({ tenant, search: term, limit: MATCHES });
    return page.items.map((c) => ({ id: c.id, label: c.name, detail: c.domain }));
  };
}

/** Contacts of the tenant whose name, e-mail, phone or company contain `term`. */
export function searchContacts(tenant: string) {
  return async (term: string): Promise<PickerOption[]> => {
    const page = await listContacts({ tenant, search: term, limit: MATCHES });
    return page.items.map((c) => ({
      id: c.id,
      label: personName(c.firstName, c.lastName),
      detail: c.email ?? c.company?.name ?? null,
    }));
  };
}
