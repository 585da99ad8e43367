import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { DEFAULT_HOLD_SECONDS, type Order } from '@/db/schema';
import { log } from '@/lib/observability/log';
import { metrics } from '@/lib/observability/metrics';
import { findOrderByIdempotencyKey, requestFingerprint } from '@/lib/orders/idempotency';
import { invalidInput } from '@/lib/result';
import { cachedCandidates, forgetCandidates } from './candidate-cache';
import { errors, fail, type FlavorAvailability, type Result } from './errors';
import { holdKey, holds, type GuardedHoldStore, type HoldStore } from './holds';
import { recordLostSales } from './lost-sales';
import { MAX_SLICES_PER_ORDER, reserveInputSchema, type ReserveInput } from './schemas';
import { batchIsSelling, countSellable, findSellableSlices, idList, sliceIsFree } from './sellable';
import {
  CodeTaken,
  DuplicateRequest,
  RequestRefused,
  SliceTaken,
  writeReservation,
  type ReservationDraft,
} from './write-reservation';

const MAX_ATTEMPTS = 6;

type Attempt =
  | { kind: 'reserved'; order: Order }
  /** The idempotency key, tenant or products decide the answer: see explain(). */
  | { kind: 'refused' }
  /** Stock exists but other checkouts hold it right now; `free` is what this attempt could take. */
  | { kind: 'contended'; free: Map<string, number> }
  | { kind: 'sold_out' };

type Plan = Omit<ReservationDraft, 'orderId' | 'sliceIds'>;

export type ReservedOrder = { order: Order; replay: boolean };

/**
 * Reserves every slice of an order or none. The happy path is one Redis call
 * and one Postgres statement: candidates come from a per-process cache, Redis
 * claims them in one Lua call to spare Postgres the contention, and
 * `reserve_order` checks the tenant and products and makes the conditional
 * update that is the truth. Without Redis, Postgres alone serves (SKIP LOCKED).
 * Anything but success is explained by one more query (explain()).
 */
export async function reserveSlices(
  raw: ReserveInput,
  deps: { holds: GuardedHoldStore } = { holds },
): Promise<Result<ReservedOrder>> {
  const parsed = reserveInputSchema.safeParse(raw);
  if (!parsed.success) return invalidInput(parsed.error);
  const input = parsed.data;
  const items = mergeQuantities(input.items);
  if (items.some((i) => i.quantity > MAX_SLICES_PER_ORDER)) {
    return invalidInput(reserveInputSchema.safeParse({ ...input, items }).error!);
  }
  const plan: Plan = {
    tenantId: input.tenantId,
    idempotencyKey: input.idempotencyKey,
    requestHash: requestFingerprint({ items, customer: input.customer ?? null }),
    customer: input.customer,
    items,
  };

  const timer = metrics.reserveSeconds.startTimer();
  let fellBack = false;
  let last: Attempt = { kind: 'sold_out' };
  // A request whose hold-store call failed finishes through Postgres alone rather than wait again.
  let storeFailed = false;
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
    const store = storeFailed ? null : deps.holds.available();
    if (store) {
      try {
        last = await attemptWithHolds(store, plan, attempt);
        deps.holds.succeeded();
      } catch (error) {
        if (!(error instanceof HoldStoreDown)) throw error;
        deps.holds.failed(error.cause);
        storeFailed = true;
        continue;
      }
    } else {
      fellBack = true;
      last = await attemptWithRowLocks(plan);
    }
    if (last.kind !== 'contended') break;
    // The holders either commit or let go within milliseconds: a short jittered wait beats a tight loop.
    if (attempt >= 2) await sleep(Math.random() * 5 * attempt);
  }
  timer();
  if (fellBack) metrics.redisFallbacks.inc();

  if (last.kind === 'reserved') {
    metrics.reservations.inc({ outcome: 'reserved' });
    metrics.ordersCreated.inc({ tenant: plan.tenantId });
    return { ok: true, order: last.order, replay: false };
  }
  return explain(plan, last.kind === 'contended' ? last.free : new Map());
}

function mergeQuantities(items: { productId: string; quantity: number }[]) {
  const merged = new Map<string, number>();
  for (const i of items) merged.set(i.productId, (merged.get(i.productId) ?? 0) + i.quantity);
  return [...merged].map(([productId, quantity]) => ({ productId, quantity }));
}

class HoldStoreDown extends Error {}

/**
 * How many candidates a claim carries: the slices wanted plus room for those other
 * processes' checkouts hold right now (this process's own are handed different
 * slices by the cache); retries look further. Every candidate is a key sent over
 * HTTP and tried by the Lua script, so the list is kept short.
 */
const candidateLimit = (quantity: number, attempt: number) => quantity + 8 * 2 ** Math.min(attempt, 5);

async function attemptWithHolds(store: HoldStore, plan: Plan, attempt: number): Promise<Attempt> {
  const wanted = plan.items.map((i) => ({ ...i, limit: candidateLimit(i.quantity, attempt) }));
  const candidates = await cachedCandidates(plan.tenantId, wanted);
  if (plan.items.some((i) => candidates.get(i.productId)!.length < i.quantity)) return { kind: 'sold_out' };

  const orderId = randomUUID();
  const groups = plan.items.map((i) => ({
    candidates: candidates.get(i.productId)!.map((id) => holdKey(plan.tenantId, id)),
    count: i.quantity,
  }));
  const claim = await store.claim(groups, orderId, await holdSecondsHint(plan.tenantId)).catch((cause: unknown) => {
    throw new HoldStoreDown('claim failed', { cause });
  });
  if (!claim.ok) {
    // Others hold what this process last read: the next read (shared by every waiting buyer) looks further.
    forgetCandidates(
      plan.tenantId,
      plan.items.map((i) => i.productId),
    );
    return { kind: 'contended', free: new Map(plan.items.map((i, g) => [i.productId, claim.free[g] ?? 0])) };
  }

  const keys = claim.claimed.flat();
  const sliceIds = keys.map((key) => Number(key.slice(key.lastIndexOf(':') + 1)));
  try {
    // One statement, so no explicit transaction: it commits or rolls back whole.
    const order = await writeReservation(db, { ...plan, orderId, sliceIds });
    return { kind: 'reserved', order };
  } catch (error) {
    await store
      .release(keys, orderId)
      .catch((err: unknown) => log.warn({ err }, 'could not drop holds; they expire by TTL'));
    const outcome = afterWriteFailure(error);
    if (outcome.kind === 'contended')
      forgetCandidates(
        plan.tenantId,
        plan.items.map((i) => i.productId),
      );
    return outcome;
  }
}

async function attemptWithRowLocks(plan: Plan): Promise<Attempt> {
  const orderId = randomUUID();
  const free = new Map<string, number>();
  try {
    const order = await db.transaction(async (tx) => {
      const sliceIds: number[] = [];
      for (const item of plan.items) {
        const ids = await findSellableSlices(tx, plan.tenantId, [{ productId: item.productId, limit: item.quantity }], {
          skipLocked: true,
        });
        const got = ids.get(item.productId)!;
        free.set(item.productId, got.length);
        sliceIds.push(...got);
      }
      if (plan.items.some((i) => free.get(i.productId)! < i.quantity)) throw new SliceTaken();
      return writeReservation(tx, { ...plan, orderId, sliceIds });
    });
    return { kind: 'reserved', order };
  } catch (error) {
    const outcome = afterWriteFailure(error);
    if (outcome.kind !== 'contended') return outcome;
    // Locked rows may be released by a rollback; only the committed count says sold out.
    const counts = await countSellable(
      db,
      plan.tenantId,
      plan.items.map((i) => i.productId),
    );
    const short = plan.items.some((i) => counts.get(i.productId)! < i.quantity);
    return short ? { kind: 'sold_out' } : { kind: 'contended', free };
  }
}

function afterWriteFailure(error: unknown): Attempt {
  if (error instanceof SliceTaken || error instanceof CodeTaken) return { kind: 'contended', free: new Map() };
  if (error instanceof DuplicateRequest || error instanceof RequestRefused) return { kind: 'refused' };
  throw error;
}

/**
 * The Redis TTL should match the hold Postgres will write (the tenant's hold
 * time); read at most once a second per tenant, like the candidates, and once
 * for all the reservations that find it stale at the same moment.
 */
const holdSecondsCache = new Map<string, { seconds: Promise<number>; at: number }>();
function holdSecondsHint(tenantId: string): Promise<number> {
  const cached = holdSecondsCache.get(tenantId);
  if (cached && Date.now() - cached.at < 1_000) return cached.seconds;
  const seconds = db
    .execute<{ hold_seconds: number }>(sql`SELECT hold_seconds FROM tenants WHERE id = ${tenantId}`)
    .then(([row]) => row?.hold_seconds ?? DEFAULT_HOLD_SECONDS);
  holdSecondsCache.set(tenantId, { seconds, at: Date.now() });
  // A failed read is not kept: the next reservation asks again.
  seconds.catch(() => holdSecondsCache.delete(tenantId));
  return seconds;
}

/** `sellable`: the flavor's slices that can be sold right now (committed state). */
type ProductRow = { id: string; name: string; active: boolean; sellable: number };

/**
 * Why a reservation did not go through: the answer a person gets, from committed
 * state, read in one statement (a sold-out answer needs the slices left, so they
 * come along rather than in a second round trip).
 */
async function explain(plan: Plan, freeNow: Map<string, number>): Promise<Result<ReservedOrder>> {
  const [row] = await db.execute<{ is_open: boolean; previous_order_id: string | null; products: ProductRow[] }>(sql`
    SELECT t.is_open,
      (SELECT o.id FROM orders o WHERE o.tenant_id = t.id AND o.idempotency_key = ${plan.idempotencyKey}) AS previous_order_id,
      (SELECT coalesce(json_agg(json_build_object('id', p.id, 'name', p.name, 'active', p.active, 'sellable',
          (SELECT count(*) FROM slices s JOIN batches b ON b.id = s.batch_id
            WHERE s.tenant_id = t.id AND s.product_id = p.id AND ${sliceIsFree} AND ${batchIsSelling}))), '[]')
        FROM products p WHERE p.tenant_id = t.id AND p.id IN (${idList(plan.items.map((i) => i.productId))})) AS products
    FROM tenants t WHERE t.id = ${plan.tenantId}`);
  if (!row) return errors.tenantNotFound();
  if (row.previous_order_id) {
    const previous = await findOrderByIdempotencyKey(plan.tenantId, plan.idempotencyKey);
    if (previous) return replay(previous, plan.requestHash);
  }
  if (!row.is_open) return errors.shopClosed();
  const byId = new Map(row.products.map((p) => [p.id, p]));
  const unknown = plan.items.filter((i) => !byId.has(i.productId)).map((i) => i.productId);
  if (unknown.length > 0) {
    return fail({
      code: 'unknown_product',
      message: 'Um dos sabores escolhidos não existe nesta pizzaria.',
      productIds: unknown,
    });
  }
  const inactive = plan.items.filter((i) => !byId.get(i.productId)!.active).map((i) => i.productId);
  if (inactive.length > 0) {
    return fail({
      code: 'product_inactive',
      message: 'Um dos sabores escolhidos saiu do cardápio.',
      productIds: inactive,
    });
  }
  metrics.reservations.inc({ outcome: 'sold_out' });
  return soldOut(plan, row.products, freeNow);
}

function replay(order: Order, requestHash: string): Result<ReservedOrder> {
  if (order.requestHash !== requestHash) {
    return fail({
      code: 'idempotency_conflict',
      message: 'Este pedido já foi enviado com outros itens. Recarregue a página e tente de novo.',
    });
  }
  return { ok: true, order, replay: true };
}

async function soldOut(
  plan: Plan,
  products: ProductRow[],
  freeNow: Map<string, number>,
): Promise<Result<ReservedOrder>> {
  const availability: FlavorAvailability[] = plan.items.map((i) => {
    const product = products.find((p) => p.id === i.productId);
    return {
      productId: i.productId,
      name: product?.name ?? '',
      requested: i.quantity,
      available: Math.min(product?.sellable ?? 0, freeNow.get(i.productId) ?? Infinity),
    };
  });
  await recordLostSales(plan.tenantId, availability);
  const short = availability.filter((a) => a.available < a.requested);
  const list = short.map((a) => `${a.name}: ${a.available === 0 ? 'esgotado' : `só ${a.available}`}`).join(', ');
  const message = list
    ? `Não há pedaços suficientes agora (${list}).`
    : 'Os últimos pedaços estão no carrinho de outras pessoas agora. Tente de novo em instantes.';
  return fail({ code: 'sold_out', message, availability });
}
