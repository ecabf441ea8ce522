CREATE TABLE "sign_in_failure_windows" (
	"account" text PRIMARY KEY NOT NULL,
	"user_id" uuid,
	"started_at" timestamp with time zone NOT NULL,
	"last_at" timestamp with time zone NOT NULL,
	"failures" integer DEFAULT 0 NOT NULL,
	"refused" integer DEFAULT 0 NOT NULL,
	"addresses" jsonb DEFAULT '[]'::jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sign_in_keys" (
	"key" text PRIMARY KEY NOT NULL,
	"email" text NOT NULL,
	"failures" integer DEFAULT 0 NOT NULL,
	"last_failure_at" timestamp with time zone,
	"next_attempt_at" timestamp with time zone DEFAULT now() NOT NULL,
	"busy_until" timestamp with time zone
);
--> statement-breakpoint
CREATE INDEX "sign_in_keys_email_idx" ON "sign_in_keys" USING btree ("email");