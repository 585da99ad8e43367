import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { orders, outboxEvents } from '@/db/schema';
import { markDelivered, markReady, startPreparation, undoLastMove } from '@/lib/orders/transitions';
import { createProduct, createTenant, key, openPizzas } from '../fixtures';
import { reserveSlices } from '@/lib/inventory';
import { paidOrder } from '../realtime/helpers';

async function paid() {
  const tenant = await createTenant();
  const product = await createProduct(tenant.id);
  await openPizzas(tenant.id, product.id, 1);
  const order = await paidOrder(tenant.id, product.id);
  return { tenant, product, order, ref: { tenantId: tenant.id, orderId: order.id } };
}

const statusOf = async (orderId: string) =>
  (await db.select({ s: orders.status }).from(orders).where(eq(orders.id, orderId)))[0]?.s;
const movesOf = (tenantId: string, orderId: string) =>
  db
    .select({ payload: outboxEvents.payload })
    .from(outboxEvents)
    .where(
      and(
        eq(outboxEvents.tenantId, tenantId),
        eq(outboxEvents.aggregateId, orderId),
        eq(outboxEvents.type, 'order.status_changed'),
      ),
    )
    .orderBy(outboxEvents.id);

describe('order status moves', () => {
  it('walks Novo → Em preparo → Pronto → Entregue, one event per move', async () => {
    const { tenant, order, ref } = await paid();
    expect((await startPreparation(ref)).ok).toBe(true);
    expect((await markReady(ref)).ok).toBe(true);
    const delivered = await markDelivered(ref);
    expect(delivered.ok && delivered.order.status).toBe('DELIVERED');
    expect((await movesOf(tenant.id, order.id)).map((m) => m.payload)).toEqual([
      { code: order.code, from: 'PAID', to: 'IN_PREPARATION', undo: false },
      { code: order.code, from: 'IN_PREPARATION', to: 'READY', undo: false },
      { code: order.code, from: 'READY', to: 'DELIVERED', undo: false },
    ]);
  });

  it('is idempotent: a repeated move or undo changes nothing and writes no event', async () => {
    const { tenant, order, ref } = await paid();
    await startPreparation(ref);
    const again = await startPreparation(ref);
    expect(again.ok && again.replay).toBe(true);
    const both = await Promise.all([markReady(ref), markReady(ref)]);
    expect(both.map((r) => r.ok && r.replay).sort()).toEqual([false, true]);

    const undone = await undoLastMove({ ...ref, from: 'READY' });
    expect(undone.ok && undone.order.status).toBe('IN_PREPARATION');
    const undoneAgain = await undoLastMove({ ...ref, from: 'READY' });
    expect(undoneAgain.ok && undoneAgain.replay).toBe(true);
    expect(await statusOf(order.id)).toBe('IN_PREPARATION');
    expect((await movesOf(tenant.id, order.id)).map((m) => (m.payload as { to: string }).to)).toEqual([
      'IN_PREPARATION',
      'READY',
      'IN_PREPARATION',
    ]);
  });

  it('refuses moves out of order, and orders that are not paid', async () => {
    const { tenant, product, ref } = await paid();
    const skip = await markDelivered(ref);
    expect(skip.ok ? 'moved' : skip.error).toMatchObject({ code: 'invalid_move', status: 'PAID' });
    expect(skip.ok ? '' : skip.error.message).toMatch(/está novo/);
    const noUndo = await undoLastMove({ ...ref, from: 'PAID' });
    expect(noUndo.ok ? 'moved' : noUndo.error.code).toBe('invalid_move');

    const pending = await reserveSlices({
      tenantId: tenant.id,
      idempotencyKey: key(),
      items: [{ productId: product.id, quantity: 1 }],
    });
    if (!pending.ok) throw new Error(pending.error.message);
    const unpaid = await startPreparation({ tenantId: tenant.id, orderId: pending.order.id });
    expect(unpaid.ok ? 'moved' : unpaid.error).toMatchObject({ code: 'invalid_move', status: 'PENDING' });
    expect(await statusOf(pending.order.id)).toBe('PENDING');
  });

  it("never moves another tenant's order, and answers bad ids as invalid input", async () => {
    const { order } = await paid();
    const other = await createTenant();
    const foreign = await startPreparation({ tenantId: other.id, orderId: order.id });
    expect(foreign.ok ? 'moved' : foreign.error.code).toBe('order_not_found');
    expect(await statusOf(order.id)).toBe('PAID');
    const bad = await markReady({ tenantId: 'nope', orderId: order.id });
    expect(bad.ok ? 'moved' : bad.error.code).toBe('invalid_input');
  });
});
