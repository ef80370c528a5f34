import type { FastifyInstance } from "fastify";
import type { RouteOptions } from "./context";

/** CSV import and export routes (F3). */
export async function registerCsvRoutes(_app: FastifyInstance, _opts: RouteOptions): Promise<void> {}
