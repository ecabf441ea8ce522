ALTER TABLE "review_events" ADD COLUMN "acquired_received_on" date;--> statement-breakpoint
ALTER TABLE "review_events" ADD COLUMN "section_801_30" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "review_events" ADD COLUMN "extension_by_agreement" boolean DEFAULT false NOT NULL;