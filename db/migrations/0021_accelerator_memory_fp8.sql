ALTER TABLE "accelerators" ADD COLUMN "memory_gb" double precision;--> statement-breakpoint
ALTER TABLE "accelerators" ADD COLUMN "memory_bandwidth_gbs" double precision;--> statement-breakpoint
ALTER TABLE "accelerators" ADD COLUMN "fp8_dense_tflops" double precision;--> statement-breakpoint
ALTER TABLE "accelerators" ADD COLUMN "specs_source_note" text DEFAULT '' NOT NULL;