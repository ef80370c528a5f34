-- Row-level security evaluates a query's own conditions after the tenant policy unless their functions are
-- LEAKPROOF, which keeps the planner from using the name and trigram indexes under RLS (keyset pages and search then
-- scan the whole tenant). lower(), ILIKE's texticlike() and the array containment of tag filters reveal nothing about
-- other rows; marking them LEAKPROOF lets the indexes work. Only a superuser may do this: elsewhere (managed Postgres)
-- the migration leaves a notice and an administrator can run the same three statements.
DO $$
BEGIN
  IF (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) THEN
    ALTER FUNCTION pg_catalog.lower(text) LEAKPROOF;
    ALTER FUNCTION pg_catalog.texticlike(text, text) LEAKPROOF;
    ALTER FUNCTION pg_catalog.arraycontains(anyarray, anyarray) LEAKPROOF;
  ELSE
    RAISE NOTICE 'not a superuser: lower(text), texticlike(text, text) and arraycontains(anyarray, anyarray) stay non-leakproof; CRM search and deep pages will be slower under row-level security';
  END IF;
END $$;
