-- Trigram indexes make "contains" search over names, e-mails and phones fast (F3). A trusted extension on Postgres
-- 13+; PGlite loads it from its contrib bundle.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
