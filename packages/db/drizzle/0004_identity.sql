CREATE TYPE "public"."token_purpose" AS ENUM('verify_email', 'reset_password', 'change_email', 'invite');--> statement-breakpoint
CREATE TYPE "public"."dsr_kind" AS ENUM('access', 'rectification', 'erasure', 'objection');--> statement-breakpoint
CREATE TYPE "public"."dsr_status" AS ENUM('received', 'verified', 'in_progress', 'completed', 'rejected');--> statement-breakpoint
CREATE TABLE "auth_attempt" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "auth_attempt_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"account_id" uuid NOT NULL,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "one_time_token" (
	"id" uuid NOT NULL,
	"purpose" "token_purpose" NOT NULL,
	"token_hash" text NOT NULL,
	"account_id" uuid,
	"email" text,
	"data" jsonb,
	"expires_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "one_time_token_id_pk" PRIMARY KEY("id")
);
--> statement-breakpoint
CREATE TABLE "outbox_message" (
	"id" uuid NOT NULL,
	"to_address" text NOT NULL,
	"subject" text NOT NULL,
	"text_body" text NOT NULL,
	"html_body" text,
	"kind" text NOT NULL,
	"marketing" boolean DEFAULT false NOT NULL,
	"locale" text DEFAULT 'en' NOT NULL,
	"transport" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"sent_at" timestamp with time zone,
	"error" text,
	CONSTRAINT "outbox_message_id_pk" PRIMARY KEY("id")
);
--> statement-breakpoint
CREATE TABLE "session" (
	"id" text NOT NULL,
	"account_id" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"last_seen_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"absolute_expires_at" timestamp with time zone NOT NULL,
	"ip" text,
	"user_agent" text,
	"country" text,
	CONSTRAINT "session_id_pk" PRIMARY KEY("id"),
	CONSTRAINT "session_id_sha256" CHECK ("session"."id" ~ '^[0-9a-f]{64}$')
);
--> statement-breakpoint
CREATE TABLE "dsr_request" (
	"id" uuid NOT NULL,
	"kind" "dsr_kind" NOT NULL,
	"status" "dsr_status" DEFAULT 'received' NOT NULL,
	"account_id" uuid,
	"subject_email" text NOT NULL,
	"due_at" timestamp with time zone NOT NULL,
	"verified_at" timestamp with time zone,
	"completed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "dsr_request_id_pk" PRIMARY KEY("id")
);
--> statement-breakpoint
ALTER TABLE "account" ADD COLUMN "marketing_opt_in" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "account" ADD COLUMN "marketing_opt_in_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "auth_attempt" ADD CONSTRAINT "auth_attempt_account_id_account_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."account"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "one_time_token" ADD CONSTRAINT "one_time_token_account_id_account_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."account"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session" ADD CONSTRAINT "session_account_id_account_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."account"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dsr_request" ADD CONSTRAINT "dsr_request_account_id_account_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."account"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "auth_attempt_account_at_idx" ON "auth_attempt" USING btree ("account_id","at");--> statement-breakpoint
CREATE UNIQUE INDEX "one_time_token_hash_key" ON "one_time_token" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "one_time_token_account_idx" ON "one_time_token" USING btree ("account_id","purpose");--> statement-breakpoint
CREATE INDEX "one_time_token_expires_idx" ON "one_time_token" USING btree ("expires_at");--> statement-breakpoint
CREATE INDEX "outbox_message_created_idx" ON "outbox_message" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "session_account_idx" ON "session" USING btree ("account_id");--> statement-breakpoint
CREATE INDEX "session_expires_idx" ON "session" USING btree ("expires_at");--> statement-breakpoint
CREATE INDEX "dsr_request_account_idx" ON "dsr_request" USING btree ("account_id");