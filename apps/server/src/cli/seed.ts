// `pnpm seed [--contacts N]`: the demo account, tenant and N contacts (default 200), added idempotently.
import { parseArgs } from "node:util";
import { hashPassword } from "@abante/auth";
import { closeDb, createDb, migrate } from "@abante/db";
import { DEMO, seedDemo } from "@abante/db/seed";

const { values } = parseArgs({ options: { contacts: { type: "string" } } });
const contacts = values.contacts === undefined ? 200 : Number(values.contacts);
if (!Number.isInteger(contacts) || contacts < 0) {
  console.error("--contacts must be a whole number, e.g. --contacts 1000");
  process.exit(2);
}
const db = createDb();
try {
  await migrate(db);
  const started = performance.now();
  const r = await seedDemo(db, { contacts, passwordHash: await hashPassword(DEMO.password) });
  const secs = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`[abante] demo tenant "${DEMO.tenantSlug}": ${r.contactsCreated} contacts added in ${secs}s`);
} finally {
  await closeDb(db);
}
