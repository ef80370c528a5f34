CREATE TYPE "public"."consent_method" AS ENUM('accept_all', 'reject_all', 'custom', 'gpc', 'withdraw');--> statement-breakpoint
CREATE TABLE "consent_record" (
	"id" uuid NOT NULL,
	"consent_id" text NOT NULL,
	"preferences" boolean NOT NULL,
	"analytics" boolean NOT NULL,
	"marketing" boolean NOT NULL,
	"method" "consent_method" NOT NULL,
	"banner_version" text NOT NULL,
	"policy_version" text NOT NULL,
	"country" text,
	"gpc" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "consent_record_id_pk" PRIMARY KEY("id")
);
--> statement-breakpoint
CREATE TABLE "disclosure" (
	"id" uuid NOT NULL,
	"recipient_kind" text NOT NULL,
	"recipient_id" uuid,
	"recipient_name" text NOT NULL,
	"subject_kind" text NOT NULL,
	"subject_id" uuid,
	"subject_email_hash" text,
	"data_categories" text[] NOT NULL,
	"basis" text NOT NULL,
	"purpose" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "disclosure_id_pk" PRIMARY KEY("id")
);
--> statement-breakpoint
CREATE TABLE "event" (
	"id" uuid NOT NULL,
	"slug" text NOT NULL,
	"title" text NOT NULL,
	"summary" text NOT NULL,
	"description" text NOT NULL,
	"locale" text NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"online" boolean DEFAULT false NOT NULL,
	"venue" text,
	"city" text,
	"country" text,
	"organiser_name" text NOT NULL,
	"organiser_email" text NOT NULL,
	"capacity" integer,
	"published" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "event_id_pk" PRIMARY KEY("id")
);
--> statement-breakpoint
CREATE TABLE "event_registration" (
	"id" uuid NOT NULL,
	"event_id" uuid NOT NULL,
	"name" text NOT NULL,
	"email" text NOT NULL,
	"phone" text,
	"company" text,
	"locale" text DEFAULT 'en' NOT NULL,
	"country" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "event_registration_id_pk" PRIMARY KEY("id")
);
--> statement-breakpoint
CREATE TABLE "event_sponsor" (
	"id" uuid NOT NULL,
	"event_id" uuid NOT NULL,
	"name" text NOT NULL,
	"website" text,
	"contact_email" text,
	CONSTRAINT "event_sponsor_id_pk" PRIMARY KEY("id")
);
--> statement-breakpoint
CREATE TABLE "lead" (
	"id" uuid NOT NULL,
	"source" text NOT NULL,
	"name" text NOT NULL,
	"email" text NOT NULL,
	"company" text,
	"phone" text,
	"message" text,
	"country" text,
	"locale" text DEFAULT 'en' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "lead_id_pk" PRIMARY KEY("id")
);
--> statement-breakpoint
CREATE TABLE "legal_hold" (
	"id" uuid NOT NULL,
	"scope_table" text NOT NULL,
	"subject" text,
	"from_at" timestamp with time zone NOT NULL,
	"until_at" timestamp with time zone NOT NULL,
	"reason" text NOT NULL,
	"created_by" uuid,
	"released_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "legal_hold_id_pk" PRIMARY KEY("id")
);
--> statement-breakpoint
CREATE TABLE "partner" (
	"id" uuid NOT NULL,
	"name" text NOT NULL,
	"email" text NOT NULL,
	"phone" text,
	"website" text,
	"city" text,
	"countries" text[] NOT NULL,
	"languages" text[] DEFAULT '{}'::text[] NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"last_assigned_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "partner_id_pk" PRIMARY KEY("id")
);
--> statement-breakpoint
CREATE TABLE "partner_referral" (
	"id" uuid NOT NULL,
	"partner_id" uuid NOT NULL,
	"lead_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "partner_referral_id_pk" PRIMARY KEY("id")
);
--> statement-breakpoint
CREATE TABLE "request_log" (
	"id" bigint GENERATED ALWAYS AS IDENTITY (sequence name "request_log_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"at" timestamp with time zone NOT NULL,
	"kind" text NOT NULL,
	"method" text NOT NULL,
	"path" text NOT NULL,
	"status" integer,
	"ip" text NOT NULL,
	"browser" text,
	"browser_version" text,
	"os" text,
	"device_type" text,
	"referrer" text,
	"country" text,
	"language" text,
	CONSTRAINT "request_log_at_id_pk" PRIMARY KEY("at","id")
) PARTITION BY RANGE ("at");
--> statement-breakpoint
-- Rows outside any monthly partition land here; the partition job creates months ahead, retention drops old ones.
CREATE TABLE "request_log_default" PARTITION OF "request_log" DEFAULT;
--> statement-breakpoint
CREATE TABLE "request_stat_daily" (
	"day" date NOT NULL,
	"path" text NOT NULL,
	"country" text NOT NULL,
	"language" text NOT NULL,
	"browser_family" text NOT NULL,
	"referrer_domain" text NOT NULL,
	"views" integer NOT NULL,
	CONSTRAINT "request_stat_daily_day_path_country_language_browser_family_referrer_domain_pk" PRIMARY KEY("day","path","country","language","browser_family","referrer_domain")
);
--> statement-breakpoint
CREATE TABLE "subprocessor" (
	"id" uuid NOT NULL,
	"name" text NOT NULL,
	"purpose" text NOT NULL,
	"data_categories" text[] NOT NULL,
	"location" text NOT NULL,
	"dpa_signed_at" date,
	"website" text,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "subprocessor_id_pk" PRIMARY KEY("id")
);
--> statement-breakpoint
CREATE TABLE "used_challenge" (
	"signature" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	CONSTRAINT "used_challenge_signature_pk" PRIMARY KEY("signature")
);
--> statement-breakpoint
ALTER TABLE "event_registration" ADD CONSTRAINT "event_registration_event_id_event_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."event"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_sponsor" ADD CONSTRAINT "event_sponsor_event_id_event_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."event"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "legal_hold" ADD CONSTRAINT "legal_hold_created_by_account_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."account"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partner_referral" ADD CONSTRAINT "partner_referral_partner_id_partner_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partner"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partner_referral" ADD CONSTRAINT "partner_referral_lead_id_lead_id_fk" FOREIGN KEY ("lead_id") REFERENCES "public"."lead"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "consent_record_consent_idx" ON "consent_record" USING btree ("consent_id","created_at");--> statement-breakpoint
CREATE INDEX "disclosure_subject_idx" ON "disclosure" USING btree ("subject_email_hash");--> statement-breakpoint
CREATE INDEX "disclosure_created_idx" ON "disclosure" USING btree ("created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "event_slug_key" ON "event" USING btree ("slug");--> statement-breakpoint
CREATE INDEX "event_starts_idx" ON "event" USING btree ("starts_at");--> statement-breakpoint
CREATE UNIQUE INDEX "event_registration_email_key" ON "event_registration" USING btree ("event_id",lower("email"));--> statement-breakpoint
CREATE INDEX "event_sponsor_event_idx" ON "event_sponsor" USING btree ("event_id");--> statement-breakpoint
CREATE INDEX "lead_email_idx" ON "lead" USING btree (lower("email"));--> statement-breakpoint
CREATE INDEX "legal_hold_scope_idx" ON "legal_hold" USING btree ("scope_table","from_at");--> statement-breakpoint
CREATE INDEX "partner_countries_idx" ON "partner" USING gin ("countries");--> statement-breakpoint
CREATE INDEX "partner_referral_partner_idx" ON "partner_referral" USING btree ("partner_id");--> statement-breakpoint
CREATE INDEX "request_log_ip_at_idx" ON "request_log" USING btree ("ip","at");--> statement-breakpoint
CREATE UNIQUE INDEX "subprocessor_name_key" ON "subprocessor" USING btree ("name");--> statement-breakpoint
CREATE INDEX "used_challenge_expires_idx" ON "used_challenge" USING btree ("expires_at");