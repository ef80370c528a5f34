import { useNavigate, useSearchParams } from "@solidjs/router";
import { onMount, untrack } from "solid-js";

/**
 * The one-time token of an e-mailed link (`?token=…`), read once. The address bar and the history entry then drop
 * it, so it does not linger in the history, a shared screen or a bookmark.
 */
export function useLinkToken(path: string): string | undefined {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const token = untrack(() => (typeof params.token === "string" && params.token !== "" ? params.token : undefined));
  onMount(() => {
    if (token) navigate(path, { replace: true, scroll: false });
  });
  return token;
}
