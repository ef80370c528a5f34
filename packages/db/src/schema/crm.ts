import { sql } from "drizzle-orm";
import { index, pgTable, primaryKey, text } from "drizzle-orm/pg-core";
import { createdAt, id, tenantId, tenantIsolation, updatedAt } from "./_shared";
import { tenant } from "./tenancy";

/** A person in a customer's CRM (P8). Minimal in F1; F3 extends the CRM schema. */
export const contact = pgTable(
  "contact",
  {
    tenantId: tenantId().references(() => tenant.id, { onDelete: "cascade" }),
    id: id(),
    firstName: text().notNull(),
    lastName: text().notNull().default(""),
    email: text(),
    phone: text(),
    jobTitle: text(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    index("contact_tenant_email_idx").on(t.tenantId, sql`lower(${t.email})`),
    tenantIsolation("contact"),
  ],
).enableRLS();
