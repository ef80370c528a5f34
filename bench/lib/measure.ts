// Timing and reporting helpers. Every comparison is measured in the same run as its baseline, so the ratios hold
// on any machine even when the absolute numbers do not.
import { gzipSync } from "node:zlib";

export interface Summary {
  n: number;
  p50: number;
  p99: number;
  mean: number;
  min: number;
  max: number;
}

/** Nearest-rank percentile of sorted samples. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}

export function summarize(samples: readonly number[]): Summary {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    n: sorted.length,
    p50: percentile(sorted, 50),
    p99: percentile(sorted, 99),
    mean: sorted.reduce((s, x) => s + x, 0) / Math.max(1, sorted.length),
    min: sorted[0] ?? Number.NaN,
    max: sorted[sorted.length - 1] ?? Number.NaN,
  };
}

/** Milliseconds taken by `fn`. */
export async function timed<T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = process.hrtime.bigint();
  const value = await fn();
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, value };
}

/**
 * Runs `a` and `b` alternately (after `warmup` rounds of each), swapping which goes first every round, so that
 * drift in the machine's load (other processes, GC, caches) hits both sides alike.
 */
export async function interleaved(
  rounds: number,
  warmup: number,
  a: () => Promise<unknown>,
  b: () => Promise<unknown>,
  /** Upper bound on the whole measurement: slow rounds (a deep OFFSET, a sequential scan) run fewer times. */
  budgetMs = 90_000,
): Promise<{ a: number[]; b: number[]; rounds: number }> {
  const probe = (await timed(a)).ms + (await timed(b)).ms;
  const affordable = Math.max(5, Math.floor(budgetMs / Math.max(probe, 0.001)));
  if (affordable < rounds + warmup) {
    warmup = Math.min(warmup, Math.max(1, Math.floor(affordable / 10)));
    rounds = Math.max(5, Math.min(rounds, affordable - warmup));
  }
  for (let i = 0; i < warmup; i++) {
    await a();
    await b();
  }
  const out = { a: [] as number[], b: [] as number[], rounds };
  for (let i = 0; i < rounds; i++) {
    if (i % 2 === 0) {
      out.a.push((await timed(a)).ms);
      out.b.push((await timed(b)).ms);
    } else {
      out.b.push((await timed(b)).ms);
      out.a.push((await timed(a)).ms);
    }
  }
  return out;
}

export type Verdict = "PASS" | "FAIL" | "INFO" | "SKIP";

export interface Check {
  name: string;
  measured: string;
  baseline?: string;
  ratio?: number;
  target?: string;
  verdict: Verdict;
  /** Raw numbers for the JSON report. */
  data?: Record<string, unknown>;
}

/** `value <= limit` as a verdict. */
export const atMost = (value: number, limit: number): Verdict =>
  Number.isFinite(value) ? (value <= limit ? "PASS" : "FAIL") : "FAIL";

export const ms = (v: number) => (v >= 100 ? `${v.toFixed(0)} ms` : `${v.toFixed(2)} ms`);
export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;

/** Gzipped size at level 6, the usual default of web servers and CDNs: every first-load JS number of part d. */
export const gz = (buf: Buffer | string) => gzipSync(buf, { level: 6 }).length;

export function printTable(checks: readonly Check[]): void {
  const head = ["check", "measured", "baseline", "ratio", "target", "result"];
  const body = checks.map((c) => [
    c.name,
    c.measured,
    c.baseline ?? "",
    c.ratio === undefined ? "" : `${c.ratio.toFixed(c.ratio < 0.1 ? 3 : 2)}×`,
    c.target ?? "",
    c.verdict,
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i]!))
      .join("  ")
      .trimEnd();
  console.log(line(head));
  console.log(widths.map((w) => "-".repeat(w)).join("  "));
  for (const r of body) console.log(line(r));
}
