-- The application role. Every application query runs as this role (never as a superuser or the table owner), so
-- row-level security applies to it. Roles are cluster-wide: create it only once, tolerate a concurrent creator.
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'abante_app') THEN
    CREATE ROLE abante_app NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
  END IF;
EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
END $$;
--> statement-breakpoint
-- The login that runs migrations and serves requests must be able to switch to the application role.
DO $$
BEGIN
  EXECUTE format('GRANT abante_app TO %I', current_user);
EXCEPTION WHEN OTHERS THEN NULL;
END $$;
