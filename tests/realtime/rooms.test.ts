import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBatch } from '@/lib/inventory';
import { orderAccessToken } from '@/lib/orders/access-token';
import { markReady, startPreparation } from '@/lib/orders/transitions';
import { mintKdsToken } from '@/lib/realtime/kds-token';
import { createProduct, createTenant } from '../fixtures';
import { listen, paidOrder, shopWithPaidOrder, startSidecar, waitFor } from './helpers';

let sidecar: Awaited<ReturnType<typeof startSidecar>>;
beforeAll(async () => {
  sidecar = await startSidecar();
});
afterAll(async () => {
  await sidecar?.close();
});

const kdsRequest = async (tenantId: string) => ({
  room: 'kds' as const,
  tenantId,
  token: await mintKdsToken({ userId: crypto.randomUUID(), tenantId, role: 'kitchen' }),
});

describe('realtime rooms', () => {
  it("sends a tenant's changes to its own kitchen room and never to another tenant's", async () => {
    const a = await createTenant();
    const b = await createTenant();
    const flavorA = await createProduct(a.id);
    const flavorB = await createProduct(b.id);
    const kdsA = await listen(sidecar.url, await kdsRequest(a.id));
    const kdsB = await listen(sidecar.url, await kdsRequest(b.id));

    await openBatch({ tenantId: a.id, productId: flavorA.id });
    const order = await paidOrder(a.id, flavorA.id);
    await startPreparation({ tenantId: a.id, orderId: order.id });
    await waitFor(
      () => kdsA.events.some((e) => e.type === 'order.status_changed'),
      5_000,
      "A's kitchen to see the move",
    );

    // A marker in B's room after A's events: batches go out in order, so had any of A's events
    // been sent to B, they would have arrived before it.
    await openBatch({ tenantId: b.id, productId: flavorB.id });
    await waitFor(() => kdsB.events.length > 0, 5_000, "B's marker");

    expect(kdsA.events.map((e) => e.type)).toEqual([
      'inventory.changed',
      'order.reserved',
      'inventory.changed',
      'order.paid',
      'inventory.changed',
      'order.status_changed',
    ]);
    expect(kdsA.events.every((e) => e.tenantId === a.id)).toBe(true);
    expect(kdsB.events.map((e) => [e.type, e.tenantId])).toEqual([['inventory.changed', b.id]]);
    kdsA.client.close();
    kdsB.client.close();
  });

  it('sends slice counts to the public menu room, and an order only to its own page', async () => {
    const { tenant, product, order } = await shopWithPaidOrder();
    const other = await paidOrder(tenant.id, product.id);
    const menu = await listen(sidecar.url, { room: 'menu', tenantId: tenant.id });
    const page = await listen(sidecar.url, { room: 'order', orderId: order.id, token: orderAccessToken(order.id) });

    await startPreparation({ tenantId: tenant.id, orderId: other.id });
    await startPreparation({ tenantId: tenant.id, orderId: order.id });
    await markReady({ tenantId: tenant.id, orderId: order.id });
    const opened = await openBatch({ tenantId: tenant.id, productId: product.id });
    if (!opened.ok) throw new Error(opened.error.message);
    // A fresh subscriber may also get events committed just before it joined (the node had not
    // read them yet): harmless, so only what happened after joining is checked.
    const moves = () => page.events.filter((e) => e.type === 'order.status_changed');
    await waitFor(
      () => moves().length === 2 && menu.events.some((e) => e.aggregateId === opened.batch.id),
      5_000,
      'order page and menu events',
    );

    expect(moves().map((e) => e.payload)).toEqual([
      { code: order.code, from: 'PAID', to: 'IN_PREPARATION', undo: false },
      { code: order.code, from: 'IN_PREPARATION', to: 'READY', undo: false },
    ]);
    expect(page.events.every((e) => e.aggregateId === order.id)).toBe(true);
    expect(menu.events.every((e) => e.type === 'inventory.changed')).toBe(true);
    expect(menu.events.at(-1)!.payload).toEqual({ productIds: [product.id] });
    menu.client.close();
    page.client.close();
  });
});
