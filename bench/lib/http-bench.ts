// a) contact.list through the real HTTP stack (Fastify, session cookie, tRPC, zod, superjson, Drizzle) against the
// same SQL through postgres.js behind a bare node:http server. "The same SQL" is taken literally: the statements the
// real request sends to Postgres are recorded once (postgres.js's debug hook) and the baseline replays exactly
// those, transactions included. The ratio is then the cost of the stack, not of the database.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { appRouter, createCallerFactory, createContext } from "@abante/api";
import { closeDb, createDb, migrate, schema } from "@abante/db";
import { BENCH, DEMO } from "@abante/db/seed";
import { eq } from "drizzle-orm";
import postgres from "postgres";
import superjson from "superjson";
import { buildServer } from "../../apps/server/src/app";
import { atMost, type Check, interleaved, ms, type Summary, summarize } from "./measure";

const APP_ROLE = "abante_app";

interface Response {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

/** A keep-alive HTTP/1.1 client with one socket, as a browser tab talks to one origin. 127.0.0.1 only. */
function client(port: number) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const send = (method: string, path: string, headers: Record<string, string> = {}, body?: string) =>
    new Promise<Response>((resolve, reject) => {
      const req = http.request({ host: "127.0.0.1", port, method, path, headers, agent }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
        );
        res.on("error", reject);
      });
      req.on("error", reject);
      req.end(body);
    });
  return { send, close: () => agent.destroy() };
}

interface Statement {
  text: string;
  params: unknown[];
}
type Step = { kind: "query"; statement: Statement } | { kind: "tx"; mode: string; statements: Statement[] };

/** Groups recorded statements into plain queries and transactions (begin … commit on one connection). */
export function replayPlan(recorded: readonly (Statement & { connection: number })[]): Step[] {
  const plan: Step[] = [];
  const open = new Map<number, Extract<Step, { kind: "tx" }>>();
  for (const r of recorded) {
    const head = r.text.trim().toLowerCase();
    const tx = open.get(r.connection);
    if (head.startsWith("begin")) {
      const step = { kind: "tx" as const, mode: r.text.trim().slice(5).trim(), statements: [] };
      open.set(r.connection, step);
      plan.push(step);
    } else if (tx && (head === "commit" || head === "rollback")) {
      open.delete(r.connection);
    } else if (tx) {
      tx.statements.push({ text: r.text, params: r.params });
    } else {
      plan.push({ kind: "query", statement: { text: r.text, params: r.params } });
    }
  }
  return plan;
}

/** Runs the plan; returns the largest result (the page of contacts). */
async function replay(pg: postgres.Sql, plan: readonly Step[]): Promise<readonly unknown[]> {
  let largest: readonly unknown[] = [];
  const keep = (rows: readonly unknown[]) => {
    if (rows.length >= largest.length) largest = rows;
  };
  for (const step of plan) {
    if (step.kind === "query") {
      keep(await pg.unsafe(step.statement.text, step.statement.params as never[]));
    } else {
      await pg.begin(step.mode, async (tx) => {
        for (const s of step.statements) keep(await tx.unsafe(s.text, s.params as never[]));
      });
    }
  }
  return largest;
}

export interface HttpBenchOptions {
  databaseUrl: string;
  rounds: number;
  warmup: number;
  log: (line: string) => void;
}

export async function benchHttp(o: HttpBenchOptions): Promise<{ checks: Check[]; data: Record<string, unknown> }> {
  const db = createDb({ url: o.databaseUrl, max: 10 });
  await migrate(db);
  // The global per-IP limit (1200/min) would throttle a benchmark's own loop: it is lifted here, nothing else is.
  const app = await buildServer({
    db,
    app: { version: "bench", startedAt: new Date() },
    rateLimitPerMinute: 10_000_000,
  });
  await app.listen({ host: "127.0.0.1", port: 0 });
  const port = (app.server.address() as AddressInfo).port;
  const api = client(port);
  // Diagnostic only: the same server with every tRPC request answered by tRPC's own Fastify handler (the server
  // answers plain JSON requests itself, apps/server/src/trpc-http.ts), to show what that saves.
  const libraryApp = await buildServer({
    db,
    app: { version: "bench", startedAt: new Date() },
    rateLimitPerMinute: 10_000_000,
    trpc: { libraryOnly: true },
  });
  await libraryApp.listen({ host: "127.0.0.1", port: 0 });
  const libraryApi = client((libraryApp.server.address() as AddressInfo).port);

  const pg = postgres(o.databaseUrl, {
    max: 10,
    onnotice: () => {},
    connection: { options: `-c role=${APP_ROLE}` },
  });
  let plan: Step[] = [];
  const bare = http.createServer((_req, res) => {
    replay(pg, plan).then(
      (rows) => {
        const body = JSON.stringify({ items: rows });
        res.writeHead(200, { "content-type": "application/json", "content-length": Buffer.byteLength(body) });
        res.end(body);
      },
      (err: unknown) => {
        res.writeHead(500).end(String(err));
      },
    );
  });
  await new Promise<void>((resolve) => bare.listen(0, "127.0.0.1", resolve));
  const baseline = client((bare.address() as AddressInfo).port);

  // Diagnostic only: the same procedure through tRPC's server-side caller behind bare node:http, i.e. the stack
  // without Fastify, its hooks, the session lookup and tRPC's HTTP adapter. It shows which layer the difference is in.
  const [demo] = await db
    .select({ id: schema.account.id })
    .from(schema.account)
    .where(eq(schema.account.email, DEMO.email));
  const createCaller = createCallerFactory(appRouter);
  const callerInput = { tenant: BENCH.tenantSlug, limit: 50, sort: "name" as const, direction: "asc" as const };
  const viaCaller = http.createServer((_req, res) => {
    const session = { sessionId: "bench", accountId: demo?.id ?? "", staffRole: null };
    createCaller(createContext({ db, session }))
      .contact.list(callerInput)
      .then(
        (page) => {
          const body = JSON.stringify({ result: { data: superjson.serialize(page) } });
          res.writeHead(200, { "content-type": "application/json", "content-length": Buffer.byteLength(body) });
          res.end(body);
        },
        (err: unknown) => res.writeHead(500).end(String(err)),
      );
  });
  await new Promise<void>((resolve) => viaCaller.listen(0, "127.0.0.1", resolve));
  const caller = client((viaCaller.address() as AddressInfo).port);

  try {
    // Sign in like the CRM does: a same-origin POST, then the session cookie on every request.
    const signIn = await api.send(
      "POST",
      "/trpc/auth.signIn",
      { "content-type": "application/json", origin: `http://127.0.0.1:${port}` },
      JSON.stringify(superjson.serialize({ email: DEMO.email, password: DEMO.password })),
    );
    if (signIn.status !== 200) {
      throw new Error(`sign-in as ${DEMO.email} failed (${signIn.status}): ${signIn.body.toString().slice(0, 300)}`);
    }
    const setCookie = signIn.headers["set-cookie"] ?? [];
    const cookie = setCookie.map((c) => c.split(";")[0]).join("; ");
    if (!cookie) throw new Error("sign-in returned no session cookie");

    // The request the CRM's contact list sends (httpBatchLink: a batch of one, by GET).
    const input = { tenant: BENCH.tenantSlug, limit: 50, sort: "name", direction: "asc" };
    const listPath = `/trpc/contact.list?batch=1&input=${encodeURIComponent(JSON.stringify({ 0: superjson.serialize(input) }))}`;
    const list = () => api.send("GET", listPath, { cookie });

    const first = await list();
    if (first.status !== 200) {
      throw new Error(`contact.list answered ${first.status}: ${first.body.toString().slice(0, 300)}`);
    }
    const [parsed] = JSON.parse(first.body.toString()) as {
      result: { data: Parameters<typeof superjson.deserialize>[0] };
    }[];
    const page = superjson.deserialize<{ items: unknown[]; nextCursor: string | null }>(parsed!.result.data);
    if (page.items.length !== 50 || !page.nextCursor) {
      throw new Error(`contact.list returned ${page.items.length} items: is the benchmark tenant seeded?`);
    }

    // Record the statements of one warm request.
    const pool = (db as unknown as { $client: postgres.Sql }).$client;
    const recorded: (Statement & { connection: number })[] = [];
    pool.options.debug = (connection, text, params) => {
      // The request log's batched insert runs off the request path (once a second, on its own connection): it is
      // not part of the request's SQL, and replaying it would write log rows on every baseline request.
      if (/^\s*insert into "?request_log"?/i.test(text)) return;
      recorded.push({ connection, text, params: [...params] });
    };
    try {
      if ((await list()).status !== 200) throw new Error("contact.list failed while recording");
    } finally {
      pool.options.debug = false;
    }
    plan = replayPlan(recorded);
    const check = await baseline.send("GET", "/");
    const replayed = (JSON.parse(check.body.toString()) as { items: unknown[] }).items;
    if (check.status !== 200 || replayed.length !== 51) {
      throw new Error(`the replayed SQL returned ${replayed.length} rows (status ${check.status}), expected 51`);
    }
    o.log(`  recorded ${recorded.length} statements of one contact.list request:`);
    for (const r of recorded) o.log(`    [conn ${r.connection}] ${r.text.replace(/\s+/g, " ").slice(0, 110)}`);

    o.log(`  measuring ${o.rounds} requests each (after ${o.warmup} warm-up), interleaved …`);
    // Each side against the baseline, alternately; both must answer 200. Never shortened by the time budget: both
    // sides are fast, and p99 needs the samples.
    const againstBaseline = (what: string, send: () => Promise<Response>) =>
      interleaved(
        o.rounds,
        o.warmup,
        async () => {
          const r = await send();
          if (r.status !== 200) throw new Error(`${what} answered ${r.status}: ${r.body.toString().slice(0, 300)}`);
        },
        async () => {
          const r = await baseline.send("GET", "/");
          if (r.status !== 200) throw new Error(`baseline answered ${r.status}: ${r.body.toString()}`);
        },
        Number.POSITIVE_INFINITY,
      );
    const samples = await againstBaseline("contact.list", list);
    const trpc = summarize(samples.a);
    const bareSummary = summarize(samples.b);
    const callerSamples = await againstBaseline("the caller server", () => caller.send("GET", "/"));
    const librarySamples = await againstBaseline("contact.list (tRPC's handler)", () =>
      libraryApi.send("GET", listPath, { cookie }),
    );
    const librarySummary = summarize(librarySamples.a);
    const libraryBare = summarize(librarySamples.b);
    const callerSummary = summarize(callerSamples.a);
    const callerBare = summarize(callerSamples.b);
    // CPU time of this process per request (client, server and driver alike): unlike latency it does not depend on
    // what else the machine is running, so it shows the stack's own cost when the latencies are noisy.
    const cpuPerRequest = async (fn: () => Promise<Response>) => {
      const n = Math.min(100, o.rounds);
      const before = process.cpuUsage();
      for (let i = 0; i < n; i++) await fn();
      const used = process.cpuUsage(before);
      return (used.user + used.system) / 1000 / n;
    };
    const cpu = { trpc: await cpuPerRequest(list), bare: await cpuPerRequest(() => baseline.send("GET", "/")) };
    const checks: Check[] = [
      httpCheck("contact.list p50 (HTTP tRPC vs bare)", trpc.p50, bareSummary.p50, 1.3),
      httpCheck("contact.list p99 (HTTP tRPC vs bare)", trpc.p99, bareSummary.p99, 1.5),
      {
        name: "contact.list p50 through tRPC's own Fastify handler (diagnostic)",
        measured: ms(librarySummary.p50),
        baseline: ms(libraryBare.p50),
        ratio: librarySummary.p50 / libraryBare.p50,
        verdict: "INFO",
      },
      {
        name: "contact.list p50 via tRPC's caller, no HTTP stack (diagnostic)",
        measured: ms(callerSummary.p50),
        baseline: ms(callerBare.p50),
        ratio: callerSummary.p50 / callerBare.p50,
        verdict: "INFO",
      },
      {
        name: "contact.list CPU per request in this process",
        measured: ms(cpu.trpc),
        baseline: ms(cpu.bare),
        ratio: cpu.trpc / cpu.bare,
        verdict: "INFO",
      },
    ];
    return {
      checks,
      data: {
        trpc,
        bare: bareSummary,
        caller: { caller: callerSummary, bare: callerBare },
        library: { trpc: librarySummary, bare: libraryBare },
        cpuMsPerRequest: cpu,
        statements: recorded.map((r) => r.text.replace(/\s+/g, " ")),
        responseBytes: { trpc: first.body.length, bare: check.body.length },
      },
    };
  } finally {
    api.close();
    libraryApi.close();
    baseline.close();
    caller.close();
    await new Promise((resolve) => viaCaller.close(resolve));
    await new Promise((resolve) => bare.close(resolve));
    await app.close();
    await libraryApp.close();
    await pg.end({ timeout: 5 });
    await closeDb(db);
  }
}

function httpCheck(name: string, value: number, base: number, limit: number): Check {
  const ratio = value / base;
  return {
    name,
    measured: ms(value),
    baseline: ms(base),
    ratio,
    target: `≤ ${limit}×`,
    verdict: atMost(ratio, limit),
  };
}

export type { Summary };
