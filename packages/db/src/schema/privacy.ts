import { index, pgEnum, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { createdAt, id } from "./_shared";
import { account } from "./identity";

export const dsrKind = pgEnum("dsr_kind", ["access", "rectification", "erasure", "objection"]);
export const dsrStatus = pgEnum("dsr_status", ["received", "verified", "in_progress", "completed", "rejected"]);

/**
 * A data-subject request (P17, P18, P22). The account portal creates them ("download my data", "delete my account");
 * their processing, deadlines and verification of people without an account come with F6.
 */
export const dsrRequest = pgTable(
  "dsr_request",
  {
    id: id(),
    kind: dsrKind().notNull(),
    status: dsrStatus().notNull().default("received"),
    accountId: uuid().references(() => account.id, { onDelete: "set null" }),
    subjectEmail: text().notNull(),
    /** What the person wrote with the request (public form, P22); its length is bounded by the form's validator. */
    message: text(),
    /** The legal deadline: one month from receipt (P18). */
    dueAt: timestamp({ withTimezone: true }).notNull(),
    verifiedAt: timestamp({ withTimezone: true }),
    completedAt: timestamp({ withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.id] }), index("dsr_request_account_idx").on(t.accountId)],
);
