import { type SQL, sql } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import { rows } from "../sql";
import type { TenantTx } from "../tenant";

// Keyset pagination (never OFFSET: page 5,000 must cost what page 1 costs). A list orders by a few key expressions
// ending with the row id, and the cursor is the last row's key, so the next page starts with `(keys) > (cursor)`.
// The cursor is opaque to clients: base64url of JSON `[tag, ...key values]`. The tag names the sort and direction
// it belongs to, so a cursor taken from one ordering is refused by another instead of silently skipping rows.
// Cursors must fit the 500 characters the list inputs accept: when the key values are too long (a 200-character name
// in a non-Latin script), the cursor carries only the row id and the key is read back from that row.

/** How a key value is carried in a cursor (always as text) and cast back when compared. */
export type KeyKind = "text" | "timestamp" | "uuid" | "numeric";

export interface KeyPart {
  /** The SQL expression the list orders by; an index should lead with it. */
  expr: SQL;
  kind: KeyKind;
}

/** An ordering: key parts (the last one must be unique, the id) and the tag its cursors carry. */
export interface Keyset {
  tag: string;
  /** The table the key expressions read (for cursors that carry only the row id). */
  table: PgTable;
  parts: readonly KeyPart[];
}

/** Cursor length beyond which only the row id is carried (list inputs accept at most 500 characters). */
const MAX_CURSOR = 480;
const BY_ID = "@id";

export type Direction = "asc" | "desc";

/** A cursor that is malformed or belongs to another sort. The API turns it into a field error on `cursor`. */
export class InvalidCursorError extends Error {
  constructor() {
    super("This page link is no longer valid.");
    this.name = "InvalidCursorError";
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?Z$/;
const NUMERIC = /^-?\d{1,20}(\.\d{1,10})?$/;
const valid: Record<KeyKind, (v: string) => boolean> = {
  text: (v) => v.length <= 2000,
  timestamp: (v) => TIMESTAMP.test(v),
  uuid: (v) => UUID.test(v),
  numeric: (v) => NUMERIC.test(v),
};

export function encodeCursor(tag: string, values: readonly string[]): string {
  return Buffer.from(JSON.stringify([tag, ...values]), "utf8").toString("base64url");
}

/** The key values of a cursor for `keyset`; throws InvalidCursorError for anything else. */
export async function decodeCursor(tx: TenantTx, keyset: Keyset, cursor: string): Promise<string[]> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    throw new InvalidCursorError();
  }
  if (!Array.isArray(parsed)) throw new InvalidCursorError();
  if (
    parsed[0] === keyset.tag + BY_ID &&
    parsed.length === 2 &&
    typeof parsed[1] === "string" &&
    UUID.test(parsed[1])
  ) {
    const [row] = await rows<{ key: string }>(
      tx,
      sql`select ${keyText(keyset)} as key from ${keyset.table} where id = ${parsed[1]}::uuid`,
    );
    // The row was deleted since: its position is gone, so the caller starts over rather than skip or repeat rows.
    if (!row) throw new InvalidCursorError();
    return JSON.parse(row.key) as string[];
  }
  if (parsed[0] !== keyset.tag || parsed.length !== keyset.parts.length + 1) throw new InvalidCursorError();
  const values = parsed.slice(1);
  keyset.parts.forEach((part, i) => {
    const v = values[i];
    if (typeof v !== "string" || !valid[part.kind](v)) throw new InvalidCursorError();
  });
  return values as string[];
}

const cast = (value: string, kind: KeyKind): SQL => {
  switch (kind) {
    case "timestamp":
      return sql`${value}::timestamptz`;
    case "uuid":
      return sql`${value}::uuid`;
    case "numeric":
      return sql`${value}::numeric`;
    default:
      return sql`${value}::text`;
  }
};

/** A key expression as cursor text; timestamps keep their microseconds (a JS Date would drop them and skip rows). */
const asText = (part: KeyPart): SQL =>
  part.kind === "timestamp"
    ? sql`to_char(${part.expr} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`
    : sql`(${part.expr})::text`;

const keyText = (keyset: Keyset) => sql<string>`json_build_array(${sql.join(keyset.parts.map(asText), sql`, `)})::text`;

/**
 * The SQL pieces of one page: `where` continues after the cursor (undefined on the first page), `orderBy` follows
 * the keyset in `direction` (every part the same way, so a row comparison and one index serve it), `key` is a
 * column to select so that the page's last row yields the next cursor, and `keyset` goes to `finishPage`.
 */
export async function keysetPage(
  tx: TenantTx,
  keyset: Keyset,
  direction: Direction,
  cursor: string | null | undefined,
) {
  // The direction is part of the tag: a cursor taken while sorting one way is refused the other way.
  const tagged: Keyset = { ...keyset, tag: `${keyset.tag}.${direction}` };
  const exprs = sql.join(
    keyset.parts.map((p) => p.expr),
    sql`, `,
  );
  let where: SQL | undefined;
  if (cursor) {
    const values = await decodeCursor(tx, tagged, cursor);
    const after = sql.join(
      keyset.parts.map((p, i) => cast(values[i]!, p.kind)),
      sql`, `,
    );
    where = direction === "asc" ? sql`(${exprs}) > (${after})` : sql`(${exprs}) < (${after})`;
  }
  const orderBy = keyset.parts.map((p) => (direction === "asc" ? sql`${p.expr} asc` : sql`${p.expr} desc`));
  return { where, orderBy, key: keyText(keyset), keyset: tagged };
}

/**
 * Cuts the `limit + 1` rows a page query fetched down to `limit` and derives the next cursor from the last row kept
 * (a next page exists exactly when the extra row came back). Removes the `_key` column from the items.
 */
export function finishPage<T extends { _key: string }>(
  keyset: Keyset,
  fetched: T[],
  limit: number,
): { items: Omit<T, "_key">[]; nextCursor: string | null } {
  const kept = fetched.slice(0, limit);
  const last = kept[kept.length - 1];
  let nextCursor: string | null = null;
  if (fetched.length > limit && last) {
    const values = JSON.parse(last._key) as string[];
    nextCursor = encodeCursor(keyset.tag, values);
    if (nextCursor.length > MAX_CURSOR) nextCursor = encodeCursor(keyset.tag + BY_ID, [values[values.length - 1]!]);
  }
  // The rows are the driver's own fresh objects: the key column is deleted in place (`_key` is the last column, which
  // V8 removes cheaply), where `({ _key, ...item })` would copy every row at many times the cost.
  for (const row of kept) delete (row as Partial<T>)._key;
  return { items: kept as Omit<T, "_key">[], nextCursor };
}
