import type { AppRouter } from "@abante/api";
import { createTRPCClient, httpBatchLink } from "@trpc/client";
import superjson from "superjson";

/**
 * The typed API client. `/trpc` is same-origin in every environment (the API server serves this app in production,
 * the Vite proxy forwards it in dev), so the session cookie goes along and no CORS is involved.
 *
 * Calls made in the same tick go out as one batch answered as one JSON document: the server answers those itself
 * (apps/server/src/trpc-http.ts), which is measurably cheaper than a streamed batch, and a mutation's Set-Cookie
 * (sign-in, sign-out) arrives with its answer.
 */
export const trpc = createTRPCClient<AppRouter>({
  links: [httpBatchLink({ url: "/trpc", transformer: superjson, maxURLLength: 4000 })],
});
