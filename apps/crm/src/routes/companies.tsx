import { A } from "@solidjs/router";
import { ListPage } from "../components/list-page";
import { OwnerFilter } from "../components/owner-filter";
import { SearchBox } from "../components/search-box";
import { TagFilter } from "../components/tag-filter";
import { TagList } from "../components/tag-list";
import { type CompanyRow, listCompanies, PAGE_SIZE } from "../lib/crm-queries";
import { formatDate } from "../lib/format";
import { listSort, useListParams } from "../lib/list-params";
import { createPagedList } from "../lib/paged-list";
import { useTenant } from "../lib/tenant";

const SORTS = ["name", "createdAt"] as const;
const SORT_NAMES = { name: "name", createdAt: "date added" };
const FILTERS = ["q", "owner", "tag"] as const;

/** All companies, 50 at a time: search (name, domain, phone), owner and tag filters, sort by name or date added. */
export default function CompaniesPage() {
  const tenant = useTenant();
  const params = useListParams();
  const sort = listSort(params, SORTS, "asc");
  const list = createPagedList(
    () => ({
      tenant: tenant.slug(),
      search: params.get("q"),
      ownerAccountId: params.get("owner"),
      tag: params.get("tag"),
      sort: sort.value().column,
      direction: sort.value().direction,
    }),
    (query, cursor, signal) => listCompanies({ ...query, cursor, limit: PAGE_SIZE }, signal),
    { onError: tenant.handleError },
  );
  const ownerName = (id: string | null) => (id ? tenant.members()?.find((m) => m.accountId === id)?.name : undefined);

  return (
    <ListPage
      noun="companies"
      title="Companies"
      actions={
        <A class="button" href={tenant.path("/companies/new")}>
          New company
        </A>
      }
      filtersLabel="Search and filter companies"
      filterNames={FILTERS}
      params={params}
      filters={
        <>
          <SearchBox
            label="Search companies"
            placeholder="Name, domain or phone"
            value={params.get("q")}
            onSearch={(q) => params.set({ q: q || undefined })}
          />
          <OwnerFilter value={params.get("owner")} onChange={(owner) => params.set({ owner })} />
          <TagFilter value={params.get("tag")} onChange={(tag) => params.set({ tag })} />
        </>
      }
      list={list}
      sort={sort}
      sortNames={SORT_NAMES}
      columns={[
        { label: "Name", sort: "name" },
        { label: "Domain", secondary: true },
        { label: "Phone", secondary: true },
        { label: "Industry", secondary: true },
        { label: "Owner", secondary: true },
        { label: "Tags", secondary: true },
        { label: "Added", sort: "createdAt", secondary: true },
      ]}
      emptyHint={
        <>
          No companies yet. <A href={tenant.path("/companies/new")}>Add the first company</A> or{" "}
          <A href={tenant.path("/settings#import")}>import a CSV file</A>.
        </>
      }
      row={(company: CompanyRow) => (
        <tr>
          <th scope="row">
            <A href={tenant.path(`/companies/${company.id}`)}>{company.name}</A>
          </th>
          <td class="secondary">{company.domain ?? ""}</td>
          <td class="secondary">{company.phone ?? ""}</td>
          <td class="secondary">{company.industry ?? ""}</td>
          <td class="secondary">{ownerName(company.ownerAccountId) ?? ""}</td>
          <td class="secondary">
            <TagList tags={company.tags} />
          </td>
          <td class="secondary">
            <time datetime={company.createdAt.toISOString()}>{formatDate(company.createdAt)}</time>
          </td>
        </tr>
      )}
    />
  );
}
