// `pnpm --filter @abante/server staff:create --email E --name N [--role admin|privacy|support]`
// Creates the first staff account (or gives an existing account a staff role). The password is read from the
// STAFF_PASSWORD environment variable or, when absent, from standard input; it is never echoed or logged.
import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import { hashPassword, passwordProblems } from "@abante/auth";
import { closeDb, createDb, migrate, schema } from "@abante/db";
import { email as emailSchema, personName } from "@abante/validators";
import { eq, sql } from "drizzle-orm";

const roles = ["admin", "privacy", "support"] as const;
const { values } = parseArgs({
  options: { email: { type: "string" }, name: { type: "string" }, role: { type: "string", default: "admin" } },
});

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

const email = emailSchema.safeParse(values.email ?? "");
if (!email.success) fail("--email: enter a valid email address");
const name = personName.safeParse(values.name ?? "");
if (!name.success) fail("--name: enter the person's name");
const role = values.role as (typeof roles)[number];
if (!roles.includes(role)) fail(`--role: one of ${roles.join(", ")}`);

async function readPassword(): Promise<string> {
  if (process.env.STAFF_PASSWORD) return process.env.STAFF_PASSWORD;
  if (process.stdin.isTTY) process.stdout.write("Password (input hidden): ");
  const rl = createInterface({ input: process.stdin, terminal: false });
  for await (const line of rl) {
    rl.close();
    if (process.stdin.isTTY) process.stdout.write("\n");
    return line;
  }
  return "";
}

const password = await readPassword();
const problems = await passwordProblems(password, [name.data, email.data]);
if (problems.length > 0) fail(`password: ${problems.join(" ")}`);

const db = createDb();
try {
  await migrate(db);
  const passwordHash = await hashPassword(password);
  const [existing] = await db
    .select({ id: schema.account.id })
    .from(schema.account)
    .where(sql`lower(${schema.account.email}) = lower(${email.data})`);
  const [row] = existing
    ? await db
        .update(schema.account)
        .set({ staffRole: role, passwordHash, name: name.data, emailVerifiedAt: new Date() })
        .where(eq(schema.account.id, existing.id))
        .returning({ id: schema.account.id })
    : await db
        .insert(schema.account)
        .values({ email: email.data, name: name.data, passwordHash, staffRole: role, emailVerifiedAt: new Date() })
        .returning({ id: schema.account.id });
  console.log(`[abante] staff ${role} ready: ${email.data} (${row?.id})`);
} finally {
  await closeDb(db);
}
