// Types for `@abante/marketing/server`, the built Astro server entry (dist/server/entry.mjs, made by `astro build`).
import type { IncomingMessage, ServerResponse } from "node:http";

/**
 * Renders the site's on-demand routes (`/`, `/lang/<locale>`, `/<locale>/pricing/`, `/<locale>/events/…`,
 * `/<locale>/partners/`, the 404 page). It does not serve the prerendered pages: serve
 * `dist/client` as static files first and call this for what is left (see README.md).
 * With `next`, a URL Astro has no route for is handed back; without it, Astro answers with its 404 page.
 */
export declare const handler: (
  req: IncomingMessage,
  res: ServerResponse,
  next?: (error?: unknown) => void,
  locals?: object,
) => Promise<void>;
