-- A checklist's review must be a review of the same case (issue #16): a composite foreign key on
-- (case_id, review_id). Drizzle cannot express ON DELETE SET NULL on one column of it (PostgreSQL 15+).
-- Links to another case's review, or to a review since deleted, were never valid: they are cleared.
UPDATE "checklists" SET "review_id" = NULL
  WHERE "review_id" IS NOT NULL
    AND NOT EXISTS (SELECT 1 FROM "reviews" r WHERE r."id" = "checklists"."review_id" AND r."case_id" = "checklists"."case_id");--> statement-breakpoint
ALTER TABLE "reviews" ADD CONSTRAINT "reviews_case_id_id_unique" UNIQUE ("case_id", "id");--> statement-breakpoint
ALTER TABLE "checklists" ADD CONSTRAINT "checklists_review_in_case_fk" FOREIGN KEY ("case_id", "review_id")
  REFERENCES "reviews" ("case_id", "id") ON DELETE SET NULL ("review_id");
