import { For, type JSX, Match, Show, Switch } from "solid-js";
import { counted } from "../lib/format";
import type { SortState } from "../lib/list-params";
import type { PagedList } from "../lib/paged-list";
import { ProblemNotice } from "./problem-notice";

export interface ListColumn<S extends string> {
  label: string;
  /** The list's sort key this column orders by; a toggle in its header when given. */
  sort?: S;
  /** Right-aligned numbers. */
  numeric?: boolean;
  /** Hidden on narrow screens (the first column never is). */
  secondary?: boolean;
}

export type { SortState };

/**
 * The table of a paged list: sortable headers, skeleton rows while the first page loads, an empty state, the error
 * with a retry, and "Load more" below. Rows come from `row`; the first cell of each should be a link to the record,
 * so the table is walked with Tab and opened with Enter.
 */
export function ListTable<T, S extends string>(props: {
  caption: string;
  columns: ListColumn<S>[];
  list: PagedList<T>;
  /** "contacts": for the loading, error and "more" messages. */
  noun: string;
  sort?: SortState<S>;
  onSort?: (sort: SortState<S>) => void;
  row: (item: T) => JSX.Element;
  empty: JSX.Element;
}) {
  const toggle = (column: S) => {
    const current = props.sort;
    const direction = current?.column === column && current.direction === "asc" ? "desc" : "asc";
    props.onSort?.({ column, direction });
  };
  const ariaSort = (column: ListColumn<S>) => {
    if (!column.sort || props.sort?.column !== column.sort) return undefined;
    return props.sort.direction === "asc" ? "ascending" : "descending";
  };
  const firstLoad = () => props.list.status() === "loading";

  return (
    <div class="list">
      <Show when={props.list.status() === "error" && props.list.items().length === 0}>
        <ProblemNotice error={props.list.error()} what={props.noun} onRetry={props.list.retry} />
      </Show>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1) */}
      <section class="table-scroll" tabIndex={0} aria-label={props.caption} aria-busy={firstLoad()}>
        <table class="records">
          <caption>{props.caption}</caption>
          <thead>
            <tr>
              <For each={props.columns}>
                {(column) => (
                  <th
                    scope="col"
                    aria-sort={ariaSort(column)}
                    classList={{ num: column.numeric, secondary: column.secondary }}
                  >
                    <Show when={column.sort && props.onSort} fallback={column.label}>
                      <button type="button" class="sort-button" onClick={() => toggle(column.sort as S)}>
                        {column.label}
                        <span aria-hidden="true" class="sort-mark">
                          {ariaSort(column) === "ascending" ? "▲" : ariaSort(column) === "descending" ? "▼" : "↕"}
                        </span>
                        <span class="visually-hidden">
                          {ariaSort(column)
                            ? `, sorted ${ariaSort(column)}; activate to reverse`
                            : `, activate to sort by ${column.label.toLowerCase()}`}
                        </span>
                      </button>
                    </Show>
                  </th>
                )}
              </For>
            </tr>
          </thead>
          <Switch>
            <Match when={firstLoad()}>
              <tbody aria-hidden="true" class="skeleton-rows">
                <For each={[1, 2, 3, 4, 5, 6]}>
                  {() => (
                    <tr>
                      <For each={props.columns}>
                        {(column) => (
                          <td classList={{ secondary: column.secondary }}>
                            <span class="skeleton" />
                          </td>
                        )}
                      </For>
                    </tr>
                  )}
                </For>
              </tbody>
            </Match>
            <Match when={props.list.items().length === 0 && props.list.status() === "ready"}>
              <tbody>
                <tr>
                  <td colSpan={props.columns.length} class="empty">
                    {props.empty}
                  </td>
                </tr>
              </tbody>
            </Match>
            <Match when={props.list.items().length > 0}>
              <tbody>
                <For each={props.list.items()}>{(item) => props.row(item)}</For>
              </tbody>
            </Match>
          </Switch>
        </table>
      </section>
      <ListFooter list={props.list} noun={props.noun} />
    </div>
  );
}

/** "Load more", its progress, a failed next page, and the end of the list; announced to screen readers. */
export function ListFooter<T>(props: { list: PagedList<T>; noun: string }) {
  const count = () => props.list.items().length;
  return (
    <div class="list-footer">
      <p class="meta" role="status">
        <Switch>
          <Match when={props.list.status() === "loading"}>Loading {props.noun}…</Match>
          <Match when={props.list.status() === "more"}>Loading more {props.noun}…</Match>
          <Match when={count() > 0 && !props.list.hasMore() && props.list.status() === "ready"}>
            {count() === 1 ? counted(1, props.noun) : `All ${counted(count(), props.noun)}`} shown.
          </Match>
          <Match when={count() > 0}>{counted(count(), props.noun)} shown.</Match>
        </Switch>
      </p>
      <Show when={props.list.status() === "error" && count() > 0}>
        <ProblemNotice error={props.list.error()} what={`more ${props.noun}`} onRetry={props.list.retry} />
      </Show>
      <Show when={props.list.hasMore() && (props.list.status() === "ready" || props.list.status() === "more")}>
        <button
          type="button"
          class="secondary"
          onClick={() => props.list.loadMore()}
          disabled={props.list.status() === "more"}
        >
          {props.list.status() === "more" ? "Loading…" : `Load more ${props.noun}`}
        </button>
      </Show>
    </div>
  );
}
