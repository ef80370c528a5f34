/** What a form (or any action) shows for a failed call: one sentence, plus reasons keyed by field path. */
export interface ErrorDisplay {
  /** The tRPC error code when the API answered ("UNAUTHORIZED", "CONFLICT", …); undefined when it did not. */
  code: string | undefined;
  message: string;
  /** Field path ("password", "interests.0") → reasons. Empty when the error is about no field in particular. */
  fieldErrors: Record<string, string[]>;
}

const UNREACHABLE = "We could not reach the server. Check your connection and try again.";

// Used when the API gave no message of its own; its messages are written for users and always win.
const FALLBACKS: Record<string, string> = {
  BAD_REQUEST: "Some of the information is not valid.",
  UNAUTHORIZED: "Please sign in.",
  FORBIDDEN: "You are not allowed to do this.",
  NOT_FOUND: "This no longer exists.",
  CONFLICT: "This conflicts with something that already exists.",
  TOO_MANY_REQUESTS: "Too many attempts. Wait a few minutes and try again.",
  PAYLOAD_TOO_LARGE: "This is too large.",
  INTERNAL_SERVER_ERROR: "Something went wrong on our side. Try again in a moment.",
};

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null;

function cleanFieldErrors(raw: unknown): Record<string, string[]> {
  const result: Record<string, string[]> = {};
  if (!isRecord(raw)) return result;
  for (const [key, reasons] of Object.entries(raw)) {
    const list = (Array.isArray(reasons) ? reasons : [reasons]).filter(
      (r): r is string => typeof r === "string" && r !== "",
    );
    if (list.length > 0) result[key] = list;
  }
  return result;
}

/**
 * Turns whatever a call threw into what the page shows. A TRPCClientError whose `data` carries a code is an answer
 * from the API: its message is user-facing (the server's error formatter guarantees it) and its `fieldErrors` point
 * at inputs. Anything else — a failed fetch, an HTML error page from a proxy — means the API was not reached, and
 * its technical message (`Failed to fetch`, `Unexpected token <`) is not something to show a person.
 */
export function toErrorDisplay(error: unknown): ErrorDisplay {
  const data = isRecord(error) && isRecord(error.data) ? error.data : undefined;
  const code = typeof data?.code === "string" ? data.code : undefined;
  if (!code) return { code: undefined, message: UNREACHABLE, fieldErrors: {} };
  const own = error instanceof Error ? error.message.trim() : "";
  return {
    code,
    message: own || FALLBACKS[code] || "Something went wrong. Try again.",
    fieldErrors: cleanFieldErrors(data?.fieldErrors),
  };
}

/** The tRPC error code of an API answer, if `error` is one. */
export function errorCode(error: unknown): string | undefined {
  return toErrorDisplay(error).code;
}

/**
 * A refusal decided in the page, shaped like an API answer, so that createForm shows it under `field` exactly as it
 * shows the server's (for the few rules a shared schema leaves to the caller).
 */
export function fieldProblem(
  field: string,
  message: string,
): Error & { data: { code: string; fieldErrors: Record<string, string[]> } } {
  return Object.assign(new Error(message), { data: { code: "BAD_REQUEST", fieldErrors: { [field]: [message] } } });
}
