CREATE TYPE "public"."activity_direction" AS ENUM('inbound', 'outbound');--> statement-breakpoint
CREATE TYPE "public"."activity_kind" AS ENUM('email', 'call', 'meeting', 'note');--> statement-breakpoint
CREATE TYPE "public"."attachment_entity" AS ENUM('contact', 'company', 'deal', 'activity', 'employee');--> statement-breakpoint
CREATE TYPE "public"."deal_status" AS ENUM('open', 'won', 'lost');--> statement-breakpoint
CREATE TYPE "public"."stage_kind" AS ENUM('open', 'won', 'lost');--> statement-breakpoint
CREATE TABLE "activity" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"kind" "activity_kind" NOT NULL,
	"subject" text NOT NULL,
	"body" text,
	"direction" "activity_direction",
	"occurred_at" timestamp with time zone NOT NULL,
	"contact_id" uuid,
	"company_id" uuid,
	"deal_id" uuid,
	"author_account_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "activity_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "activity" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "attachment" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"entity_kind" "attachment_entity" NOT NULL,
	"entity_id" uuid NOT NULL,
	"file_name" text NOT NULL,
	"content_type" text NOT NULL,
	"size_bytes" bigint NOT NULL,
	"sha256" text NOT NULL,
	"blob_key" text NOT NULL,
	"thumbnail_key" text,
	"uploaded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "attachment_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "attachment_sha256" CHECK ("attachment"."sha256" ~ '^[0-9a-f]{64}$')
);
--> statement-breakpoint
ALTER TABLE "attachment" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "company" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"name" text NOT NULL,
	"domain" text,
	"phone" text,
	"address" text,
	"industry" text,
	"owner_account_id" uuid,
	"tags" text[] DEFAULT '{}'::text[] NOT NULL,
	"notes" text,
	"search_text" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "company_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "company" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "deal" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"title" text NOT NULL,
	"company_id" uuid,
	"contact_id" uuid,
	"amount" numeric(14, 2),
	"currency" text DEFAULT 'EUR' NOT NULL,
	"stage_id" uuid NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"status" "deal_status" DEFAULT 'open' NOT NULL,
	"lost_reason" text,
	"closed_at" timestamp with time zone,
	"expected_close" date,
	"owner_account_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "deal_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "deal_currency_iso" CHECK ("deal"."currency" ~ '^[A-Z]{3}$'),
	CONSTRAINT "deal_amount_positive" CHECK ("deal"."amount" is null or "deal"."amount" >= 0)
);
--> statement-breakpoint
ALTER TABLE "deal" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "employee" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"first_name" text NOT NULL,
	"last_name" text DEFAULT '' NOT NULL,
	"job_title" text,
	"department" text,
	"email" text,
	"phone" text,
	"start_date" date,
	"account_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "employee_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "employee" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "invitation" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"email" text NOT NULL,
	"role" "membership_role" DEFAULT 'member' NOT NULL,
	"invited_by" uuid,
	"token_id" uuid,
	"expires_at" timestamp with time zone NOT NULL,
	"accepted_at" timestamp with time zone,
	"revoked_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "invitation_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "invitation" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "pipeline_stage" (
	"tenant_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"name" text NOT NULL,
	"position" integer NOT NULL,
	"kind" "stage_kind" DEFAULT 'open' NOT NULL,
	"probability" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "pipeline_stage_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "pipeline_stage_probability" CHECK ("pipeline_stage"."probability" between 0 and 100)
);
--> statement-breakpoint
ALTER TABLE "pipeline_stage" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
DROP INDEX "contact_tenant_email_idx";--> statement-breakpoint
ALTER TABLE "contact" ADD COLUMN "extra_emails" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "contact" ADD COLUMN "extra_phones" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "contact" ADD COLUMN "company_id" uuid;--> statement-breakpoint
ALTER TABLE "contact" ADD COLUMN "owner_account_id" uuid;--> statement-breakpoint
ALTER TABLE "contact" ADD COLUMN "tags" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "contact" ADD COLUMN "notes" text;--> statement-breakpoint
ALTER TABLE "contact" ADD COLUMN "marketing_consent" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "contact" ADD COLUMN "marketing_consent_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "contact" ADD COLUMN "search_text" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "activity" ADD CONSTRAINT "activity_tenant_id_tenant_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenant"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity" ADD CONSTRAINT "activity_author_account_id_account_id_fk" FOREIGN KEY ("author_account_id") REFERENCES "public"."account"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attachment" ADD CONSTRAINT "attachment_tenant_id_tenant_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenant"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attachment" ADD CONSTRAINT "attachment_uploaded_by_account_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."account"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "company" ADD CONSTRAINT "company_tenant_id_tenant_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenant"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "company" ADD CONSTRAINT "company_owner_account_id_account_id_fk" FOREIGN KEY ("owner_account_id") REFERENCES "public"."account"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deal" ADD CONSTRAINT "deal_tenant_id_tenant_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenant"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deal" ADD CONSTRAINT "deal_owner_account_id_account_id_fk" FOREIGN KEY ("owner_account_id") REFERENCES "public"."account"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deal" ADD CONSTRAINT "deal_stage_fk" FOREIGN KEY ("tenant_id","stage_id") REFERENCES "public"."pipeline_stage"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employee" ADD CONSTRAINT "employee_tenant_id_tenant_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenant"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employee" ADD CONSTRAINT "employee_account_id_account_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."account"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invitation" ADD CONSTRAINT "invitation_tenant_id_tenant_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenant"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invitation" ADD CONSTRAINT "invitation_invited_by_account_id_fk" FOREIGN KEY ("invited_by") REFERENCES "public"."account"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pipeline_stage" ADD CONSTRAINT "pipeline_stage_tenant_id_tenant_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenant"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "activity_tenant_contact_idx" ON "activity" USING btree ("tenant_id","contact_id","occurred_at");--> statement-breakpoint
CREATE INDEX "activity_tenant_company_idx" ON "activity" USING btree ("tenant_id","company_id","occurred_at");--> statement-breakpoint
CREATE INDEX "activity_tenant_deal_idx" ON "activity" USING btree ("tenant_id","deal_id","occurred_at");--> statement-breakpoint
CREATE INDEX "activity_tenant_occurred_idx" ON "activity" USING btree ("tenant_id","occurred_at","id");--> statement-breakpoint
CREATE INDEX "attachment_tenant_entity_idx" ON "attachment" USING btree ("tenant_id","entity_kind","entity_id","created_at");--> statement-breakpoint
CREATE INDEX "company_tenant_name_idx" ON "company" USING btree ("tenant_id",lower("name"),"id");--> statement-breakpoint
CREATE INDEX "company_tenant_owner_idx" ON "company" USING btree ("tenant_id","owner_account_id","id");--> statement-breakpoint
CREATE INDEX "company_tenant_tags_idx" ON "company" USING gin ("tags");--> statement-breakpoint
CREATE INDEX "company_search_trgm_idx" ON "company" USING gin ("search_text" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "deal_tenant_stage_idx" ON "deal" USING btree ("tenant_id","stage_id","position");--> statement-breakpoint
CREATE INDEX "deal_tenant_company_idx" ON "deal" USING btree ("tenant_id","company_id");--> statement-breakpoint
CREATE INDEX "deal_tenant_contact_idx" ON "deal" USING btree ("tenant_id","contact_id");--> statement-breakpoint
CREATE INDEX "deal_tenant_owner_idx" ON "deal" USING btree ("tenant_id","owner_account_id","id");--> statement-breakpoint
CREATE INDEX "employee_tenant_name_idx" ON "employee" USING btree ("tenant_id",lower("last_name"),"id");--> statement-breakpoint
CREATE INDEX "employee_tenant_department_idx" ON "employee" USING btree ("tenant_id","department");--> statement-breakpoint
CREATE INDEX "invitation_tenant_email_idx" ON "invitation" USING btree ("tenant_id",lower("email"));--> statement-breakpoint
CREATE INDEX "pipeline_stage_tenant_position_idx" ON "pipeline_stage" USING btree ("tenant_id","position");--> statement-breakpoint
ALTER TABLE "contact" ADD CONSTRAINT "contact_owner_account_id_account_id_fk" FOREIGN KEY ("owner_account_id") REFERENCES "public"."account"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
-- Contacts become unique by primary e-mail within a tenant: clear the address of later duplicates first.
UPDATE "contact" c SET "email" = NULL WHERE c."email" IS NOT NULL AND EXISTS (SELECT 1 FROM "contact" d WHERE d."tenant_id" = c."tenant_id" AND lower(d."email") = lower(c."email") AND d."id" < c."id");--> statement-breakpoint
CREATE UNIQUE INDEX "contact_tenant_email_key" ON "contact" USING btree ("tenant_id",lower("email"));--> statement-breakpoint
CREATE INDEX "contact_tenant_name_idx" ON "contact" USING btree ("tenant_id",lower("last_name"),lower("first_name"),"id");--> statement-breakpoint
CREATE INDEX "contact_tenant_created_idx" ON "contact" USING btree ("tenant_id","created_at","id");--> statement-breakpoint
CREATE INDEX "contact_tenant_company_idx" ON "contact" USING btree ("tenant_id","company_id");--> statement-breakpoint
CREATE INDEX "contact_tenant_owner_idx" ON "contact" USING btree ("tenant_id","owner_account_id","id");--> statement-breakpoint
CREATE INDEX "contact_tenant_tags_idx" ON "contact" USING gin ("tags");--> statement-breakpoint
CREATE INDEX "contact_search_trgm_idx" ON "contact" USING gin ("search_text" gin_trgm_ops);--> statement-breakpoint
CREATE POLICY "activity_tenant_isolation" ON "activity" AS PERMISSIVE FOR ALL TO public USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "attachment_tenant_isolation" ON "attachment" AS PERMISSIVE FOR ALL TO public USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "company_tenant_isolation" ON "company" AS PERMISSIVE FOR ALL TO public USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "deal_tenant_isolation" ON "deal" AS PERMISSIVE FOR ALL TO public USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "employee_tenant_isolation" ON "employee" AS PERMISSIVE FOR ALL TO public USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "invitation_tenant_isolation" ON "invitation" AS PERMISSIVE FOR ALL TO public USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "pipeline_stage_tenant_isolation" ON "pipeline_stage" AS PERMISSIVE FOR ALL TO public USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);