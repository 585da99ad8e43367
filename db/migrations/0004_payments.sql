CREATE TABLE "dev_provider_payments" (
	"id" text PRIMARY KEY NOT NULL,
	"tenant_id" uuid NOT NULL,
	"idempotency_key" text NOT NULL,
	"external_reference" text NOT NULL,
	"method" text NOT NULL,
	"amount_cents" integer NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "dev_provider_payments_idempotency_key" UNIQUE("tenant_id","idempotency_key"),
	CONSTRAINT "dev_provider_payments_amount" CHECK ("dev_provider_payments"."amount_cents" > 0),
	CONSTRAINT "dev_provider_payments_method" CHECK ("dev_provider_payments"."method" IN ('pix', 'card')),
	CONSTRAINT "dev_provider_payments_status" CHECK ("dev_provider_payments"."status" IN ('pending', 'approved', 'authorized', 'in_process', 'in_mediation', 'rejected', 'cancelled', 'refunded', 'charged_back'))
);
--> statement-breakpoint
CREATE TABLE "payment_credentials" (
	"tenant_id" uuid PRIMARY KEY NOT NULL,
	"access_token_encrypted" text NOT NULL,
	"webhook_secret_encrypted" text NOT NULL,
	"access_token_hint" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "payment_credentials_hint" CHECK (length("payment_credentials"."access_token_hint") BETWEEN 1 AND 8)
);
--> statement-breakpoint
CREATE TABLE "payment_notifications" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "payment_notifications_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"tenant_id" uuid NOT NULL,
	"provider" text NOT NULL,
	"notification_key" text NOT NULL,
	"action" text,
	"data_id" text NOT NULL,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL,
	"processed_at" timestamp with time zone,
	CONSTRAINT "payment_notifications_key" UNIQUE("tenant_id","provider","notification_key"),
	CONSTRAINT "payment_notifications_provider" CHECK ("payment_notifications"."provider" IN ('mercadopago', 'dev')),
	CONSTRAINT "payment_notifications_key_length" CHECK (length("payment_notifications"."notification_key") BETWEEN 1 AND 200)
);
--> statement-breakpoint
ALTER TABLE "payments" ADD COLUMN "provider_ref" text;--> statement-breakpoint
ALTER TABLE "payments" ADD COLUMN "status_detail" text;--> statement-breakpoint
ALTER TABLE "payments" ADD COLUMN "pix_qr_code" text;--> statement-breakpoint
ALTER TABLE "payments" ADD COLUMN "pix_qr_image" text;--> statement-breakpoint
ALTER TABLE "payments" ADD COLUMN "redirect_url" text;--> statement-breakpoint
ALTER TABLE "payments" ADD COLUMN "expires_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "payments" ADD COLUMN "applied_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "payments" ADD COLUMN "refund_reason" text;--> statement-breakpoint
ALTER TABLE "payments" ADD COLUMN "refunded_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "dev_provider_payments" ADD CONSTRAINT "dev_provider_payments_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payment_credentials" ADD CONSTRAINT "payment_credentials_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payment_notifications" ADD CONSTRAINT "payment_notifications_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payments" ADD CONSTRAINT "payments_order_method_key" UNIQUE("tenant_id","order_id","method");--> statement-breakpoint
ALTER TABLE "payments" ADD CONSTRAINT "payments_pix_shape" CHECK ("payments"."method" <> 'pix' OR ("payments"."pix_qr_code" IS NOT NULL AND "payments"."pix_qr_image" IS NOT NULL AND "payments"."provider_payment_id" IS NOT NULL));--> statement-breakpoint
ALTER TABLE "payments" ADD CONSTRAINT "payments_card_shape" CHECK ("payments"."method" <> 'card' OR "payments"."redirect_url" IS NOT NULL);--> statement-breakpoint
ALTER TABLE "payments" ADD CONSTRAINT "payments_refund_has_reason" CHECK ("payments"."refunded_at" IS NULL OR "payments"."refund_reason" IS NOT NULL);