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

/** `value` when it is one of `allowed`, else `fallback`: a hand-edited URL cannot ask for a sort that is not offered. */
export function oneOf<T extends string>(value: string | undefined, allowed: readonly T[], fallback: T): T {
  return allowed.includes(value as T) ? (value as T) : fallback;
}
