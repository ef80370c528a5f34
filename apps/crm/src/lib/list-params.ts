import { useSearchParams } from "@solidjs/router";

/**
 * A list page's search, filters and sort, kept in the URL query: a reload, a shared link or the back button shows
 * the same list. Changes replace the history entry (typing a search must not add one entry per word).
 */
export function useListParams() {
  const [params, setParams] = useSearchParams();
  const get = (name: string): string | undefined => {
    const value = params[name];
    const first = Array.isArray(value) ? value[0] : value;
    return first ? first : undefined;
  };
  const set = (changes: Record<string, string | undefined>) => setParams(changes, { replace: true });
  /** Whether any of `names` is set: the page then offers "Clear filters" and a different empty state. */
  const any = (names: readonly string[]) => names.some((name) => get(name) !== undefined);
  return { get, set, any };
}

export type ListParams = ReturnType<typeof useListParams>;

export interface SortState<S extends string> {
  column: S;
  direction: "asc" | "desc";
}

/** A list's sort as the URL holds it (`sort`, `dir`), and the way to change it. */
export interface SortParam<S extends string> {
  value: () => SortState<S>;
  set: (sort: SortState<S>) => void;
}

/** The sort of a list page: one of `columns` (else the first), in `direction` unless the URL says otherwise. */
export function listSort<S extends string>(
  params: ListParams,
  columns: readonly S[],
  direction: "asc" | "desc",
): SortParam<S> {
  const other = direction === "asc" ? "desc" : "asc";
  return {
    value: () => ({
      column: oneOf(params.get("sort"), columns, columns[0]!),
      direction: params.get("dir") === other ? other : direction,
    }),
    set: (sort) => params.set({ sort: sort.column, dir: sort.direction }),
  };
}

/** "Contacts, by name (ascending)": the table's caption, which screen readers announce. */
export function sortCaption<S extends string>(title: string, names: Record<S, string>, sort: SortState<S>): string {
  return `${title}, by ${names[sort.column]} (${sort.direction === "asc" ? "ascending" : "descending"})`;
}

/** `value` when it is one of `allowed`, else `fallback`: a hand-edited URL cannot ask for a sort that is not offered. */
export function oneOf<T extends string>(value: string | undefined, allowed: readonly T[], fallback: T): T {
  return allowed.includes(value as T) ? (value as T) : fallback;
}
