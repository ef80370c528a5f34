// Prepares the migrated PGlite archive that createTestDb() copies (run once by the root test script).
import { createTestDb } from "./testing";

const t = await createTestDb();
await t.close();
console.log("[abante] migrated test database ready");
