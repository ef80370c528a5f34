import { parseArgs } from "node:util";

export interface SeedArgs {
  /** `--contacts N`: build the benchmark tenant up to N contacts; null (no flag) seeds the demo data only. */
  contacts: number | null;
  /** `--batch N`: rows per bulk insert. */
  batchSize: number;
}

/** The options of `pnpm seed`, or the message that explains what is wrong with them. */
export function parseSeedArgs(args: string[]): SeedArgs | { error: string } {
  let values: { contacts?: string; batch?: string };
  try {
    ({ values } = parseArgs({ args, options: { contacts: { type: "string" }, batch: { type: "string" } } }));
  } catch (err) {
    return { error: `${(err as Error).message}\nusage: pnpm seed [--contacts N] [--batch N]` };
  }
  const whole = (v: string) => Number(v.replaceAll("_", ""));
  let contacts: number | null = null;
  if (values.contacts !== undefined) {
    contacts = whole(values.contacts);
    if (values.contacts.trim() === "" || !Number.isInteger(contacts) || contacts < 0) {
      return { error: "--contacts must be a whole number, e.g. --contacts 1000000" };
    }
  }
  const batchSize = values.batch === undefined ? 5_000 : whole(values.batch);
  if (!Number.isInteger(batchSize) || batchSize < 1) {
    return { error: "--batch must be a whole number of rows, at least 1, e.g. --batch 5000" };
  }
  return { contacts, batchSize };
}
