CREATE INDEX "outbox_events_tx_idx" ON "outbox_events" USING btree ("tx_id");--> statement-breakpoint
CREATE INDEX "outbox_events_tenant_tx_idx" ON "outbox_events" USING btree ("tenant_id","tx_id");--> statement-breakpoint
CREATE INDEX "outbox_events_aggregate_tx_idx" ON "outbox_events" USING btree ("aggregate_id","tx_id") WHERE "outbox_events"."aggregate_id" IS NOT NULL;