import { describe, expect, it } from "vitest";
import { NotFoundError, toTRPCError } from "./errors";

const wrapped = (code: string) =>
  Object.assign(new Error("Failed query: insert into secret_table"), { cause: { code } });

describe("toTRPCError", () => {
  it.each([
    ["23505", "CONFLICT"],
    ["23503", "CONFLICT"],
    ["23514", "BAD_REQUEST"],
    ["22P02", "BAD_REQUEST"],
    ["42501", "NOT_FOUND"],
  ])("maps Postgres %s to %s with a message free of SQL", (pg, code) => {
    const { error, expected } = toTRPCError(wrapped(pg));
    expect(error.code).toBe(code);
    expect(expected).toBe(true);
    expect(error.message).not.toContain("secret_table");
  });

  it("keeps a service error's message", () => {
    expect(toTRPCError(new NotFoundError("No such contact.")).error).toMatchObject({
      code: "NOT_FOUND",
      message: "No such contact.",
    });
  });

  it("turns anything else into an unexpected, opaque 500", () => {
    const { error, expected } = toTRPCError(new TypeError("cannot read x of undefined"));
    expect(expected).toBe(false);
    expect(error).toMatchObject({ code: "INTERNAL_SERVER_ERROR", message: "Something went wrong on our side." });
  });
});
