-- The truth of a reservation as one atomic statement, so the hot path costs one
-- round trip: the order, its items, the conditional claim of exactly the chosen
-- slices (all or nothing) and the outbox events. Raises MP001 when the idempotency
-- key is already taken and MP002 when any chosen slice is no longer free.
CREATE FUNCTION reserve_order(
  p_order_id uuid, p_tenant_id uuid, p_code text, p_idempotency_key text, p_request_hash text,
  p_customer_name text, p_customer_phone text, p_customer_email text,
  p_hold_seconds int, p_product_ids uuid[], p_quantities int[], p_unit_prices int[], p_slice_ids bigint[]
) RETURNS SETOF orders LANGUAGE plpgsql AS $$
DECLARE
  o orders;
  claimed int;
BEGIN
  INSERT INTO orders (id, tenant_id, code, idempotency_key, request_hash, customer_name, customer_phone,
    customer_email, total_cents, hold_expires_at)
  SELECT p_order_id, p_tenant_id, p_code, p_idempotency_key, p_request_hash, p_customer_name, p_customer_phone,
    p_customer_email, sum(q * u), now() + make_interval(secs => p_hold_seconds)
  FROM unnest(p_quantities, p_unit_prices) AS x(q, u)
  ON CONFLICT (tenant_id, idempotency_key) DO NOTHING
  RETURNING * INTO o;
  IF o.id IS NULL THEN
    RAISE EXCEPTION 'duplicate request' USING ERRCODE = 'MP001';
  END IF;

  INSERT INTO order_items (tenant_id, order_id, product_id, quantity, unit_price_cents)
  SELECT p_tenant_id, o.id, x.p, x.q, x.u FROM unnest(p_product_ids, p_quantities, p_unit_prices) AS x(p, q, u);

  UPDATE slices s SET status = 'RESERVED', order_id = o.id, reserved_until = o.hold_expires_at
  WHERE s.tenant_id = p_tenant_id AND s.id = ANY (p_slice_ids)
    AND (s.status = 'AVAILABLE' OR (s.status = 'RESERVED' AND s.reserved_until < now()));
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
