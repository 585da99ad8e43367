-- The SQL transaction of one reservation (lib/inventory/write-reservation.ts calls
-- reserve_order, db/migrations/0002), for pgbench: the order, its item, the
-- conditional claim of the chosen slices, the two outbox events. bench/reserve.ts runs it at the buyers' concurrency to measure the
-- ceiling of Postgres on this machine; run it by hand with
--   pgbench -n -M prepared -c 64 -j 2 -T 10 -f bench/reserve.pgbench.sql \
--     -D tenant=<uuid> -D product=<uuid> -D base=<first slice id> -D stride=<slices per client> -D n=0 <db>
--
-- Which slices: the engine picks candidate ids before the transaction (Postgres
-- read + Redis claim) and the transaction updates exactly those ids with the "is
-- free" predicate. To run the same UPDATE, not an easier or harder one, each client
-- walks its own range of a pre-seeded pool (ids base + client_id * stride + n, n
-- grows with every order): the ids are constants in the IN list as in the app, every
-- update claims all the rows it names (bench/reserve.ts checks that afterwards), and
-- clients never wait on each other's row locks, as with Redis in front of Postgres.
-- A `WHERE id IN (SELECT … FOR UPDATE SKIP LOCKED)` would add a scan and locking the
-- app's write does not do; random ids would claim fewer rows as the pool fills.
-- :n lives across transactions (pgbench keeps a client's variables), starts at -D n=0.
--
-- 1–3 slices of one flavor, as the benchmark's buyers ask; repeated ids are folded
-- (reserve_order wants every id it is given claimed).
\set q random(1, 3)
\set first :base + :client_id * :stride + :n
\set n :n + :q
\set second :first + least(:q - 1, 1)
\set third :first + least(:q - 1, 2)
\set seq :client_id * 1048576 + :n
-- The order code is made unique from the client and its counter: a random 5-letter
-- code would collide now and then over tens of thousands of orders and pgbench would
-- abort the client on the unique violation (the app retries instead).
SELECT id FROM reserve_order(
  gen_random_uuid(), :tenant, 'P' || upper(lpad(to_hex(:seq::bigint), 7, '0')), 'pgbench-' || gen_random_uuid(),
  'pPmHdW1eAzS7s8oy0R8oU0c2kqJ6tKxPzZ6dQbdC3Zk', NULL, NULL, NULL,
  ARRAY[:product]::uuid[], ARRAY[:q]::int[],
  (SELECT array_agg(DISTINCT x) FROM unnest(ARRAY[:first, :second, :third]::bigint[]) AS x));
