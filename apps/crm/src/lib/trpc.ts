import type { AppRouter } from "@abante/api";
import { createTRPCClient, httpBatchStreamLink } from "@trpc/client";
import superjson from "superjson";

/**
 * The typed API client. `/trpc` is same-origin in every environment (the API server serves this app in production,
 * the Vite proxy forwards it in dev), so the session cookie goes along and no CORS is involved.
 * The stream link answers each call of a batch as soon as it is ready: one slow query never holds the others.
 */
export const trpc = createTRPCClient<AppRouter>({
  links: [httpBatchStreamLink({ url: "/trpc", transformer: superjson })],
});
