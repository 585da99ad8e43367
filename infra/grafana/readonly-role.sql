-- Grafana's read-only Postgres role (the "Postgres (leitura)" data source). Run once per database
-- as its owner, then give it a password:
--   psql "$DATABASE_URL" -f infra/grafana/readonly-role.sql
--   psql "$DATABASE_URL" -c "ALTER ROLE grafana_ro LOGIN PASSWORD '…'"   -- the same as GRAFANA_DB_PASSWORD
-- It reads sales and stock tables only: never users, sessions or payment credentials.
DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'grafana_ro') THEN
    CREATE ROLE grafana_ro NOLOGIN;
  END IF;
EXCEPTION WHEN duplicate_object THEN NULL;  -- created meanwhile by another session
END
$$;
ALTER ROLE grafana_ro SET default_transaction_read_only = on;
ALTER ROLE grafana_ro SET statement_timeout = '10s';
GRANT USAGE ON SCHEMA public TO grafana_ro;
GRANT SELECT ON tenants, products, batches, slices, orders, order_items, payments, lost_sales, outbox_events TO grafana_ro;
