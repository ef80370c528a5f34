import { type JSX, Show } from "solid-js";
import { type ListParams, type SortParam, sortCaption } from "../lib/list-params";
import type { PagedList } from "../lib/paged-list";
import { type ListColumn, ListTable } from "./list-table";
import { PageHeader } from "./page-header";

/**
 * The frame of every list page (contacts, companies, deals, employees): heading with its actions, the search and
 * filter bar with "Clear filters" once a filter is set, and the table, whose empty state says whether nothing exists
 * yet (`emptyHint`) or nothing matches the filters.
 */
export function ListPage<T, S extends string>(props: {
  /** "contacts": the heading's id, the messages' noun. */
  noun: string;
  title: string;
  /** The header's actions (the "New …" button, view switches). */
  actions: JSX.Element;
  /** The search and filter controls. */
  filters: JSX.Element;
  filtersLabel: string;
  /** The URL parameters the filters set: "Clear filters" removes these. */
  filterNames: readonly string[];
  params: ListParams;
  list: PagedList<T>;
  columns: ListColumn<S>[];
  /** With `sortNames`, the list's sort, kept in the URL (`sort`, `dir`). */
  sort?: SortParam<S>;
  /** How the caption names each sort ("name", "date added"); without `sort`, the caption's fixed order. */
  sortNames?: Record<S, string>;
  order?: string;
  /** What to say when there are none at all (a link to add the first, to import). */
  emptyHint: JSX.Element;
  row: (item: T) => JSX.Element;
}) {
  const filtered = () => props.params.any(props.filterNames);
  const clear = () => props.params.set(Object.fromEntries(props.filterNames.map((name) => [name, undefined])));
  const heading = () => `${props.noun}-heading`;
  const caption = () => {
    const sort = props.sort;
    return sort && props.sortNames
      ? sortCaption(props.title, props.sortNames, sort.value())
      : `${props.title}${props.order ? `, by ${props.order}` : ""}`;
  };

  return (
    <section class="page" aria-labelledby={heading()}>
      <PageHeader id={heading()} title={props.title}>
        {props.actions}
      </PageHeader>
      <search class="filters" aria-label={props.filtersLabel}>
        {props.filters}
        <Show when={filtered()}>
          <button type="button" class="link-button clear-filters" onClick={clear}>
            Clear filters
          </button>
        </Show>
      </search>
      <ListTable
        caption={caption()}
        noun={props.noun}
        list={props.list}
        sort={props.sort?.value()}
        onSort={props.sort?.set}
        columns={props.columns}
        empty={
          <Show when={filtered()} fallback={<p>{props.emptyHint}</p>}>
            <p>
              No {props.noun} match.{" "}
              <button type="button" class="link-button" onClick={clear}>
                Clear filters
              </button>
            </p>
          </Show>
        }
        row={props.row}
      />
    </section>
  );
}
