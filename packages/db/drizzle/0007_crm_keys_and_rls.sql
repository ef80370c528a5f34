-- Optional links between tenant-owned rows: composite keys (tenant_id first, as Citus needs) that clear only the
-- link column when the target is deleted (PostgreSQL 15+: SET NULL with a column list).
ALTER TABLE "contact" ADD CONSTRAINT "contact_company_fk" FOREIGN KEY ("tenant_id", "company_id") REFERENCES "company" ("tenant_id", "id") ON DELETE SET NULL ("company_id");
--> statement-breakpoint
ALTER TABLE "deal" ADD CONSTRAINT "deal_company_fk" FOREIGN KEY ("tenant_id", "company_id") REFERENCES "company" ("tenant_id", "id") ON DELETE SET NULL ("company_id");
--> statement-breakpoint
ALTER TABLE "deal" ADD CONSTRAINT "deal_contact_fk" FOREIGN KEY ("tenant_id", "contact_id") REFERENCES "contact" ("tenant_id", "id") ON DELETE SET NULL ("contact_id");
--> statement-breakpoint
ALTER TABLE "activity" ADD CONSTRAINT "activity_contact_fk" FOREIGN KEY ("tenant_id", "contact_id") REFERENCES "contact" ("tenant_id", "id") ON DELETE CASCADE;
--> statement-breakpoint
ALTER TABLE "activity" ADD CONSTRAINT "activity_company_fk" FOREIGN KEY ("tenant_id", "company_id") REFERENCES "company" ("tenant_id", "id") ON DELETE SET NULL ("company_id");
--> statement-breakpoint
ALTER TABLE "activity" ADD CONSTRAINT "activity_deal_fk" FOREIGN KEY ("tenant_id", "deal_id") REFERENCES "deal" ("tenant_id", "id") ON DELETE SET NULL ("deal_id");
--> statement-breakpoint
ALTER TABLE "company" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "pipeline_stage" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "deal" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "activity" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "employee" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "attachment" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "invitation" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
-- Contacts created before search existed become findable.
UPDATE "contact" SET "search_text" = lower(concat_ws(' ', "first_name", "last_name", "email", "phone")) WHERE "search_text" = '';
