import { defineConfig } from "drizzle-kit";

// Generation only reads the schema: no database connection is needed.
export default defineConfig({
  dialect: "postgresql",
  schema: "./src/schema/index.ts",
  out: "./drizzle",
  casing: "snake_case",
  entities: { roles: true },
});
