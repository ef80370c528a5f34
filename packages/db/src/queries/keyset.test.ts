import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { contact } from "../schema";
import type { TenantTx } from "../tenant";
import { decodeCursor, encodeCursor, finishPage, InvalidCursorError, type Keyset } from "./keyset";
import { escapeLike } from "./shared";

const keyset: Keyset = {
  tag: "test.name",
  table: contact,
  parts: [
    { expr: sql`lower(${contact.lastName})`, kind: "text" },
    { expr: sql`${contact.createdAt}`, kind: "timestamp" },
    { expr: sql`${contact.id}`, kind: "uuid" },
  ],
};
const id = "0195f5e0-0000-7000-8000-000000000001";
// Cursors that carry their values never touch the database.
const noDb = {} as TenantTx;

describe("keyset cursors", () => {
  it("round-trip the key of the last row kept", async () => {
    const rows = [1, 2, 3].map((n) => ({
      id: `${n}`,
      _key: JSON.stringify([`name ${n}`, "2026-01-01T00:00:00.123456Z", id]),
    }));
    const page = finishPage(keyset, rows, 2);
    expect(page.items).toEqual([{ id: "1" }, { id: "2" }]);
    expect(await decodeCursor(noDb, keyset, page.nextCursor!)).toEqual(["name 2", "2026-01-01T00:00:00.123456Z", id]);
    expect(finishPage(keyset, rows, 3).nextCursor).toBeNull();
  });

  it("refuse cursors of another sort, of the wrong shape or with values of the wrong kind", async () => {
    for (const bad of [
      "not base64 json",
      encodeCursor("other.sort", ["a", "2026-01-01T00:00:00Z", id]),
      encodeCursor("test.name", ["a", id]),
      encodeCursor("test.name", ["a", "yesterday", id]),
      encodeCursor("test.name", ["a", "2026-01-01T00:00:00Z", "1; drop table contact"]),
      Buffer.from(JSON.stringify(["test.name", 1, 2, 3])).toString("base64url"),
    ]) {
      await expect(decodeCursor(noDb, keyset, bad)).rejects.toBeInstanceOf(InvalidCursorError);
    }
  });
});

describe("search terms", () => {
  it("escape LIKE wildcards and the escape character", () => {
    expect(escapeLike("100%_a\\b")).toBe("100\\%\\_a\\\\b");
  });
});
