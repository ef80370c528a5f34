// `pnpm --filter @abante/server db:setup`: migrate and make sure the demo data exists (used by `pnpm dev`).
import { seedMarketing } from "@abante/api";
import { hashPassword } from "@abante/auth";
import { closeDb, createDb, driverOf, migrate } from "@abante/db";
import { DEMO, seedDemo } from "@abante/db/seed";

const db = createDb();
try {
  await migrate(db);
  // Events, partners and sub-processors for the marketing site (idempotent).
  await seedMarketing(db);
  const r = await seedDemo(db, { passwordHash: await hashPassword(DEMO.password) });
  const added = Object.entries(r.created)
    .filter(([, n]) => n > 0)
    .map(([table, n]) => `${n} ${table}`);
  console.log(
    `[abante] database ready (${driverOf(db)}); demo tenant "${DEMO.tenantSlug}" for ${DEMO.email} (owner) and ` +
      `${DEMO.memberEmail} (member)` +
      (added.length ? `; demo data added: ${added.join(", ")}` : ""),
  );
} finally {
  await closeDb(db);
}
