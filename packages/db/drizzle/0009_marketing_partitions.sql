-- Monthly partitions of the request log for the current month and the next two; the "request-log-partitions" job
-- keeps creating them ahead of time. Created by a function so the job and this migration share one definition.
-- SECURITY DEFINER: the application role may create months ahead but holds no DDL rights itself.
CREATE OR REPLACE FUNCTION abante_ensure_request_log_partition(month_start date) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  part text := format('request_log_%s', to_char(month_start, 'YYYY_MM'));
BEGIN
  IF to_regclass(part) IS NULL THEN
    EXECUTE format(
      'CREATE TABLE %I PARTITION OF request_log FOR VALUES FROM (%L) TO (%L)',
      part, month_start, (month_start + interval '1 month')::date
    );
  END IF;
END $$;
--> statement-breakpoint
SELECT abante_ensure_request_log_partition(date_trunc('month', now())::date);
--> statement-breakpoint
SELECT abante_ensure_request_log_partition((date_trunc('month', now()) + interval '1 month')::date);
--> statement-breakpoint
SELECT abante_ensure_request_log_partition((date_trunc('month', now()) + interval '2 months')::date);

--> statement-breakpoint
-- Retention (P26) deletes expired rows (keeping held ones); a month left empty and entirely past the cutoff is then
-- dropped. Returns the number of partitions dropped.
CREATE OR REPLACE FUNCTION abante_drop_empty_request_log_partitions(cutoff timestamptz) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  part record;
  dropped integer := 0;
  is_empty boolean;
BEGIN
  FOR part IN
    SELECT c.relname AS name
    FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
    WHERE i.inhparent = 'request_log'::regclass AND c.relname ~ '^request_log_[0-9]{4}_[0-9]{2}$'
      AND (to_date(substring(c.relname from 13), 'YYYY_MM') + interval '1 month') <= cutoff
  LOOP
    EXECUTE format('SELECT NOT EXISTS (SELECT 1 FROM %I)', part.name) INTO is_empty;
    IF is_empty THEN
      EXECUTE format('DROP TABLE %I', part.name);
      dropped := dropped + 1;
    END IF;
  END LOOP;
  RETURN dropped;
END $$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION abante_ensure_request_log_partition(date) FROM PUBLIC;
--> statement-breakpoint
REVOKE ALL ON FUNCTION abante_drop_empty_request_log_partitions(timestamptz) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION abante_ensure_request_log_partition(date) TO abante_app;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION abante_drop_empty_request_log_partitions(timestamptz) TO abante_app;
