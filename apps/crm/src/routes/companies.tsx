import { A } from "@solidjs/router";
import { Show } from "solid-js";
import { ListTable, type SortState } from "../components/list-table";
import { OwnerFilter } from "../components/owner-filter";
import { PageHeader } from "../components/page-header";
import { SearchBox } from "../components/search-box";
import { TagFilter } from "../components/tag-filter";
import { TagList } from "../components/tag-list";
import { type CompanyRow, listCompanies, PAGE_SIZE } from "../lib/crm-queries";
import { formatDate } from "../lib/format";
import { oneOf, useListParams } from "../lib/list-params";
import { createPagedList } from "../lib/paged-list";
import { useTenant } from "../lib/tenant";

const SORTS = ["name", "createdAt"] as const;
type CompanySort = (typeof SORTS)[number];
const FILTERS = ["q", "owner", "tag"] as const;

/** All companies, 50 at a time: search (name, domain, phone), owner and tag filters, sort by name or date added. */
export default function CompaniesPage() {
  const tenant = useTenant();
  const params = useListParams();
  const sort = (): SortState<CompanySort> => ({
    column: oneOf(params.get("sort"), SORTS, "name"),
    direction: params.get("dir") === "desc" ? "desc" : "asc",
  });
  const list = createPagedList(
    () => ({
      tenant: tenant.slug(),
      search: params.get("q"),
      ownerAccountId: params.get("owner"),
      tag: params.get("tag"),
      sort: sort().column,
      direction: sort().direction,
    }),
    (query, cursor, signal) => listCompanies({ ...query, cursor, limit: PAGE_SIZE }, signal),
    { onError: tenant.handleError },
  );
  const clear = () => params.set({ q: undefined, owner: undefined, tag: undefined });
  const filtered = () => params.any(FILTERS);
  const ownerName = (id: string | null) => (id ? tenant.members()?.find((m) => m.accountId === id)?.name : undefined);

  return (
    <section class="page" aria-labelledby="companies-heading">
      <PageHeader id="companies-heading" title="Companies">
        <A class="button" href={tenant.path("/companies/new")}>
          New company
        </A>
      </PageHeader>
      <search class="filters" aria-label="Search and filter companies">
        <SearchBox
          label="Search companies"
          placeholder="Name, domain or phone"
          value={params.get("q")}
          onSearch={(q) => params.set({ q: q || undefined })}
        />
        <OwnerFilter value={params.get("owner")} onChange={(owner) => params.set({ owner })} />
        <TagFilter value={params.get("tag")} onChange={(tag) => params.set({ tag })} />
        <Show when={filtered()}>
          <button type="button" class="link-button clear-filters" onClick={clear}>
            Clear filters
          </button>
        </Show>
      </search>
      <ListTable
        caption={`Companies, by ${sort().column === "name" ? "name" : "date added"} (${sort().direction === "asc" ? "ascending" : "descending"})`}
        noun="companies"
        list={list}
        sort={sort()}
        onSort={(next) => params.set({ sort: next.column, dir: next.direction })}
        columns={[
          { label: "Name", sort: "name" },
          { label: "Domain", secondary: true },
          { label: "Phone", secondary: true },
          { label: "Industry", secondary: true },
          { label: "Owner", secondary: true },
          { label: "Tags", secondary: true },
          { label: "Added", sort: "createdAt", secondary: true },
        ]}
        empty={
          <Show
            when={filtered()}
            fallback={
              <p>
                No companies yet. <A href={tenant.path("/companies/new")}>Add the first company</A> or{" "}
                <A href={tenant.path("/settings#import")}>import a CSV file</A>.
              </p>
            }
          >
            <p>
              No companies match.{" "}
              <button type="button" class="link-button" onClick={clear}>
                Clear filters
              </button>
            </p>
          </Show>
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
    </section>
  );
}
