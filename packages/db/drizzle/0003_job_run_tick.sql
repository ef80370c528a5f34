ALTER TABLE "job_run" ADD COLUMN "scheduled_for" timestamp with time zone;--> statement-breakpoint
CREATE UNIQUE INDEX "job_run_name_tick_key" ON "job_run" USING btree ("name","scheduled_for");