import { describe, expect, it } from "vitest";
import { parseSeedArgs } from "./seed-args";

describe("pnpm seed options", () => {
  it("seeds the demo data alone without options", () => {
    expect(parseSeedArgs([])).toEqual({ contacts: null, batchSize: 5_000 });
  });

  it("reads --contacts and --batch, underscores allowed", () => {
    expect(parseSeedArgs(["--contacts", "1_000_000", "--batch", "2000"])).toEqual({
      contacts: 1_000_000,
      batchSize: 2000,
    });
    expect(parseSeedArgs(["--contacts", "0"])).toEqual({ contacts: 0, batchSize: 5_000 });
  });

  it.each([
    [["--contacts", "lots"], /--contacts must be a whole number/],
    [["--contacts=-5"], /--contacts must be a whole number/],
    [["--contacts", ""], /--contacts must be a whole number/],
    [["--batch", "0"], /--batch must be a whole number of rows/],
    [["--rows", "5"], /usage: pnpm seed/],
  ])("refuses %j with a clear message", (args, message) => {
    const r = parseSeedArgs(args);
    expect("error" in r && r.error).toMatch(message);
  });
});
