CREATE TABLE "products" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"image_url" text,
	"price_cents" integer NOT NULL,
	"slices_per_pizza" integer DEFAULT 8 NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "products_tenant_id_key" UNIQUE("tenant_id","id"),
	CONSTRAINT "products_tenant_name_key" UNIQUE("tenant_id","name"),
	CONSTRAINT "products_name_not_blank" CHECK (length(btrim("products"."name")) BETWEEN 1 AND 60),
	CONSTRAINT "products_price_positive" CHECK ("products"."price_cents" BETWEEN 1 AND 100000),
	CONSTRAINT "products_slices_per_pizza" CHECK ("products"."slices_per_pizza" BETWEEN 4 AND 16)
);
--> statement-breakpoint
CREATE TABLE "batches" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"product_id" uuid NOT NULL,
	"slice_count" integer NOT NULL,
	"status" text DEFAULT 'OPEN' NOT NULL,
	"opened_at" timestamp with time zone DEFAULT now() NOT NULL,
	"fresh_until" timestamp with time zone NOT NULL,
	"closed_at" timestamp with time zone,
	CONSTRAINT "batches_tenant_id_key" UNIQUE("tenant_id","id"),
	CONSTRAINT "batches_slice_count" CHECK ("batches"."slice_count" BETWEEN 4 AND 16),
	CONSTRAINT "batches_status" CHECK ("batches"."status" IN ('OPEN', 'CLOSED')),
	CONSTRAINT "batches_fresh_after_open" CHECK ("batches"."fresh_until" > "batches"."opened_at"),
	CONSTRAINT "batches_closed_at" CHECK (("batches"."status" = 'CLOSED') = ("batches"."closed_at" IS NOT NULL))
);
--> statement-breakpoint
CREATE TABLE "lost_sales" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "lost_sales_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"tenant_id" uuid NOT NULL,
	"product_id" uuid NOT NULL,
	"requested" integer NOT NULL,
	"available" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "lost_sales_counts" CHECK ("lost_sales"."requested" > 0 AND "lost_sales"."available" BETWEEN 0 AND "lost_sales"."requested" - 1)
);
--> statement-breakpoint
CREATE TABLE "slices" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "slices_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"tenant_id" uuid NOT NULL,
	"batch_id" uuid NOT NULL,
	"product_id" uuid NOT NULL,
	"idx" integer NOT NULL,
	"status" text DEFAULT 'AVAILABLE' NOT NULL,
	"order_id" uuid,
	"reserved_until" timestamp with time zone,
	"sold_at" timestamp with time zone,
	CONSTRAINT "slices_batch_idx_key" UNIQUE("batch_id","idx"),
	CONSTRAINT "slices_idx_nonnegative" CHECK ("slices"."idx" BETWEEN 0 AND 15),
	CONSTRAINT "slices_status" CHECK ("slices"."status" IN ('AVAILABLE', 'RESERVED', 'SOLD', 'WASTED')),
	CONSTRAINT "slices_status_shape" CHECK (CASE "slices"."status"
        WHEN 'AVAILABLE' THEN "slices"."order_id" IS NULL AND "slices"."reserved_until" IS NULL AND "slices"."sold_at" IS NULL
        WHEN 'RESERVED' THEN "slices"."order_id" IS NOT NULL AND "slices"."reserved_until" IS NOT NULL AND "slices"."sold_at" IS NULL
        WHEN 'SOLD' THEN "slices"."order_id" IS NOT NULL AND "slices"."reserved_until" IS NULL AND "slices"."sold_at" IS NOT NULL
        WHEN 'WASTED' THEN "slices"."order_id" IS NULL AND "slices"."reserved_until" IS NULL AND "slices"."sold_at" IS NULL
      END)
);
--> statement-breakpoint
CREATE TABLE "order_items" (
	"tenant_id" uuid NOT NULL,
	"order_id" uuid NOT NULL,
	"product_id" uuid NOT NULL,
	"quantity" integer NOT NULL,
	"unit_price_cents" integer NOT NULL,
	CONSTRAINT "order_items_order_id_product_id_pk" PRIMARY KEY("order_id","product_id"),
	CONSTRAINT "order_items_quantity" CHECK ("order_items"."quantity" BETWEEN 1 AND 50),
	CONSTRAINT "order_items_price" CHECK ("order_items"."unit_price_cents" > 0)
);
--> statement-breakpoint
CREATE TABLE "orders" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"code" text NOT NULL,
	"status" text DEFAULT 'PENDING' NOT NULL,
	"idempotency_key" text NOT NULL,
	"request_hash" text NOT NULL,
	"customer_name" text,
	"customer_phone" text,
	"customer_email" text,
	"total_cents" integer NOT NULL,
	"hold_expires_at" timestamp with time zone NOT NULL,
	"hold_extended_at" timestamp with time zone,
	"cancel_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"paid_at" timestamp with time zone,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "orders_tenant_id_key" UNIQUE("tenant_id","id"),
	CONSTRAINT "orders_tenant_code_key" UNIQUE("tenant_id","code"),
	CONSTRAINT "orders_tenant_idempotency_key" UNIQUE("tenant_id","idempotency_key"),
	CONSTRAINT "orders_status" CHECK ("orders"."status" IN ('PENDING', 'PAID', 'IN_PREPARATION', 'READY', 'DELIVERED', 'EXPIRED', 'CANCELLED', 'REFUNDED')),
	CONSTRAINT "orders_code_format" CHECK ("orders"."code" ~ '^[A-Z0-9]{4,8}$'),
	CONSTRAINT "orders_idempotency_key" CHECK (length("orders"."idempotency_key") BETWEEN 8 AND 128),
	CONSTRAINT "orders_total_nonnegative" CHECK ("orders"."total_cents" >= 0),
	CONSTRAINT "orders_paid_at" CHECK ("orders"."status" IN ('PENDING', 'EXPIRED', 'CANCELLED') OR "orders"."paid_at" IS NOT NULL),
	CONSTRAINT "orders_hold_extended_after_created" CHECK ("orders"."hold_extended_at" IS NULL OR "orders"."hold_extended_at" >= "orders"."created_at")
);
--> statement-breakpoint
CREATE TABLE "outbox_events" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "outbox_events_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"tenant_id" uuid NOT NULL,
	"type" text NOT NULL,
	"aggregate_id" uuid,
	"payload" jsonb NOT NULL,
	"tx_id" "xid8" DEFAULT pg_current_xact_id() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "payments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"order_id" uuid NOT NULL,
	"provider" text NOT NULL,
	"method" text NOT NULL,
	"provider_payment_id" text,
	"status" text DEFAULT 'pending' NOT NULL,
	"amount_cents" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "payments_provider_id_key" UNIQUE("provider","provider_payment_id"),
	CONSTRAINT "payments_amount_positive" CHECK ("payments"."amount_cents" > 0),
	CONSTRAINT "payments_provider" CHECK ("payments"."provider" IN ('mercadopago', 'dev')),
	CONSTRAINT "payments_method" CHECK ("payments"."method" IN ('pix', 'card')),
	CONSTRAINT "payments_status" CHECK ("payments"."status" IN ('pending', 'approved', 'authorized', 'in_process', 'in_mediation', 'rejected', 'cancelled', 'refunded', 'charged_back'))
);
--> statement-breakpoint
CREATE TABLE "tenants" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"is_open" boolean DEFAULT true NOT NULL,
	"hold_seconds" integer DEFAULT 120 NOT NULL,
	"max_hold_seconds" integer DEFAULT 600 NOT NULL,
	"freshness_hours" integer DEFAULT 4 NOT NULL,
	"default_slices_per_pizza" integer DEFAULT 8 NOT NULL,
	"timezone" text DEFAULT 'America/Sao_Paulo' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "tenants_slug_unique" UNIQUE("slug"),
	CONSTRAINT "tenants_slug_format" CHECK ("tenants"."slug" ~ '^[a-z0-9](-?[a-z0-9])*$' AND length("tenants"."slug") BETWEEN 3 AND 48),
	CONSTRAINT "tenants_name_not_blank" CHECK (length(btrim("tenants"."name")) BETWEEN 1 AND 80),
	CONSTRAINT "tenants_hold_seconds" CHECK ("tenants"."hold_seconds" BETWEEN 30 AND 900),
	CONSTRAINT "tenants_max_hold" CHECK ("tenants"."max_hold_seconds" BETWEEN "tenants"."hold_seconds" AND 3600),
	CONSTRAINT "tenants_freshness_hours" CHECK ("tenants"."freshness_hours" BETWEEN 1 AND 24),
	CONSTRAINT "tenants_default_slices" CHECK ("tenants"."default_slices_per_pizza" BETWEEN 4 AND 16)
);
--> statement-breakpoint
CREATE TABLE "memberships" (
	"user_id" uuid NOT NULL,
	"tenant_id" uuid NOT NULL,
	"role" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "memberships_user_id_tenant_id_pk" PRIMARY KEY("user_id","tenant_id"),
	CONSTRAINT "memberships_role" CHECK ("memberships"."role" IN ('owner', 'manager', 'kitchen'))
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"email" text NOT NULL,
	"name" text NOT NULL,
	"password_hash" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "users_email_unique" UNIQUE("email"),
	CONSTRAINT "users_email_lower" CHECK ("users"."email" = lower("users"."email") AND "users"."email" LIKE '%_@_%')
);
--> statement-breakpoint
ALTER TABLE "products" ADD CONSTRAINT "products_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "batches" ADD CONSTRAINT "batches_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "batches" ADD CONSTRAINT "batches_product_fk" FOREIGN KEY ("tenant_id","product_id") REFERENCES "public"."products"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lost_sales" ADD CONSTRAINT "lost_sales_product_fk" FOREIGN KEY ("tenant_id","product_id") REFERENCES "public"."products"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "slices" ADD CONSTRAINT "slices_batch_fk" FOREIGN KEY ("tenant_id","batch_id") REFERENCES "public"."batches"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "slices" ADD CONSTRAINT "slices_product_fk" FOREIGN KEY ("tenant_id","product_id") REFERENCES "public"."products"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "slices" ADD CONSTRAINT "slices_order_fk" FOREIGN KEY ("tenant_id","order_id") REFERENCES "public"."orders"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "order_items" ADD CONSTRAINT "order_items_order_fk" FOREIGN KEY ("tenant_id","order_id") REFERENCES "public"."orders"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "order_items" ADD CONSTRAINT "order_items_product_fk" FOREIGN KEY ("tenant_id","product_id") REFERENCES "public"."products"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "orders" ADD CONSTRAINT "orders_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outbox_events" ADD CONSTRAINT "outbox_events_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payments" ADD CONSTRAINT "payments_order_fk" FOREIGN KEY ("tenant_id","order_id") REFERENCES "public"."orders"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "batches_product_idx" ON "batches" USING btree ("tenant_id","product_id","status");--> statement-breakpoint
CREATE INDEX "lost_sales_tenant_time_idx" ON "lost_sales" USING btree ("tenant_id","created_at");--> statement-breakpoint
CREATE INDEX "lost_sales_product_idx" ON "lost_sales" USING btree ("product_id");--> statement-breakpoint
CREATE INDEX "slices_product_idx" ON "slices" USING btree ("product_id");--> statement-breakpoint
CREATE INDEX "slices_order_idx" ON "slices" USING btree ("order_id") WHERE "slices"."order_id" IS NOT NULL;--> statement-breakpoint
CREATE INDEX "slices_sellable_idx" ON "slices" USING btree ("tenant_id","product_id","id") WHERE "slices"."status" IN ('AVAILABLE', 'RESERVED');--> statement-breakpoint
CREATE INDEX "slices_hold_expiry_idx" ON "slices" USING btree ("reserved_until") WHERE "slices"."status" = 'RESERVED';--> statement-breakpoint
CREATE INDEX "order_items_product_idx" ON "order_items" USING btree ("tenant_id","product_id");--> statement-breakpoint
CREATE INDEX "orders_tenant_status_idx" ON "orders" USING btree ("tenant_id","status","created_at");--> statement-breakpoint
CREATE INDEX "orders_pending_expiry_idx" ON "orders" USING btree ("hold_expires_at") WHERE "orders"."status" = 'PENDING';--> statement-breakpoint
CREATE INDEX "outbox_events_tenant_idx" ON "outbox_events" USING btree ("tenant_id","id");--> statement-breakpoint
CREATE INDEX "outbox_events_created_idx" ON "outbox_events" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "payments_order_idx" ON "payments" USING btree ("tenant_id","order_id");--> statement-breakpoint
CREATE INDEX "memberships_tenant_idx" ON "memberships" USING btree ("tenant_id");