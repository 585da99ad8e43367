CREATE TABLE "product_images" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"content_type" text NOT NULL,
	"bytes" "bytea" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "product_images_tenant_id_key" UNIQUE("tenant_id","id"),
	CONSTRAINT "product_images_content_type" CHECK ("product_images"."content_type" IN ('image/jpeg', 'image/png', 'image/webp')),
	CONSTRAINT "product_images_size" CHECK (octet_length("product_images"."bytes") BETWEEN 1 AND 2097152)
);
--> statement-breakpoint
ALTER TABLE "product_images" ADD CONSTRAINT "product_images_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;