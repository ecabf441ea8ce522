ALTER TABLE "checklist_approvals" ADD COLUMN "content" jsonb;--> statement-breakpoint
ALTER TABLE "checklist_approvals" ADD COLUMN "open_threads" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "checklist_items" ADD COLUMN "contributors" uuid[] DEFAULT '{}'::uuid[] NOT NULL;--> statement-breakpoint
ALTER TABLE "notifications" ADD COLUMN "comment_id" uuid;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_comment_id_checklist_comments_id_fk" FOREIGN KEY ("comment_id") REFERENCES "public"."checklist_comments"("id") ON DELETE no action ON UPDATE no action;