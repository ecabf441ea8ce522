CREATE TYPE "public"."cluster_status" AS ENUM('operational', 'under construction', 'planned');--> statement-breakpoint
CREATE TYPE "public"."market_metric" AS ENUM('count', 'compute', 'power');--> statement-breakpoint
CREATE TYPE "public"."mc_distribution" AS ENUM('uniform', 'triangular');--> statement-breakpoint
CREATE TYPE "public"."scenario_kind" AS ENUM('merger', 'transfer');--> statement-breakpoint
CREATE TABLE "accelerators" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"vendor" text NOT NULL,
	"tflops" double precision NOT NULL,
	"watts" integer,
	"source_note" text NOT NULL,
	"version" integer DEFAULT 0 NOT NULL,
	"updated_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "accelerators_name_unique" UNIQUE("name")
);
--> statement-breakpoint
CREATE TABLE "clusters" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"market_id" uuid NOT NULL,
	"firm_id" uuid NOT NULL,
	"name" text NOT NULL,
	"site" text DEFAULT '' NOT NULL,
	"accelerator_id" uuid NOT NULL,
	"count_low" integer NOT NULL,
	"count_central" integer NOT NULL,
	"count_high" integer NOT NULL,
	"status" "cluster_status" NOT NULL,
	"as_of" date NOT NULL,
	"source" text DEFAULT '' NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"version" integer DEFAULT 0 NOT NULL,
	"updated_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "clusters_count_order" CHECK ("clusters"."count_low" >= 0 and "clusters"."count_low" <= "clusters"."count_central" and "clusters"."count_central" <= "clusters"."count_high")
);
--> statement-breakpoint
CREATE TABLE "market_firms" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"market_id" uuid NOT NULL,
	"name" text NOT NULL,
	"ultimate_parent" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 0 NOT NULL,
	"updated_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "markets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"name" text NOT NULL,
	"definition" text DEFAULT '' NOT NULL,
	"metric" "market_metric" NOT NULL,
	"geographic_scope" text NOT NULL,
	"as_of" date NOT NULL,
	"include_non_operational" boolean DEFAULT false NOT NULL,
	"mc_draws" integer DEFAULT 10000 NOT NULL,
	"mc_seed" integer DEFAULT 1 NOT NULL,
	"mc_distribution" "mc_distribution" DEFAULT 'uniform' NOT NULL,
	"version" integer DEFAULT 0 NOT NULL,
	"updated_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "saved_analyses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"market_id" uuid NOT NULL,
	"scenario_id" uuid,
	"title" text NOT NULL,
	"inputs" jsonb NOT NULL,
	"results" jsonb NOT NULL,
	"inputs_sha256" text NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "scenarios" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"market_id" uuid NOT NULL,
	"name" text NOT NULL,
	"kind" "scenario_kind" NOT NULL,
	"buyer_firm_id" uuid NOT NULL,
	"seller_firm_id" uuid NOT NULL,
	"accelerator_id" uuid,
	"count_low" integer,
	"count_central" integer,
	"count_high" integer,
	"version" integer DEFAULT 0 NOT NULL,
	"updated_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "accelerators" ADD CONSTRAINT "accelerators_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clusters" ADD CONSTRAINT "clusters_market_id_markets_id_fk" FOREIGN KEY ("market_id") REFERENCES "public"."markets"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clusters" ADD CONSTRAINT "clusters_firm_id_market_firms_id_fk" FOREIGN KEY ("firm_id") REFERENCES "public"."market_firms"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clusters" ADD CONSTRAINT "clusters_accelerator_id_accelerators_id_fk" FOREIGN KEY ("accelerator_id") REFERENCES "public"."accelerators"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clusters" ADD CONSTRAINT "clusters_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "market_firms" ADD CONSTRAINT "market_firms_market_id_markets_id_fk" FOREIGN KEY ("market_id") REFERENCES "public"."markets"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "market_firms" ADD CONSTRAINT "market_firms_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "markets" ADD CONSTRAINT "markets_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "markets" ADD CONSTRAINT "markets_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "saved_analyses" ADD CONSTRAINT "saved_analyses_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "saved_analyses" ADD CONSTRAINT "saved_analyses_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scenarios" ADD CONSTRAINT "scenarios_market_id_markets_id_fk" FOREIGN KEY ("market_id") REFERENCES "public"."markets"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scenarios" ADD CONSTRAINT "scenarios_buyer_firm_id_market_firms_id_fk" FOREIGN KEY ("buyer_firm_id") REFERENCES "public"."market_firms"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scenarios" ADD CONSTRAINT "scenarios_seller_firm_id_market_firms_id_fk" FOREIGN KEY ("seller_firm_id") REFERENCES "public"."market_firms"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scenarios" ADD CONSTRAINT "scenarios_accelerator_id_accelerators_id_fk" FOREIGN KEY ("accelerator_id") REFERENCES "public"."accelerators"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scenarios" ADD CONSTRAINT "scenarios_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "clusters_market_idx" ON "clusters" USING btree ("market_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "clusters_firm_name_idx" ON "clusters" USING btree ("market_id","firm_id","name");--> statement-breakpoint
CREATE UNIQUE INDEX "market_firms_name_idx" ON "market_firms" USING btree ("market_id","name");--> statement-breakpoint
CREATE INDEX "markets_case_idx" ON "markets" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "saved_analyses_case_idx" ON "saved_analyses" USING btree ("case_id","created_at");--> statement-breakpoint
CREATE INDEX "scenarios_market_idx" ON "scenarios" USING btree ("market_id");