// tRPC over HTTP for this server. The common requests — queries by GET, mutations by POST with a JSON body, single
// or batched, answered as one JSON document (what httpLink and httpBatchLink send) — are answered here directly;
// everything else (streamed batches, subscriptions, form data, HEAD, a wrong method, an unknown procedure, input
// that does not parse, a batch over the limit) goes to tRPC's own Fastify handler, which owns the error messages
// for those cases.
//
// Why not the library's handler for everything: on Node 20 it turns every request into a Fetch API `Request` and
// its answer into a `Response` streamed back through web streams (plus an AbortController per call). On the busiest
// request of the CRM, a 50-row contact page, that costs more than the procedure's own code (bench part a). The
// answer is the same either way: `trpc-http.test.ts` sends the same requests to both and compares status, headers
// that matter, and body byte for byte.
import type { AnyTRPCProcedure, AnyTRPCRouter } from "@trpc/server";
import { getErrorShape, getTRPCErrorFromUnknown, TRPCError, transformTRPCResponse } from "@trpc/server";
import { fastifyRequestHandler } from "@trpc/server/adapters/fastify";
import { getHTTPStatusCode } from "@trpc/server/http";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";

type ProcedureType = "query" | "mutation";

export interface TrpcErrorInfo {
  error: TRPCError;
  path: string | undefined;
  type: ProcedureType | "subscription" | "unknown";
  req: FastifyRequest;
}

export interface TrpcHttpOptions<TRouter extends AnyTRPCRouter> {
  /** Where the router is mounted, e.g. "/trpc". */
  prefix: string;
  router: TRouter;
  maxBatchSize: number;
  createContext: (req: FastifyRequest, reply: FastifyReply) => Promise<unknown> | unknown;
  onError?: (info: TrpcErrorInfo) => void;
  /**
   * Answer every request with tRPC's own handler (the fast path off). For comparing the two in tests and benches;
   * production never sets it.
   */
  libraryOnly?: boolean;
  /** Told which path answered each request (tests). */
  trace?: (path: "direct" | "library") => void;
}

/** The accepted method of each procedure type (tRPC's rule, without method override). */
const METHOD: Record<ProcedureType, string> = { query: "GET", mutation: "POST" };

interface Call {
  path: string;
  procedure: AnyTRPCProcedure;
  input: unknown;
}

/** Which requests the direct path answers; null for those it leaves to tRPC's handler. */
function plan(
  router: AnyTRPCRouter,
  req: FastifyRequest<{ Params: { path: string }; Querystring: Record<string, string | undefined> }>,
  maxBatchSize: number,
): { calls: Call[]; batch: boolean; type: ProcedureType } | null {
  if (req.method !== "GET" && req.method !== "POST") return null;
  // Streamed answers (httpBatchStreamLink) and subscriptions (server-sent events).
  const trpcAccept = req.headers["trpc-accept"];
  if (trpcAccept !== undefined) return null;
  const accept = req.headers.accept;
  if (accept && (accept.includes("application/jsonl") || accept.includes("text/event-stream"))) return null;
  if (req.method === "POST") {
    const contentType = req.headers["content-type"];
    if (contentType === undefined || !/^application\/json\s*(;|$)/i.test(contentType)) return null;
  }

  const query = req.query;
  // A repeated parameter arrives as a list here, where tRPC reads the first: leave such requests to tRPC.
  if (typeof (query.batch ?? "") !== "string" || typeof (query.input ?? "") !== "string") return null;
  const batch = query.batch === "1";
  const paths = batch ? req.params.path.split(",") : [req.params.path];
  if (batch && paths.length > maxBatchSize) return null;

  let raw: unknown;
  try {
    if (req.method === "GET") {
      raw = query.input ? JSON.parse(query.input) : undefined;
    } else {
      const body = typeof req.body === "string" ? req.body : undefined;
      raw = body ? JSON.parse(body) : undefined;
    }
  } catch {
    return null;
  }
  if (batch && raw !== undefined && (typeof raw !== "object" || raw === null)) return null;

  const config = router._def._config;
  const procedures = router._def.procedures as Record<string, AnyTRPCProcedure | undefined>;
  const calls: Call[] = [];
  let type: ProcedureType | undefined;
  for (const [index, path] of paths.entries()) {
    const procedure = Object.hasOwn(procedures, path) ? procedures[path] : undefined;
    if (!procedure) return null;
    const procType = procedure._def.type as ProcedureType | "subscription";
    if (procType === "subscription" || (type && procType !== type) || METHOD[procType] !== req.method) return null;
    type = procType;
    const encoded = batch ? (raw as Record<string, unknown> | undefined)?.[index] : raw;
    let input: unknown;
    try {
      input = encoded === undefined ? undefined : config.transformer.input.deserialize(encoded);
    } catch {
      return null;
    }
    calls.push({ path, procedure, input });
  }
  if (!type) return null;
  return { calls, batch, type };
}

/** A procedure result that only the streaming protocol can carry (promises or async iterables inside). */
function isStreamLike(value: unknown): boolean {
  if (typeof value !== "object" || value === null) return false;
  if (Symbol.asyncIterator in value) return true;
  return Object.values(value).some(
    (v) => v instanceof Promise || (typeof v === "object" && v !== null && Symbol.asyncIterator in v),
  );
}

export async function registerTrpc<TRouter extends AnyTRPCRouter>(
  app: FastifyInstance,
  opts: TrpcHttpOptions<TRouter>,
): Promise<void> {
  const { router } = opts;
  const config = router._def._config;

  const library = (req: FastifyRequest, reply: FastifyReply, path: string) => {
    opts.trace?.("library");
    return fastifyRequestHandler({
      router,
      req,
      res: reply,
      path,
      maxBatchSize: opts.maxBatchSize,
      createContext: ({ req, res }) => opts.createContext(req, res),
      onError: ({ error, path, type, req }) => opts.onError?.({ error, path, type, req }),
    });
  };

  await app.register(async (scope) => {
    // Bodies reach tRPC as text (as its own plugin arranges), so that both paths parse them the same way.
    scope.removeContentTypeParser("application/json");
    scope.addContentTypeParser("application/json", { parseAs: "string" }, (_req, body, done) => done(null, body));
    scope.removeContentTypeParser("multipart/form-data");
    scope.addContentTypeParser("multipart/form-data", {}, (_req, body, done) => done(null, body));

    scope.all<{ Params: { path: string }; Querystring: Record<string, string | undefined> }>(
      `${opts.prefix}/:path`,
      async (req, reply) => {
        const work = opts.libraryOnly ? null : plan(router, req, opts.maxBatchSize);
        if (!work) return library(req, reply, req.params.path);

        let ctx: unknown;
        try {
          ctx = await opts.createContext(req, reply);
        } catch {
          // A context that cannot be made is reported the library's way (one error for the whole request).
          return library(req, reply, req.params.path);
        }
        opts.trace?.("direct");

        const outcomes = await Promise.all(
          work.calls.map(async (call, batchIndex) => {
            try {
              const data: unknown = await call.procedure({
                path: call.path,
                getRawInput: async () => call.input,
                ctx,
                type: work.type,
                signal: undefined,
                batchIndex,
              });
              if (isStreamLike(data)) {
                throw new TRPCError({
                  code: "UNSUPPORTED_MEDIA_TYPE",
                  message: "Cannot use stream-like response in non-streaming request - use httpBatchStreamLink",
                });
              }
              return { result: { data } } as const;
            } catch (cause) {
              const error = getTRPCErrorFromUnknown(cause);
              opts.onError?.({ error, path: call.path, type: work.type, req });
              const shape = getErrorShape({ config, ctx, error, input: call.input, path: call.path, type: work.type });
              return { error: shape, cause: error } as const;
            }
          }),
        );

        const json = outcomes.map((o) => ("error" in o ? { error: o.error } : o));
        const errors = outcomes.map((o) => ("error" in o ? o.cause : undefined));
        const body = work.batch ? json : json[0]!;
        const status = getHTTPStatusCode(body as never, errors as never);
        return reply
          .code(status)
          .header("vary", "trpc-accept, accept")
          .header("content-type", "application/json")
          .send(Buffer.from(JSON.stringify(transformTRPCResponse(config, body as never))));
      },
    );
  });
}
