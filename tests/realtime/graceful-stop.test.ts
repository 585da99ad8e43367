import { afterEach, describe, expect, it } from 'vitest';
import { reserveSlices } from '@/lib/inventory';
import { createProduct, createTenant, key, openPizzas } from '../fixtures';
import { listen, startSidecar, waitFor } from './helpers';

const open: { close(): Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((x) => x.close()));
});

describe('realtime graceful stop', () => {
  it('tells sockets to reconnect; on the next node they replay what committed meanwhile', async () => {
    const tenant = await createTenant();
    const product = await createProduct(tenant.id);
    await openPizzas(tenant.id, product.id, 1);
    const first = await startSidecar();
    const port = new URL(first.url).port;
    const menu = await listen(first.url, { room: 'menu', tenantId: tenant.id });
    open.push({ close: async () => menu.client.close() });
    expect(menu.joins()).toBe(1);

    const health = async (url: string) => (await fetch(`${url}/health`)).json() as Promise<{ draining: boolean }>;
    expect((await health(first.url)).draining).toBe(false);
    await first.close();
    await waitFor(() => menu.client.state === 'offline', 5_000, 'the socket to be dropped');

    // Committed while no node is up: only the cursor can bring it back.
    const reserved = await reserveSlices({
      tenantId: tenant.id,
      idempotencyKey: key(),
      items: [{ productId: product.id, quantity: 2 }],
    });
    expect(reserved.ok).toBe(true);

    // The next node on the same address, as the gateway would route the reconnecting socket.
    const second = await startSidecar({ port: Number(port) });
    open.push(second);
    await waitFor(() => menu.events.length >= 1, 10_000, 'the replayed event');
    expect(menu.joins()).toBe(2);
    expect(menu.events.map((e) => e.type)).toEqual(['inventory.changed']);
    expect(menu.resyncs()).toBe(1); // only the first join (no cursor yet) asked for a refetch
  });

  it('refuses new subscriptions and turns its health red while draining', async () => {
    const tenant = await createTenant();
    const sidecar = await startSidecar();
    open.push(sidecar);
    // Hold the tail between reads so the stop waits in its draining phase.
    let release!: () => void;
    const held = sidecar.server.tail.exclusive(() => new Promise<void>((r) => (release = r)));
    const stopping = sidecar.server.close();
    const health = await fetch(`${sidecar.url}/health`);
    expect(health.status).toBe(503);
    expect(await health.json()).toMatchObject({ ok: false, draining: true });
    const late = await listen(sidecar.url, { room: 'menu', tenantId: tenant.id });
    late.client.close();
    expect(late.errors).toMatchObject([{ ok: false, error: 'unavailable' }]);
    release();
    await held;
    await stopping;
  });
});
