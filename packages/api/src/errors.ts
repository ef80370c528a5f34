import { TRPCError } from "@trpc/server";
import type { TRPC_ERROR_CODE_KEY } from "@trpc/server/rpc";

/** Errors services throw on purpose. Each maps to one tRPC code; their messages are safe to show. */
export class ServiceError extends Error {
  readonly code: TRPC_ERROR_CODE_KEY = "BAD_REQUEST";
  /** Field path → reasons, for errors about specific input fields. */
  readonly fieldErrors?: Record<string, string[]>;
  constructor(message: string, fieldErrors?: Record<string, string[]>) {
    super(message);
    this.name = new.target.name;
    this.fieldErrors = fieldErrors;
  }
}
export class ValidationError extends ServiceError {
  override readonly code = "BAD_REQUEST" as const;
}
export class UnauthorizedError extends ServiceError {
  override readonly code = "UNAUTHORIZED" as const;
}
export class ForbiddenError extends ServiceError {
  override readonly code = "FORBIDDEN" as const;
}
export class NotFoundError extends ServiceError {
  override readonly code = "NOT_FOUND" as const;
}
export class ConflictError extends ServiceError {
  override readonly code = "CONFLICT" as const;
}
export class RateLimitedError extends ServiceError {
  override readonly code = "TOO_MANY_REQUESTS" as const;
}

/** The Postgres error behind a Drizzle "Failed query" wrapper, if any. */
function pgError(err: unknown): { code?: string; constraint_name?: string; constraint?: string } | undefined {
  let e = err as { code?: unknown; cause?: unknown } | undefined;
  for (let depth = 0; e && depth < 4; depth++) {
    if (typeof e.code === "string" && /^[0-9A-Z]{5}$/.test(e.code)) return e as { code: string };
    e = e.cause as typeof e;
  }
  return undefined;
}

/**
 * The one mapping from anything a procedure throws to what a client may see. Service errors keep their message;
 * database constraint failures become 4xx with a generic message; everything else is an opaque 500 — never a stack
 * trace or SQL text. `expected` tells the caller whether to log it as an error.
 */
export function toTRPCError(err: unknown): { error: TRPCError; expected: boolean } {
  if (err instanceof TRPCError) return { error: err, expected: err.code !== "INTERNAL_SERVER_ERROR" };
  if (err instanceof ServiceError) {
    return { error: new TRPCError({ code: err.code, message: err.message, cause: err }), expected: true };
  }
  const pg = pgError(err);
  switch (pg?.code) {
    case "23505":
      return { error: new TRPCError({ code: "CONFLICT", message: "This already exists." }), expected: true };
    case "23503":
      return {
        error: new TRPCError({
          code: "CONFLICT",
          message: "This refers to something that does not exist or is still in use.",
        }),
        expected: true,
      };
    case "23514":
    case "22P02":
    case "22001":
    case "22007":
    case "22008":
      return { error: new TRPCError({ code: "BAD_REQUEST", message: "A value is not valid." }), expected: true };
    case "42501":
      // Row-level security refused a write: the row belongs to another tenant, which the caller must not learn.
      return { error: new TRPCError({ code: "NOT_FOUND", message: "Not found." }), expected: true };
  }
  return {
    error: new TRPCError({ code: "INTERNAL_SERVER_ERROR", message: "Something went wrong on our side." }),
    expected: false,
  };
}
