import type { IncomingMessage, ServerResponse } from "node:http";
import { constants } from "node:zlib";
import compression from "compression";

/**
 * Compression of what a raw Node handler writes (the marketing site's on-demand pages: apps/server hands Astro the
 * raw response, past Fastify's reply). The `compression` middleware wraps the response: brotli or gzip as the
 * browser asks, text types only, bodies of 1 kB and more, nothing already encoded, `Vary: Accept-Encoding` always.
 * The static pages need none of this: they are precompressed at build time.
 */
const middleware = compression({ brotli: { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } }, level: 6 });

/** Wraps `res`, then calls `next` to write the response. */
export function compressRawResponse(req: IncomingMessage, res: ServerResponse, next: () => void): void {
  middleware(req as never, res as never, () => next());
}
