CREATE TYPE "public"."calendar_kind" AS ENUM('eu-commission', 'us-federal');--> statement-breakpoint
CREATE TYPE "public"."eu_decision_article" AS ENUM('6(1)(b)', '6(2)', '8(1)', '8(2)', '8(3)', 'withdrawal');--> statement-breakpoint
CREATE TYPE "public"."hsr_kind" AS ENUM('standard', 'cash-tender', 'bankruptcy');--> statement-breakpoint
CREATE TYPE "public"."review_authority" AS ENUM('us-hsr', 'eu-commission', 'other');--> statement-breakpoint
CREATE TYPE "public"."review_event_type" AS ENUM('pre-notification', 'notification', 'commitments', 'art9-request', 'phase2-opened', 'extension', 'stop-clock', 'decision', 'filing-received', 'pull-and-refile', 'second-request', 'substantial-compliance', 'timing-agreement', 'early-termination', 'closing', 'manual-deadline');--> statement-breakpoint
CREATE TYPE "public"."us_agency" AS ENUM('FTC', 'DOJ');--> statement-breakpoint
CREATE TABLE "holiday_calendar_years" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" "calendar_kind" NOT NULL,
	"year" integer NOT NULL,
	"holidays" jsonb NOT NULL,
	"source" text NOT NULL,
	"verified" boolean DEFAULT false NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 0 NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "hsr_threshold_tables" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"year" integer NOT NULL,
	"effective_from" date NOT NULL,
	"source" text NOT NULL,
	"size_of_transaction_usd" bigint NOT NULL,
	"size_of_person_smaller_usd" bigint NOT NULL,
	"size_of_person_larger_usd" bigint NOT NULL,
	"no_size_of_person_above_usd" bigint NOT NULL,
	"fee_tiers" jsonb NOT NULL,
	"version" integer DEFAULT 0 NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "hsr_threshold_tables_year_unique" UNIQUE("year")
);
--> statement-breakpoint
CREATE TABLE "party_turnover" (
	"party_id" uuid PRIMARY KEY NOT NULL,
	"case_id" uuid NOT NULL,
	"worldwide_eur_m" numeric(14, 2),
	"eu_eur_m" numeric(14, 2),
	"by_member_state" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"by_member_state_complete" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 0 NOT NULL,
	"updated_by" uuid NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "review_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"review_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"type" "review_event_type" NOT NULL,
	"occurred_on" date NOT NULL,
	"restarted_on" date,
	"phase" smallint,
	"working_days" smallint,
	"article" "eu_decision_article",
	"hsr_kind" "hsr_kind",
	"label" text DEFAULT '' NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"done" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 0 NOT NULL,
	"created_by" uuid NOT NULL,
	"updated_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reviews" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"authority" "review_authority" NOT NULL,
	"authority_key" text NOT NULL,
	"authority_name" text DEFAULT '' NOT NULL,
	"clearing_agency" "us_agency",
	"case_number" text DEFAULT '' NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 0 NOT NULL,
	"created_by" uuid NOT NULL,
	"updated_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "holiday_calendar_years" ADD CONSTRAINT "holiday_calendar_years_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hsr_threshold_tables" ADD CONSTRAINT "hsr_threshold_tables_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "party_turnover" ADD CONSTRAINT "party_turnover_party_id_parties_id_fk" FOREIGN KEY ("party_id") REFERENCES "public"."parties"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "party_turnover" ADD CONSTRAINT "party_turnover_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "party_turnover" ADD CONSTRAINT "party_turnover_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_events" ADD CONSTRAINT "review_events_review_id_reviews_id_fk" FOREIGN KEY ("review_id") REFERENCES "public"."reviews"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_events" ADD CONSTRAINT "review_events_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_events" ADD CONSTRAINT "review_events_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_events" ADD CONSTRAINT "review_events_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reviews" ADD CONSTRAINT "reviews_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reviews" ADD CONSTRAINT "reviews_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reviews" ADD CONSTRAINT "reviews_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "holiday_calendar_years_uq" ON "holiday_calendar_years" USING btree ("kind","year");--> statement-breakpoint
CREATE INDEX "party_turnover_case_idx" ON "party_turnover" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "review_events_review_idx" ON "review_events" USING btree ("review_id","occurred_on");--> statement-breakpoint
CREATE INDEX "review_events_case_idx" ON "review_events" USING btree ("case_id");--> statement-breakpoint
CREATE UNIQUE INDEX "reviews_case_authority_uq" ON "reviews" USING btree ("case_id","authority_key");--> statement-breakpoint
CREATE INDEX "reviews_case_idx" ON "reviews" USING btree ("case_id");