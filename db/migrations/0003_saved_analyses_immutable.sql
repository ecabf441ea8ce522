-- A saved analysis is what filings cite: once written it is never changed or removed.
CREATE OR REPLACE FUNCTION saved_analyses_refuse_change() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'saved_analyses is immutable: % is not allowed', TG_OP;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER saved_analyses_no_update_delete
  BEFORE UPDATE OR DELETE ON saved_analyses
  FOR EACH ROW EXECUTE FUNCTION saved_analyses_refuse_change();
--> statement-breakpoint
CREATE TRIGGER saved_analyses_no_truncate
  BEFORE TRUNCATE ON saved_analyses
  FOR EACH STATEMENT EXECUTE FUNCTION saved_analyses_refuse_change();
