import { TRPCClientError } from "@trpc/client";
import { describe, expect, it } from "vitest";
import { errorCode, toErrorDisplay } from "./errors";

/** What @trpc/client throws for an error response, built the way the client itself builds it. */
function apiError(code: string, message: string, fieldErrors?: Record<string, unknown>) {
  return TRPCClientError.from({
    error: { code: -32600, message, data: { code, httpStatus: 400, path: "auth.signUp", fieldErrors } },
  });
}

describe("toErrorDisplay", () => {
  it("keeps the API's user-facing message and its code", () => {
    const display = toErrorDisplay(apiError("UNAUTHORIZED", "Email or password is incorrect."));
    expect(display).toEqual({ code: "UNAUTHORIZED", message: "Email or password is incorrect.", fieldErrors: {} });
  });

  it("passes field errors through, keyed by field path", () => {
    const display = toErrorDisplay(
      apiError("BAD_REQUEST", "Some fields are not valid.", {
        password: ["Use at least 12 characters."],
        "interests.0": ["Choose from the listed interests."],
      }),
    );
    expect(display.code).toBe("BAD_REQUEST");
    expect(display.fieldErrors).toEqual({
      password: ["Use at least 12 characters."],
      "interests.0": ["Choose from the listed interests."],
    });
  });

  it("drops field errors that are not lists of text", () => {
    const display = toErrorDisplay(
      apiError("BAD_REQUEST", "x", { email: "Enter a valid email address.", phone: [42, ""], name: null }),
    );
    expect(display.fieldErrors).toEqual({ email: ["Enter a valid email address."] });
  });

  it("falls back to a sentence per code when the API sent no message", () => {
    expect(toErrorDisplay(apiError("TOO_MANY_REQUESTS", "")).message).toBe(
      "Too many attempts. Wait a few minutes and try again.",
    );
    expect(toErrorDisplay(apiError("SOMETHING_NEW", " ")).message).toBe("Something went wrong. Try again.");
  });

  it("never shows a network failure's technical text", () => {
    for (const thrown of [
      new TypeError("Failed to fetch"),
      TRPCClientError.from(new SyntaxError("Unexpected token '<', \"<html>\" is not valid JSON")),
      "boom",
      undefined,
    ]) {
      const display = toErrorDisplay(thrown);
      expect(display.code).toBeUndefined();
      expect(display.message).toBe("We could not reach the server. Check your connection and try again.");
      expect(display.fieldErrors).toEqual({});
    }
  });
});

describe("errorCode", () => {
  it("reads the code of an API answer only", () => {
    expect(errorCode(apiError("CONFLICT", "A request is already open."))).toBe("CONFLICT");
    expect(errorCode(new Error("Failed to fetch"))).toBeUndefined();
  });
});
