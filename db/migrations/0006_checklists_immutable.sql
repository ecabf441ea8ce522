-- Evidence and template versions are records: once written they never change or disappear.
-- Comments and approvals are never deleted (a retracted comment or a lapsed approval stays).
CREATE OR REPLACE FUNCTION checklists_refuse_change() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION '% is a record and cannot be changed: % is not allowed', TG_TABLE_NAME, TG_OP;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER evidence_files_immutable
  BEFORE UPDATE OR DELETE ON evidence_files
  FOR EACH ROW EXECUTE FUNCTION checklists_refuse_change();
--> statement-breakpoint
CREATE TRIGGER checklist_template_versions_immutable
  BEFORE UPDATE OR DELETE ON checklist_template_versions
  FOR EACH ROW EXECUTE FUNCTION checklists_refuse_change();
--> statement-breakpoint
CREATE TRIGGER checklist_comments_never_deleted
  BEFORE DELETE ON checklist_comments
  FOR EACH ROW EXECUTE FUNCTION checklists_refuse_change();
--> statement-breakpoint
CREATE TRIGGER checklist_approvals_never_deleted
  BEFORE DELETE ON checklist_approvals
  FOR EACH ROW EXECUTE FUNCTION checklists_refuse_change();
