import type { FastifyInstance } from "fastify";

/** The default analytics script: Google's gtag.js (the measurement id is added as `?id=`). */
export const GTAG_SRC = "https://www.googletagmanager.com/gtag/js";

/** Where Google Analytics sends its hits (Google's published CSP for GA4). */
const GOOGLE_COLLECT = [
  "https://*.google-analytics.com",
  "https://*.analytics.google.com",
  "https://*.googletagmanager.com",
];

/**
 * Third-party analytics as the operator configured it at run time (ANALYTICS_GA_ID, ANALYTICS_SRC). The built site
 * carries no id: the consent banner asks `GET /api/analytics` for this only after the visitor opted in (P31).
 */
export interface AnalyticsSettings {
  /** Google Analytics measurement id, e.g. G-ABC123. */
  gaId: string;
  /** The script to load: gtag.js by default; a tag gateway or first-party proxy otherwise. */
  src: string;
}

export function analyticsSettings(env: {
  ANALYTICS_GA_ID?: string;
  ANALYTICS_SRC?: string;
}): AnalyticsSettings | undefined {
  if (!env.ANALYTICS_GA_ID) return undefined;
  return { gaId: env.ANALYTICS_GA_ID, src: env.ANALYTICS_SRC ?? GTAG_SRC };
}

/**
 * Content-Security-Policy sources analytics needs: none when it is not configured; otherwise the script's own
 * origin (and only that one) may run scripts, and it and Google's collection hosts may receive hits.
 */
export function analyticsCsp(settings: AnalyticsSettings | undefined): {
  scriptSrc: string[];
  imgSrc: string[];
  connectSrc: string[];
} {
  if (!settings) return { scriptSrc: [], imgSrc: [], connectSrc: [] };
  const origin = new URL(settings.src).origin;
  const hits = [...new Set([origin, ...GOOGLE_COLLECT])];
  return { scriptSrc: [origin], imgSrc: hits, connectSrc: hits };
}

/**
 * P31: `GET /api/analytics` tells the consent banner what to load once the visitor accepted analytics. A browser
 * sending Global Privacy Control (`Sec-GPC: 1`) is told there is nothing to load, whatever it recorded.
 */
export async function registerAnalyticsRoutes(
  app: FastifyInstance,
  opts: { analytics?: AnalyticsSettings },
): Promise<void> {
  app.get("/api/analytics", async (req, reply) => {
    const gpc = req.headers["sec-gpc"] === "1";
    reply.header("cache-control", "no-cache").header("vary", "Sec-GPC");
    return { analytics: opts.analytics && !gpc ? opts.analytics : null };
  });
}
