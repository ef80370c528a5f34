import type { AppRouter } from "@abante/api";
import { createTRPCClient, httpBatchLink, httpBatchStreamLink, splitLink } from "@trpc/client";
import superjson from "superjson";

/**
 * The typed API client. `/trpc` is same-origin in every environment (the API server serves this app in production,
 * the Vite proxy forwards it in dev), so the session cookie goes along and no CORS is involved.
 *
 * Queries use the stream link, which answers each call of a batch as soon as it is ready: one slow query never
 * holds the others. Mutations must not: a streamed response sends its headers before the procedure runs, so the
 * Set-Cookie of a sign-in or a sign-out would be lost. They go through the plain batch link.
 */
export const trpc = createTRPCClient<AppRouter>({
  links: [
    splitLink({
      condition: (op) => op.type === "mutation",
      true: httpBatchLink({ url: "/trpc", transformer: superjson }),
      false: httpBatchStreamLink({ url: "/trpc", transformer: superjson }),
    }),
  ],
});
