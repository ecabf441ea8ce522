ALTER TYPE "public"."review_authority" ADD VALUE 'uk-cma' BEFORE 'other';--> statement-breakpoint
ALTER TYPE "public"."review_authority" ADD VALUE 'cn-samr' BEFORE 'other';--> statement-breakpoint
ALTER TYPE "public"."review_authority" ADD VALUE 'de-bkarta' BEFORE 'other';--> statement-breakpoint
ALTER TYPE "public"."review_authority" ADD VALUE 'us-wa' BEFORE 'other';--> statement-breakpoint
ALTER TYPE "public"."review_authority" ADD VALUE 'us-co' BEFORE 'other';--> statement-breakpoint
ALTER TYPE "public"."review_event_type" ADD VALUE 'uk-phase1-commenced';--> statement-breakpoint
ALTER TYPE "public"."review_event_type" ADD VALUE 'uk-phase2-referred';--> statement-breakpoint
ALTER TYPE "public"."review_event_type" ADD VALUE 'uk-extension';--> statement-breakpoint
ALTER TYPE "public"."review_event_type" ADD VALUE 'samr-accepted';--> statement-breakpoint
ALTER TYPE "public"."review_event_type" ADD VALUE 'samr-accepted-simplified';--> statement-breakpoint
ALTER TYPE "public"."review_event_type" ADD VALUE 'samr-further-review';--> statement-breakpoint
ALTER TYPE "public"."review_event_type" ADD VALUE 'samr-extension';--> statement-breakpoint
ALTER TYPE "public"."review_event_type" ADD VALUE 'bkarta-received';--> statement-breakpoint
ALTER TYPE "public"."review_event_type" ADD VALUE 'bkarta-main-exam';--> statement-breakpoint
ALTER TYPE "public"."review_event_type" ADD VALUE 'bkarta-remedies';--> statement-breakpoint
ALTER TYPE "public"."review_event_type" ADD VALUE 'bkarta-extension';--> statement-breakpoint
ALTER TYPE "public"."review_event_type" ADD VALUE 'hsr-filing-date';--> statement-breakpoint
ALTER TYPE "public"."review_event_type" ADD VALUE 'state-copy-filed';--> statement-breakpoint
ALTER TYPE "public"."review_event_type" ADD VALUE 'authority-decision';--> statement-breakpoint
ALTER TABLE "review_events" ADD COLUMN "amount" smallint;