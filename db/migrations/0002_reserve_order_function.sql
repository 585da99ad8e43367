-- The truth of a reservation as one atomic statement, so the hot path costs one
-- round trip and needs no query before its Redis claim: it checks the tenant
-- (open, hold time) and the products (active, prices), then writes the order,
-- its items, the conditional claim of exactly the chosen slices (all or
-- nothing) and the outbox events. Raises: MP001 idempotency key taken, MP002 a
-- slice is no longer free, MP003 unknown tenant, MP004 shop closed, MP005 a
-- product is unknown or inactive.
CREATE FUNCTION reserve_order(
  p_order_id uuid, p_tenant_id uuid, p_code text, p_idempotency_key text, p_request_hash text,
  p_customer_name text, p_customer_phone text, p_customer_email text,
  p_product_ids uuid[], p_quantities int[], p_slice_ids bigint[]
) RETURNS SETOF orders LANGUAGE plpgsql AS $$
DECLARE
  t tenants;
  o orders;
  priced int;
  claimed int;
BEGIN
  SELECT * INTO t FROM tenants WHERE id = p_tenant_id;
  IF t.id IS NULL THEN
    RAISE EXCEPTION 'unknown tenant' USING ERRCODE = 'MP003';
  END IF;
  IF NOT t.is_open THEN
    RAISE EXCEPTION 'shop closed' USING ERRCODE = 'MP004';
  END IF;

  INSERT INTO orders (id, tenant_id, code, idempotency_key, request_hash, customer_name, customer_phone,
    customer_email, total_cents, hold_expires_at)
  SELECT p_order_id, p_tenant_id, p_code, p_idempotency_key, p_request_hash, p_customer_name, p_customer_phone,
    p_customer_email, coalesce(sum(x.q * p.price_cents), 0), now() + make_interval(secs => t.hold_seconds)
  FROM unnest(p_product_ids, p_quantities) AS x(id, q)
  JOIN products p ON p.tenant_id = p_tenant_id AND p.id = x.id AND p.active
  ON CONFLICT (tenant_id, idempotency_key) DO NOTHING
  RETURNING * INTO o;
  IF o.id IS NULL THEN
    RAISE EXCEPTION 'duplicate request' USING ERRCODE = 'MP001';
  END IF;

  INSERT INTO order_items (tenant_id, order_id, product_id, quantity, unit_price_cents)
  SELECT p_tenant_id, o.id, x.id, x.q, p.price_cents
  FROM unnest(p_product_ids, p_quantities) AS x(id, q)
  JOIN products p ON p.tenant_id = p_tenant_id AND p.id = x.id AND p.active;
  GET DIAGNOSTICS priced = ROW_COUNT;
  IF priced <> cardinality(p_product_ids) THEN
    RAISE EXCEPTION 'unknown or inactive product' USING ERRCODE = 'MP005';
  END IF;

  UPDATE slices s SET status = 'RESERVED', order_id = o.id, reserved_until = o.hold_expires_at
  WHERE s.tenant_id = p_tenant_id AND s.id = ANY (p_slice_ids)
    AND s.status IN ('AVAILABLE', 'RESERVED') AND (s.status = 'AVAILABLE' OR s.reserved_until < now());
  GET DIAGNOSTICS claimed = ROW_COUNT;
  IF claimed <> cardinality(p_slice_ids) THEN
    RAISE EXCEPTION 'slice taken' USING ERRCODE = 'MP002';
  END IF;

  INSERT INTO outbox_events (tenant_id, type, aggregate_id, payload) VALUES
    (p_tenant_id, 'order.reserved', o.id,
      jsonb_build_object('code', o.code, 'holdExpiresAt', to_char(o.hold_expires_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))),
    (p_tenant_id, 'inventory.changed', NULL, jsonb_build_object('productIds', to_jsonb(p_product_ids)));
  RETURN NEXT o;
END;
$$;
