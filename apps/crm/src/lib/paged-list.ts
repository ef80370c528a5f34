import { type Accessor, batch, createEffect, createMemo, createSignal, on, onCleanup } from "solid-js";

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export type PagedStatus = "loading" | "ready" | "more" | "error";

export interface PagedList<T> {
  items: Accessor<T[]>;
  /** loading: the first page; more: a further page; error: the last request failed (items keep what came before). */
  status: Accessor<PagedStatus>;
  error: Accessor<unknown>;
  hasMore: Accessor<boolean>;
  /** Fetches the page after the last one and appends it. */
  loadMore: () => void;
  /** Repeats the request that failed (the first page or the next one). */
  retry: () => void;
  /** Starts again from the first page, e.g. after a record was added. */
  reload: () => void;
  /** Changes the loaded items in place (a deleted row leaves without a reload). */
  update: (fn: (items: T[]) => T[]) => void;
}

/**
 * A keyset-paged list: the first page for `query()`, then page after page appended by "Load more", each asked for
 * with the cursor the previous one returned. Nothing is ever fetched whole, so it behaves the same on 50 rows or a
 * million. A new query (search, filter, sort) starts over; an answer that arrives after the query changed is dropped.
 * `query()` returns undefined while the list cannot be asked yet.
 */
export function createPagedList<Q, T>(
  query: Accessor<Q | undefined>,
  fetchPage: (query: Q, cursor: string | null, signal: AbortSignal) => Promise<Page<T>>,
  options: { onError?: (error: unknown) => void } = {},
): PagedList<T> {
  const [items, setItems] = createSignal<T[]>([]);
  const [status, setStatus] = createSignal<PagedStatus>("loading");
  const [error, setError] = createSignal<unknown>();
  const [cursor, setCursor] = createSignal<string | null>(null);
  // Compared by value: a new object with the same filters must not throw away the pages already loaded.
  const key = createMemo(() => {
    const q = query();
    return q === undefined ? undefined : JSON.stringify(q);
  });
  let controller: AbortController | undefined;
  let failed: { append: boolean } | undefined;

  async function load(append: boolean) {
    const q = query();
    if (q === undefined) return;
    controller?.abort();
    const mine = new AbortController();
    controller = mine;
    const after = append ? cursor() : null;
    batch(() => {
      setStatus(append ? "more" : "loading");
      setError(undefined);
      if (!append) setItems([]);
    });
    try {
      const page = await fetchPage(q, after, mine.signal);
      if (controller !== mine) return;
      failed = undefined;
      batch(() => {
        setItems((current) => (append ? [...current, ...page.items] : page.items));
        setCursor(page.nextCursor);
        setStatus("ready");
      });
    } catch (err) {
      if (controller !== mine) return;
      options.onError?.(err);
      failed = { append };
      batch(() => {
        setError(err);
        setStatus("error");
      });
    }
  }

  createEffect(on(key, (k) => k !== undefined && void load(false)));
  onCleanup(() => controller?.abort());

  return {
    items,
    status,
    error,
    hasMore: () => cursor() !== null,
    loadMore: () => {
      if (cursor() !== null && status() === "ready") void load(true);
    },
    retry: () => void load(failed?.append ?? false),
    reload: () => void load(false),
    update: (fn) => setItems(fn),
  };
}
