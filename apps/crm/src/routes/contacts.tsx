import { A } from "@solidjs/router";
import { createResource, createUniqueId, Show } from "solid-js";
import { ListPage } from "../components/list-page";
import { OwnerFilter } from "../components/owner-filter";
import { RecordPicker } from "../components/record-picker";
import { SearchBox } from "../components/search-box";
import { TagFilter } from "../components/tag-filter";
import { TagList } from "../components/tag-list";
import { type ContactRow, getCompany, listContacts, PAGE_SIZE } from "../lib/crm-queries";
import { formatDate, personName } from "../lib/format";
import { listSort, useListParams } from "../lib/list-params";
import { createPagedList } from "../lib/paged-list";
import { searchCompanies } from "../lib/pickers";
import { settled } from "../lib/resource";
import { useTenant } from "../lib/tenant";

const SORTS = ["name", "createdAt"] as const;
const SORT_NAMES = { name: "name", createdAt: "date added" };
const FILTERS = ["q", "owner", "tag", "company"] as const;

/**
 * All contacts, 50 at a time: search (name, e-mail, phone, company), filters on owner, tag and company, sort by name
 * or date added. Everything is in the URL; every page is one indexed query, however many contacts there are.
 */
export default function ContactsPage() {
  const tenant = useTenant();
  const params = useListParams();
  const sort = listSort(params, SORTS, "asc");
  const list = createPagedList(
    () => ({
      tenant: tenant.slug(),
      search: params.get("q"),
      ownerAccountId: params.get("owner"),
      tag: params.get("tag"),
      companyId: params.get("company"),
      sort: sort.value().column,
      direction: sort.value().direction,
    }),
    (query, cursor, signal) => listContacts({ ...query, cursor, limit: PAGE_SIZE }, signal),
    { onError: tenant.handleError },
  );

  // The company filter shows the company's name, which the URL does not carry.
  const [company] = createResource(
    () => params.get("company"),
    (id) => getCompany({ tenant: tenant.slug(), id }).catch(() => ({ id, name: "Unknown company" })),
  );
  // The company picker follows the URL: its company once the name is known, nothing after Clear filters.
  const companyFilterId = `company-filter-${createUniqueId()}`;
  const urlCompany = () => {
    const id = params.get("company");
    const known = id ? settled(company) : undefined;
    return known && known.id === id ? { id, label: known.name } : null;
  };
  const ownerName = (id: string | null) => (id ? tenant.members()?.find((m) => m.accountId === id)?.name : undefined);

  return (
    <ListPage
      noun="contacts"
      title="Contacts"
      actions={
        <A class="button" href={tenant.path("/contacts/new")}>
          New contact
        </A>
      }
      filtersLabel="Search and filter contacts"
      filterNames={FILTERS}
      params={params}
      filters={
        <>
          <SearchBox
            label="Search contacts"
            placeholder="Name, email, phone or company"
            value={params.get("q")}
            onSearch={(q) => params.set({ q: q || undefined })}
          />
          <OwnerFilter value={params.get("owner")} onChange={(owner) => params.set({ owner })} />
          <TagFilter value={params.get("tag")} onChange={(tag) => params.set({ tag })} />
          <div class="field">
            <label for={companyFilterId}>Company</label>
            <RecordPicker
              id={companyFilterId}
              initial={urlCompany()}
              search={searchCompanies(tenant.slug())}
              onChange={(option) => params.set({ company: option?.id })}
              noun="company"
              nounPlural="companies"
              placeholder="Any company"
            />
          </div>
        </>
      }
      list={list}
      sort={sort}
      sortNames={SORT_NAMES}
      columns={[
        { label: "Name", sort: "name" },
        { label: "Email", secondary: true },
        { label: "Phone", secondary: true },
        { label: "Company" },
        { label: "Owner", secondary: true },
        { label: "Tags", secondary: true },
        { label: "Added", sort: "createdAt", secondary: true },
      ]}
      emptyHint={
        <>
          No contacts yet. <A href={tenant.path("/contacts/new")}>Add the first contact</A> or{" "}
          <A href={tenant.path("/settings#import")}>import a CSV file</A>.
        </>
      }
      row={(contact: ContactRow) => (
        <tr>
          <th scope="row">
            <A href={tenant.path(`/contacts/${contact.id}`)}>
              {personName(contact.firstName, contact.lastName) || "(no name)"}
            </A>
            <Show when={contact.jobTitle}>
              <span class="cell-detail">{contact.jobTitle}</span>
            </Show>
          </th>
          <td class="secondary">{contact.email ?? ""}</td>
          <td class="secondary">{contact.phone ?? ""}</td>
          <td>
            <Show when={contact.company}>{(c) => <A href={tenant.path(`/companies/${c().id}`)}>{c().name}</A>}</Show>
          </td>
          <td class="secondary">{ownerName(contact.ownerAccountId) ?? ""}</td>
          <td class="secondary">
            <TagList tags={contact.tags} />
          </td>
          <td class="secondary">
            <time datetime={contact.createdAt.toISOString()}>{formatDate(contact.createdAt)}</time>
          </td>
        </tr>
      )}
    />
  );
}
