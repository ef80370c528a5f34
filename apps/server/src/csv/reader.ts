// Reads an uploaded CSV file as a stream: bytes → text → physical lines → records → fields, with bounded memory
// whatever the file's size, and a line-accurate verdict on every malformed record.
//
// Why not one csv-parse stream over the whole body: an unbalanced quote makes csv-parse read every following line
// as part of one quoted value, so a single stray quote would swallow (or reject) the rest of the file. Here records
// are first delimited by quote parity, which is exactly how csv-parse delimits them whenever the file is valid CSV;
// when a record that spans several lines turns out not to be valid (the quote never closes, or the result does not
// have the header's shape), only its first line is rejected and reading resumes on the next line. csv-parse still
// parses the fields, a batch of records per call.

import { TextDecoder } from "node:util";
import { parse } from "csv-parse/sync";

/** The file as a whole cannot be imported: the route answers with `status` and the message. */
export class CsvFileError extends Error {
  constructor(
    readonly status: 400 | 413 | 415,
    message: string,
  ) {
    super(message);
    this.name = "CsvFileError";
  }
}

/** A record of the file (after the header): its first physical line (1 = the header line) and its values. */
export type CsvItem = { ok: true; line: number; fields: string[] } | { ok: false; line: number; message: string };

export interface OpenCsvOptions {
  /** The charset parameter of the Content-Type header; sniffed from the first bytes when absent. */
  charset?: string;
  /** Bytes accepted before the upload is refused with 413. */
  maxBytes: number;
  /** The longest record accepted, in characters (a quoted value may span lines). */
  maxRecordChars?: number;
  /** Records parsed per csv-parse call, and per batch handed out. */
  batchSize?: number;
}

export interface CsvReader {
  /** The column names from the first non-blank line, trimmed. */
  header: string[];
  delimiter: string;
  /** The character encoding the text was read with. */
  encoding: string;
  /** The records after the header, in file order, a batch at a time. Blank records are skipped. */
  batches(): AsyncGenerator<CsvItem[]>;
}

/** Comfortably above the largest valid contact (notes alone may hold 20,000 characters, quotes doubled). */
export const DEFAULT_MAX_RECORD_CHARS = 256 * 1024;
const DEFAULT_BATCH = 500;
const SNIFF_BYTES = 64 * 1024;

interface Line {
  line: number;
  text: string;
  /** The line break that ended it ("" at the end of the file): kept inside quoted values spanning lines. */
  eol: string;
  tooLong?: true;
}

// Bytes to text ---------------------------------------------------------------------------------------------------

/**
 * The encoding of a file sent without a charset: a byte-order mark decides; otherwise UTF-8 when the first bytes are
 * valid UTF-8, else Windows-1252 (what Excel's plain "CSV" format writes on Western-language Windows).
 */
function sniffEncoding(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return "utf-8";
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes, { stream: true });
    return "utf-8";
  } catch {
    return "windows-1252";
  }
}

async function* decode(
  source: AsyncIterable<Uint8Array | string>,
  opts: OpenCsvOptions,
  found: { encoding: string },
): AsyncGenerator<string> {
  let decoder: TextDecoder | undefined;
  if (opts.charset) {
    try {
      decoder = new TextDecoder(opts.charset);
    } catch {
      throw new CsvFileError(415, `The character set "${opts.charset}" is not supported. Save the file as UTF-8.`);
    }
    found.encoding = decoder.encoding;
  }
  let total = 0;
  // Without a declared charset, the encoding is sniffed from the first 64 KiB, not from whatever small first chunk
  // the network delivers.
  let sniff: Uint8Array[] = [];
  let sniffed = 0;
  const iterator = source[Symbol.asyncIterator]();
  for (;;) {
    let step: IteratorResult<Uint8Array | string>;
    try {
      step = await iterator.next();
    } catch {
      // The client went away or the connection broke mid-upload: bad input, not a server fault.
      throw new CsvFileError(400, "The upload was interrupted before the whole file arrived.");
    }
    if (step.done) break;
    const bytes = typeof step.value === "string" ? Buffer.from(step.value) : step.value;
    total += bytes.byteLength;
    if (total > opts.maxBytes) throw new CsvFileError(413, `The file is larger than ${formatSize(opts.maxBytes)}.`);
    if (!decoder) {
      sniff.push(bytes);
      sniffed += bytes.byteLength;
      if (sniffed < SNIFF_BYTES) continue;
      const head = Buffer.concat(sniff);
      sniff = [];
      decoder = new TextDecoder(sniffEncoding(head));
      found.encoding = decoder.encoding;
      const text = decoder.decode(head, { stream: true });
      if (text) yield text;
      continue;
    }
    const text = decoder.decode(bytes, { stream: true });
    if (text) yield text;
  }
  if (!decoder) {
    const head = Buffer.concat(sniff);
    decoder = new TextDecoder(sniffEncoding(head));
    found.encoding = decoder.encoding;
    const text = decoder.decode(head, { stream: true });
    if (text) yield text;
  }
  const rest = decoder.decode();
  if (rest) yield rest;
}

function formatSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.floor(bytes / 1024 / 1024)} MiB` : `${Math.floor(bytes / 1024)} KiB`;
}

// Text to physical lines ------------------------------------------------------------------------------------------

/** Splits on CRLF, LF and lone CR (old Mac spreadsheets), across chunk boundaries; numbers lines from 1. */
async function* splitLines(texts: AsyncIterable<string>, maxChars: number): AsyncGenerator<Line[]> {
  const BREAK = /[\r\n]/g;
  let carry = "";
  let carryTooLong = false;
  let lineNo = 1;
  let afterCR = false;
  let lastLine: Line | undefined;
  for await (const text of texts) {
    const out: Line[] = [];
    let start = 0;
    if (afterCR) {
      // A CR ended the previous chunk: an LF starting this one belongs to the same line break; without one, the
      // break was a lone CR.
      if (text[0] === "\n") start = 1;
      else if (lastLine) lastLine.eol = "\r";
      afterCR = false;
    }
    BREAK.lastIndex = start;
    for (let m = BREAK.exec(text); m; m = BREAK.exec(text)) {
      const i = m.index;
      const piece = text.slice(start, i);
      // A CR at the end of a chunk is taken as CRLF when the next chunk starts with LF (see afterCR).
      const crlf = text[i] === "\r" && (text[i + 1] === "\n" || i + 1 === text.length);
      const eol = crlf ? "\r\n" : text[i]!;
      if (carryTooLong || carry.length + piece.length > maxChars)
        out.push({ line: lineNo, text: "", eol, tooLong: true });
      else out.push({ line: lineNo, text: carry ? carry + piece : piece, eol });
      carry = "";
      carryTooLong = false;
      lineNo++;
      if (text[i] === "\r" && i + 1 === text.length) afterCR = true;
      start = text[i] === "\r" && text[i + 1] === "\n" ? i + 2 : i + 1;
      BREAK.lastIndex = start;
    }
    if (!carryTooLong) {
      carry += text.slice(start);
      // A line without end is not kept whole in memory: it is reported as too long once its break arrives.
      if (carry.length > maxChars) {
        carry = "";
        carryTooLong = true;
      }
    }
    if (out.length) {
      lastLine = out[out.length - 1];
      yield out;
    }
  }
  if (carryTooLong) yield [{ line: lineNo, text: "", eol: "", tooLong: true }];
  else if (carry) yield [{ line: lineNo, text: carry, eol: "" }];
}

/** Lines in order, with the ability to put lines back in front (to read them again after a false start). */
class LineQueue {
  private buf: Line[] = [];
  private head = 0;
  private done = false;
  constructor(private readonly source: AsyncIterator<Line[]>) {}

  async next(): Promise<Line | undefined> {
    while (this.head >= this.buf.length) {
      if (this.done) return undefined;
      const step = await this.source.next();
      if (step.done) {
        this.done = true;
        return undefined;
      }
      this.buf = step.value;
      this.head = 0;
    }
    return this.buf[this.head++];
  }

  unshift(lines: Line[]): void {
    if (lines.length === 0) return;
    this.buf = lines.concat(this.buf.slice(this.head));
    this.head = 0;
  }
}

// Lines to records ------------------------------------------------------------------------------------------------

type Piece =
  | { kind: "record"; line: number; lines: Line[]; text: string }
  | { kind: "problem"; line: number; lines: Line[]; message: string };

const BLANK = /^\s*$/;
const BINARY = "This line holds binary data, not text.";

function oddQuotes(text: string): boolean {
  let n = 0;
  for (let i = text.indexOf('"'); i !== -1; i = text.indexOf('"', i + 1)) n++;
  return n % 2 === 1;
}

/**
 * The next record's lines: one line, or more while a quoted value is open. A quote still open at the end of the
 * file, or after `maxChars`, rejects the first line alone; the lines after it are read again.
 */
async function nextPiece(queue: LineQueue, maxChars: number, delimiter: string): Promise<Piece | undefined> {
  let first: Line | undefined;
  do {
    first = await queue.next();
    if (!first) return undefined;
  } while (!first.tooLong && BLANK.test(first.text));
  if (first.tooLong) {
    return {
      kind: "problem",
      line: first.line,
      lines: [first],
      message: `This line is longer than ${maxChars} characters.`,
    };
  }
  const lines = [first];
  let size = first.text.length;
  if (oddQuotes(first.text)) {
    for (;;) {
      const next = await queue.next();
      if (!next || next.tooLong || size + 1 + next.text.length > maxChars) {
        queue.unshift(next ? [...lines.slice(1), next] : lines.slice(1));
        return { kind: "problem", line: first.line, lines: [first], message: strayQuote(first.text, delimiter) };
      }
      lines.push(next);
      size += 1 + next.text.length;
      if (oddQuotes(next.text)) break;
    }
  }
  // Line breaks inside a quoted value are data: they are kept as written (CRLF stays CRLF).
  let text = first.text;
  for (let i = 1; i < lines.length; i++) text += lines[i - 1]!.eol + lines[i]!.text;
  if (text.includes("\u0000")) {
    return { kind: "problem", line: first.line, lines, message: BINARY };
  }
  return { kind: "record", line: first.line, lines, text };
}

// Records to fields -----------------------------------------------------------------------------------------------

const QUOTE_MESSAGES: Record<string, string> = {
  CSV_INVALID_CLOSING_QUOTE: "A quoted value must end with a quote followed by the delimiter or the end of the line.",
  INVALID_OPENING_QUOTE: 'A value contains a quote: put the whole value in quotes and write the quote twice ("").',
  CSV_QUOTE_NOT_CLOSED: "A quote opened on this line is never closed.",
};

function problemMessage(err: unknown): string {
  const code = (err as { code?: string }).code;
  return (code && QUOTE_MESSAGES[code]) ?? "This line could not be read as CSV.";
}

function parseOptions(delimiter: string) {
  // Records are already delimited (by "\n" only, see splitLines); columns are checked against the header here, not
  // by csv-parse, so that each line gets its own verdict.
  return { delimiter, record_delimiter: "\n", relax_column_count: true, skip_empty_lines: false, bom: false } as const;
}

function parseOne(text: string, delimiter: string): string[] | { message: string } {
  try {
    const rows = parse(text, parseOptions(delimiter)) as string[][];
    if (rows.length !== 1) return { message: "This line could not be read as CSV." };
    return rows[0]!;
  } catch (err) {
    return { message: problemMessage(err) };
  }
}

/** What is wrong with a line whose quotes do not pair up: csv-parse's verdict on the line alone. */
function strayQuote(line: string, delimiter: string): string {
  const alone = parseOne(line, delimiter);
  return Array.isArray(alone) ? QUOTE_MESSAGES.CSV_QUOTE_NOT_CLOSED! : alone.message;
}

/** Parses a batch in one csv-parse call; falls back to one call per record when the batch holds a bad one. */
function parseAll(texts: string[], delimiter: string): (string[] | { message: string })[] {
  if (texts.length === 0) return [];
  try {
    const rows = parse(texts.join("\n"), parseOptions(delimiter)) as string[][];
    // Valid CSV is delimited by quote parity exactly as the pieces were, so the counts match; checked all the same.
    if (rows.length === texts.length) return rows;
  } catch {
    // Some record is malformed: find which, one by one.
  }
  return texts.map((t) => parseOne(t, delimiter));
}

function detectDelimiter(line: string): string {
  const counts: Record<string, number> = { ",": 0, ";": 0, "\t": 0 };
  let quoted = false;
  for (const ch of line) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch in counts) counts[ch]!++;
  }
  let best = ",";
  for (const d of [";", "\t"]) if (counts[d]! > counts[best]!) best = d;
  return best;
}

export async function openCsv(source: AsyncIterable<Uint8Array | string>, opts: OpenCsvOptions): Promise<CsvReader> {
  const maxChars = opts.maxRecordChars ?? DEFAULT_MAX_RECORD_CHARS;
  const batchSize = opts.batchSize ?? DEFAULT_BATCH;
  const found = { encoding: "utf-8" };
  const queue = new LineQueue(splitLines(decode(source, opts, found), maxChars)[Symbol.asyncIterator]());

  // The delimiter is whichever of , ; tab occurs most in the header line (outside quotes). Excel's "sep=;" hint
  // line, when present, decides instead.
  let first: Line | undefined;
  do {
    first = await queue.next();
    if (!first) throw new CsvFileError(400, "The file is empty.");
  } while (!first.tooLong && BLANK.test(first.text));
  if (first.tooLong) throw new CsvFileError(400, "This is not a CSV file: its first line has no end.");
  const hint = /^sep=(.)$/i.exec(first.text.trim());
  const delimiter = hint ? hint[1]! : detectDelimiter(first.text);
  if (!hint) queue.unshift([first]);

  const headerPiece = await nextPiece(queue, maxChars, delimiter);
  if (!headerPiece) throw new CsvFileError(400, "The file has no column names.");
  if (headerPiece.kind === "problem") {
    throw new CsvFileError(
      400,
      headerPiece.message === BINARY
        ? "This is not a CSV text file."
        : `The first line (the column names) could not be read. ${headerPiece.message}`,
    );
  }
  const parsedHeader = parseOne(headerPiece.text, delimiter);
  if (!Array.isArray(parsedHeader)) {
    throw new CsvFileError(400, `The first line (the column names) could not be read. ${parsedHeader.message}`);
  }
  const header = parsedHeader.map((h) => h.trim());
  const width = header.length;

  /** Judges one parsed record against the header; undefined for a blank record (skipped silently). */
  function judge(piece: Piece & { kind: "record" }, fields: string[]): CsvItem | undefined {
    let values = fields;
    if (values.length > width) {
      // Trailing empty values (a delimiter at the end of each line) are harmless; other extra values mean the
      // columns have shifted, and guessing which one is extra could put data in the wrong field.
      if (values.slice(width).every((v) => v.trim() === "")) values = values.slice(0, width);
    }
    if (values.every((v) => v.trim() === "")) return undefined;
    if (values.length !== width) {
      return {
        ok: false,
        line: piece.line,
        message: `This line has ${values.length} values but the header has ${width} columns.`,
      };
    }
    return { ok: true, line: piece.line, fields: values };
  }

  async function* batches(): AsyncGenerator<CsvItem[]> {
    for (;;) {
      const pieces: Piece[] = [];
      while (pieces.length < batchSize) {
        const piece = await nextPiece(queue, maxChars, delimiter);
        if (!piece) break;
        pieces.push(piece);
      }
      if (pieces.length === 0) return;
      const records = pieces.filter((p): p is Piece & { kind: "record" } => p.kind === "record");
      const parsed = parseAll(
        records.map((r) => r.text),
        delimiter,
      );
      const items: CsvItem[] = [];
      let k = 0;
      for (let i = 0; i < pieces.length; i++) {
        const piece = pieces[i]!;
        if (piece.kind === "problem") {
          items.push({ ok: false, line: piece.line, message: piece.message });
          continue;
        }
        const result = parsed[k++]!;
        const item: CsvItem | undefined = Array.isArray(result)
          ? judge(piece, result)
          : { ok: false, line: piece.line, message: result.message };
        if (piece.lines.length > 1 && item?.ok === false) {
          // A record spanning lines that is not a valid record: most likely a stray quote on its first line
          // swallowed the lines after it. Reject that line alone and read the others again.
          items.push({ ok: false, line: piece.line, message: strayQuote(piece.lines[0]!.text, delimiter) });
          const again = piece.lines.slice(1);
          for (const later of pieces.slice(i + 1)) again.push(...later.lines);
          queue.unshift(again);
          break;
        }
        if (item) items.push(item);
      }
      if (items.length) yield items;
    }
  }

  return { header, delimiter, encoding: found.encoding, batches };
}
