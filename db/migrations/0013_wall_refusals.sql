CREATE TABLE "wall_refusals" (
	"user_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"hour" timestamp with time zone NOT NULL,
	"kind" text NOT NULL,
	"attempts" integer DEFAULT 1 NOT NULL,
	"first_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_ability" text NOT NULL,
	"last_ip" text,
	CONSTRAINT "wall_refusals_user_id_case_id_hour_pk" PRIMARY KEY("user_id","case_id","hour")
);
--> statement-breakpoint
ALTER TABLE "wall_refusals" ADD CONSTRAINT "wall_refusals_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wall_refusals" ADD CONSTRAINT "wall_refusals_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "wall_refusals_hour_idx" ON "wall_refusals" USING btree ("hour");