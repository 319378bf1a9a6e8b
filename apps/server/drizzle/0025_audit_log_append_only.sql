-- The audit log is append-only, and the database says so, not the app: no UPDATE, no DELETE and no
-- TRUNCATE of audit_log from any connection, the app's own included. The one exception is the
-- retention purge, audit_log_purge(), which deletes entries older than the company's audit retention
-- (audit_settings.retention_years, five years when the company has no row).
--
-- Why a transaction-local setting checked by the trigger, and not SECURITY DEFINER or revoked grants:
-- on PGlite there is a single role, and on PostgreSQL the app usually connects as the role that ran
-- the migrations and owns the table, so no role check can tell the app from the purge, and an owner
-- can always grant itself back what was revoked. The trigger runs for every role, so the rule is the
-- same on both databases. The setting alone would be a door the app could open, so the trigger also
-- re-checks each row's age against the company's retention: even a connection that sets it can only
-- delete what the retention would delete anyway. (An operator may still REVOKE UPDATE, DELETE,
-- TRUNCATE from a separate app role as a second wall; a superuser can disable triggers, which no
-- rule inside the database can prevent.)
CREATE FUNCTION audit_log_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE'
     AND current_setting('vouch.audit_purge', true) = 'on'
     AND OLD.created_at < now() - make_interval(years => coalesce(
       (SELECT s.retention_years FROM audit_settings s WHERE s.company_id = OLD.company_id), 5)) THEN
    RETURN OLD;
  END IF;
  RAISE EXCEPTION 'audit_log is append-only: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
END
$$;
--> statement-breakpoint
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION audit_log_guard();
--> statement-breakpoint
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION audit_log_guard();
--> statement-breakpoint
-- Deletes up to max_rows entries past their company's retention and says how many. The setting is
-- local to the transaction and switched off again before returning, so nothing after the purge in
-- the same transaction inherits it.
CREATE FUNCTION audit_log_purge(max_rows integer) RETURNS integer LANGUAGE plpgsql AS $$
DECLARE
  purged integer;
BEGIN
  PERFORM set_config('vouch.audit_purge', 'on', true);
  DELETE FROM audit_log WHERE id IN (
    SELECT l.id FROM audit_log l
    LEFT JOIN audit_settings s ON s.company_id = l.company_id
    WHERE l.created_at < now() - make_interval(years => coalesce(s.retention_years, 5))
    LIMIT max_rows
  );
  GET DIAGNOSTICS purged = ROW_COUNT;
  PERFORM set_config('vouch.audit_purge', 'off', true);
  RETURN purged;
END
$$;
