-- FORCE makes the policies apply to the table owner too; ENABLE alone lets the owner through.
ALTER TABLE "contact" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "membership" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
GRANT USAGE ON SCHEMA public TO abante_app;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO abante_app;
--> statement-breakpoint
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO abante_app;
--> statement-breakpoint
-- Tables and sequences created by later migrations are granted to the application role automatically.
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO abante_app;
--> statement-breakpoint
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO abante_app;
--> statement-breakpoint
-- The status page reports how many migrations are applied; the app role may read (only) that record.
GRANT USAGE ON SCHEMA drizzle TO abante_app;
--> statement-breakpoint
GRANT SELECT ON drizzle.__drizzle_migrations TO abante_app;
