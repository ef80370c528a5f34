CREATE TABLE "audit_event" (
	"seq" bigint NOT NULL,
	"prev_hash" text NOT NULL,
	"hash" text NOT NULL,
	"actor_account_id" uuid,
	"actor_role" text NOT NULL,
	"tenant" uuid,
	"action" text NOT NULL,
	"target" text,
	"at" timestamp with time zone NOT NULL,
	"meta" jsonb DEFAULT '{}'::jsonb NOT NULL,
	CONSTRAINT "audit_event_seq_pk" PRIMARY KEY("seq"),
	CONSTRAINT "audit_event_seq_check" CHECK ("audit_event"."seq" >= 1),
	CONSTRAINT "audit_event_hash_check" CHECK ("audit_event"."hash" ~ '^[0-9a-f]{64}$' and "audit_event"."prev_hash" ~ '^[0-9a-f]{64}$')
);
--> statement-breakpoint
CREATE UNIQUE INDEX "audit_event_hash_key" ON "audit_event" USING btree ("hash");--> statement-breakpoint
CREATE INDEX "audit_event_tenant_idx" ON "audit_event" USING btree ("tenant","seq");--> statement-breakpoint
CREATE INDEX "audit_event_action_idx" ON "audit_event" USING btree ("action","at");--> statement-breakpoint
-- Append-only: the application role may insert and read, nothing else.
REVOKE UPDATE, DELETE, TRUNCATE ON "audit_event" FROM abante_app;
--> statement-breakpoint
-- And nobody changes or removes a row through ordinary statements, the owner included: the trigger has to be
-- disabled on purpose (DDL, which the application role cannot do), and the hash chain shows what changed.
CREATE OR REPLACE FUNCTION abante_audit_event_append_only() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_event is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END $$;
--> statement-breakpoint
CREATE TRIGGER "audit_event_no_update_delete" BEFORE UPDATE OR DELETE ON "audit_event"
  FOR EACH ROW EXECUTE FUNCTION abante_audit_event_append_only();
--> statement-breakpoint
CREATE TRIGGER "audit_event_no_truncate" BEFORE TRUNCATE ON "audit_event"
  FOR EACH STATEMENT EXECUTE FUNCTION abante_audit_event_append_only();
