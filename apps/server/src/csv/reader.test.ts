import { describe, expect, it } from "vitest";
import { CsvFileError, type CsvItem, type OpenCsvOptions, openCsv } from "./reader";

/** The file in chunks of `chunk` bytes, so that every boundary case (CR|LF, split UTF-8) comes up. */
async function* chunks(data: string | Uint8Array, chunk: number) {
  const bytes = typeof data === "string" ? Buffer.from(data) : data;
  for (let i = 0; i < bytes.length; i += chunk) yield bytes.subarray(i, i + chunk);
}

async function read(data: string | Uint8Array, opts: Partial<OpenCsvOptions> & { chunk?: number } = {}) {
  const csv = await openCsv(chunks(data, opts.chunk ?? 5), { maxBytes: 1024 * 1024, batchSize: 3, ...opts });
  const items: CsvItem[] = [];
  for await (const batch of csv.batches()) items.push(...batch);
  return { header: csv.header, delimiter: csv.delimiter, encoding: csv.encoding, items };
}

async function refusal(data: string | Uint8Array, opts: Partial<OpenCsvOptions> = {}) {
  try {
    await read(data, opts);
  } catch (err) {
    if (err instanceof CsvFileError) return { status: err.status, message: err.message };
    throw err;
  }
  throw new Error("the file was accepted");
}

describe("CSV reader", () => {
  it("skips the byte-order mark, handles CRLF, quotes and blank lines, and numbers lines from the header", async () => {
    const r = await read('\ufefffirst_name,last_name\r\nAnn,Lee\r\n\r\n"Bob","Smith, Jr"\r\n"Cid ""C""",Roe');
    expect(r.header).toEqual(["first_name", "last_name"]);
    expect(r.items).toEqual([
      { ok: true, line: 2, fields: ["Ann", "Lee"] },
      { ok: true, line: 4, fields: ["Bob", "Smith, Jr"] },
      { ok: true, line: 5, fields: ['Cid "C"', "Roe"] },
    ]);
  });

  it("keeps a quoted value that spans lines, and reports the line the record starts on", async () => {
    const r = await read('a,b\n1,"one\ntwo\n\nthree"\n2,x\n');
    expect(r.items).toEqual([
      { ok: true, line: 2, fields: ["1", "one\ntwo\n\nthree"] },
      { ok: true, line: 6, fields: ["2", "x"] },
    ]);
  });

  it("detects , ; and tab from the header line, and honours Excel's sep= line", async () => {
    expect((await read("a;b;c\n1;2,5;3\n")).items).toEqual([{ ok: true, line: 2, fields: ["1", "2,5", "3"] }]);
    expect((await read("a\tb\n1\t2\n")).delimiter).toBe("\t");
    expect((await read('"x,y";b;c\n1;2;3\n')).delimiter).toBe(";");
    const hinted = await read("sep=;\na;b\n1;2\n");
    expect(hinted.header).toEqual(["a", "b"]);
    expect(hinted.items).toEqual([{ ok: true, line: 3, fields: ["1", "2"] }]);
  });

  it("reads old Mac line ends (CR alone)", async () => {
    expect((await read("a,b\r1,2\r3,4", { chunk: 2 })).items.map((i) => i.line)).toEqual([2, 3]);
  });

  it("rejects a line with an unbalanced quote alone, and reads the lines after it", async () => {
    const r = await read(
      'a,b,c\n1,2,3\n"Bob,Smith,bob@x.example\nCid,"Roe, Jr",cid@x.example\nDan,Poe,dan@x.example\n',
    );
    expect(r.items).toEqual([
      { ok: true, line: 2, fields: ["1", "2", "3"] },
      { ok: false, line: 3, message: "A quote opened on this line is never closed." },
      { ok: true, line: 4, fields: ["Cid", "Roe, Jr", "cid@x.example"] },
      { ok: true, line: 5, fields: ["Dan", "Poe", "dan@x.example"] },
    ]);
  });

  it("recovers when a stray quote meets a later quoted value", async () => {
    const r = await read('a,b,c\n"Bob,Smith,x\nCid,Roe,"cid"\nDan,Poe,d\n', { chunk: 3 });
    expect(r.items).toEqual([
      { ok: false, line: 2, message: expect.stringContaining("quote") },
      { ok: true, line: 3, fields: ["Cid", "Roe", "cid"] },
      { ok: true, line: 4, fields: ["Dan", "Poe", "d"] },
    ]);
  });

  it("explains quotes inside values", async () => {
    const r = await read('a,b\n5" screen,1\n"ab"c,2\nok,3\n');
    expect(r.items).toEqual([
      { ok: false, line: 2, message: expect.stringContaining("write the quote twice") },
      { ok: false, line: 3, message: expect.stringContaining("must end with a quote") },
      { ok: true, line: 4, fields: ["ok", "3"] },
    ]);
  });

  it("rejects lines with too few or too many values, tolerating empty trailing ones; skips empty records", async () => {
    const r = await read("a,b,c\n1,2\n1,2,3,\n1,2,3,4\n,,\n");
    expect(r.items).toEqual([
      { ok: false, line: 2, message: "This line has 2 values but the header has 3 columns." },
      { ok: true, line: 3, fields: ["1", "2", "3"] },
      { ok: false, line: 4, message: "This line has 4 values but the header has 3 columns." },
    ]);
  });

  it("rejects an overlong line without holding it in memory", async () => {
    const r = await read(`a,b\n${"x".repeat(500)},1\nok,2\n`, { maxRecordChars: 100, chunk: 64 });
    expect(r.items).toEqual([
      { ok: false, line: 2, message: "This line is longer than 100 characters." },
      { ok: true, line: 3, fields: ["ok", "2"] },
    ]);
  });

  it("reads Windows-1252 (Excel's plain CSV) when the bytes are not UTF-8, and a declared charset", async () => {
    const latin = Buffer.concat([
      Buffer.from("a,b\nJos"),
      Buffer.from([0xe9]),
      Buffer.from(",M"),
      Buffer.from([0xfc]),
      Buffer.from("ller\n"),
    ]);
    const sniffed = await read(latin);
    expect(sniffed.encoding).toBe("windows-1252");
    expect(sniffed.items).toEqual([{ ok: true, line: 2, fields: ["José", "Müller"] }]);
    const declared = await read(latin, { charset: "iso-8859-1" });
    expect(declared.items).toEqual(sniffed.items);
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("a,b\nJosé,1\n", "utf16le")]);
    expect((await read(utf16)).items).toEqual([{ ok: true, line: 2, fields: ["José", "1"] }]);
    const utf8 = await read("a,b\nJosé,Müller\n", { chunk: 1 });
    expect(utf8.items).toEqual([{ ok: true, line: 2, fields: ["José", "Müller"] }]);
  });

  it("refuses files that are not CSV text, too large, or in an unknown character set", async () => {
    expect(await refusal("")).toEqual({ status: 400, message: "The file is empty." });
    expect(await refusal("\n \n")).toEqual({ status: 400, message: "The file is empty." });
    expect(await refusal(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 10]))).toEqual({
      status: 400,
      message: "This is not a CSV text file.",
    });
    expect((await refusal('"a,b\n1,2\n')).status).toBe(400);
    expect(await refusal("a,b\n1,2\n".repeat(100), { maxBytes: 100 })).toMatchObject({ status: 413 });
    expect(await refusal("a,b\n", { charset: "klingon" })).toMatchObject({ status: 415 });
  });

  it("rejects a data line holding binary data", async () => {
    expect((await read("a,b\n1,\u00002\n3,4\n")).items).toEqual([
      { ok: false, line: 2, message: "This line holds binary data, not text." },
      { ok: true, line: 3, fields: ["3", "4"] },
    ]);
  });
});
