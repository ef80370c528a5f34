import type { FastifyInstance } from "fastify";
import type { RouteOptions } from "./context";

/** Attachment upload and download routes (F3). */
export async function registerFileRoutes(_app: FastifyInstance, _opts: RouteOptions): Promise<void> {}
