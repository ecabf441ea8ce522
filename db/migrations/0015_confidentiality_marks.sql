CREATE TYPE "public"."confidentiality_claim_category" AS ENUM('business-secret', 'other-confidential');--> statement-breakpoint
CREATE TYPE "public"."confidentiality_mark_kind" AS ENUM('name', 'passage', 'public-figure');--> statement-breakpoint
CREATE TYPE "public"."confidentiality_mark_subject" AS ENUM('case-name', 'codename', 'market', 'scenario', 'cluster', 'site', 'checklist', 'checklist-item', 'evidence-file', 'analysis', 'text');--> statement-breakpoint
CREATE TABLE "confidentiality_marks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"kind" "confidentiality_mark_kind" NOT NULL,
	"subject" "confidentiality_mark_subject" NOT NULL,
	"text" text NOT NULL,
	"public_label" text DEFAULT '' NOT NULL,
	"category" "confidentiality_claim_category",
	"justification" text DEFAULT '' NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "document_jobs" ADD COLUMN "findings" jsonb;--> statement-breakpoint
ALTER TABLE "confidentiality_marks" ADD CONSTRAINT "confidentiality_marks_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "confidentiality_marks" ADD CONSTRAINT "confidentiality_marks_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "confidentiality_marks_uq" ON "confidentiality_marks" USING btree ("case_id","kind","subject","text");