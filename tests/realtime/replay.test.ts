import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { markDelivered, markReady, startPreparation, undoLastMove } from '@/lib/orders/transitions';
import { mintKdsToken } from '@/lib/realtime/kds-token';
import { outboxPosition } from '@/lib/realtime/outbox-position';
import { afterEach } from 'vitest';
import {
  listen,
  paidOrder,
  shopWithPaidOrder,
  spawnSidecar,
  startSidecar,
  stopSpawnedSidecars,
  waitFor,
} from './helpers';

const kds = (tenantId: string) => async () => ({
  room: 'kds' as const,
  tenantId,
  token: await mintKdsToken({ userId: crypto.randomUUID(), tenantId, role: 'manager' }),
});

const moves = (events: { type: string; aggregateId: string | null; payload: unknown }[]) =>
  events.filter((e) => e.type === 'order.status_changed').map((e) => (e.payload as { to: string }).to);

// One sidecar for the reconnect and join cases; the restart case runs its own processes.
let sidecar: Awaited<ReturnType<typeof startSidecar>>;
beforeAll(async () => {
  sidecar = await startSidecar();
});
afterAll(async () => {
  await sidecar?.close();
});

describe('reconnecting', () => {
  it('a client offline during three changes gets all three on reconnect, in order, once', async () => {
    const { tenant, order } = await shopWithPaidOrder();
    const kitchen = await listen(sidecar.url, kds(tenant.id));
    const ref = { tenantId: tenant.id, orderId: order.id };

    kitchen.client.socket.disconnect();
    await startPreparation(ref);
    await markReady(ref);
    await markDelivered(ref);
    expect(moves(kitchen.events)).toEqual([]);

    kitchen.client.socket.connect();
    await waitFor(() => moves(kitchen.events).length >= 3, 5_000, 'the replay');
    expect(moves(kitchen.events)).toEqual(['IN_PREPARATION', 'READY', 'DELIVERED']);
    expect(kitchen.joins()).toBe(2); // a fresh token for the second join
    // The first join refetches (what committed before it was never sent); the rejoin replays instead.
    expect(kitchen.resyncs()).toBe(1);

    // Live again: the next change arrives once, after the replayed ones.
    await undoLastMove({ ...ref, from: 'DELIVERED' });
    await waitFor(() => moves(kitchen.events).length >= 4, 5_000, 'the live event');
    expect(moves(kitchen.events)).toEqual(['IN_PREPARATION', 'READY', 'DELIVERED', 'READY']);
    kitchen.client.close();
  });
});

describe("joining with the page's render position", () => {
  it('replays what committed after the render, and needs no refetch', async () => {
    const { tenant, order } = await shopWithPaidOrder();
    const since = await outboxPosition();
    await startPreparation({ tenantId: tenant.id, orderId: order.id }); // between the render and the join

    const kitchen = await listen(sidecar.url, kds(tenant.id), since);
    await waitFor(() => moves(kitchen.events).length >= 1, 5_000, 'the replay');
    expect(moves(kitchen.events)).toEqual(['IN_PREPARATION']);
    expect(kitchen.resyncs()).toBe(0);
    kitchen.client.close();
  });

  it('sends nothing and asks for no refetch when nothing changed', async () => {
    const { tenant, order } = await shopWithPaidOrder();
    const menu = await listen(sidecar.url, { room: 'menu', tenantId: tenant.id }, await outboxPosition());
    const kitchen = await listen(sidecar.url, kds(tenant.id), await outboxPosition());
    expect(menu.events).toEqual([]);
    expect(menu.resyncs() + kitchen.resyncs()).toBe(0);

    // Still live: the next change arrives once.
    await startPreparation({ tenantId: tenant.id, orderId: order.id });
    await waitFor(() => moves(kitchen.events).length >= 1, 5_000, 'the live event');
    expect(moves(kitchen.events)).toEqual(['IN_PREPARATION']);
    menu.client.close();
    kitchen.client.close();
  });
});

/** A deadline for what waits on a freshly spawned process, not an expected duration. */
const PROCESS_WAIT_MS = 120_000;

describe('restarting the sidecar', () => {
  afterEach(stopSpawnedSidecars);

  // Two sidecar processes start (tsx compiles realtime/ each time) and one drains: on a 2-core machine
  // running several suites at once that alone took 30 s, then 120 s. The deadlines only catch a hang;
  // every wait returns as soon as its condition holds.
  it('loses nothing written while it was down or going down', async () => {
    const { tenant, product } = await shopWithPaidOrder();
    const orders = await Promise.all(Array.from({ length: 6 }, () => paidOrder(tenant.id, product.id, 1)));
    const first = await spawnSidecar();
    const health = await fetch(`${first.url}/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ ok: true, listening: true });
    const kitchen = await listen(first.url, kds(tenant.id));

    // A stream of moves; the sidecar goes down after the first two and comes back on the same port mid-stream.
    const written: string[] = [];
    let restarted: Awaited<ReturnType<typeof spawnSidecar>> | undefined;
    for (const [i, order] of orders.entries()) {
      const ref = { tenantId: tenant.id, orderId: order.id };
      await startPreparation(ref);
      await markReady(ref);
      written.push(`${order.id}:IN_PREPARATION`, `${order.id}:READY`);
      if (i === 1) {
        await waitFor(
          () => moves(kitchen.events.filter((e) => e.aggregateId === order.id)).length === 2,
          PROCESS_WAIT_MS,
          'moves before the restart',
        );
        expect(await first.stop()).toBe(0); // graceful: exit code 0 on SIGTERM
      }
      if (i === 3) restarted = await spawnSidecar(first.port);
    }

    try {
      await waitFor(
        () => moves(kitchen.events).length >= written.length,
        PROCESS_WAIT_MS,
        'every move after the restart',
      );
      const received = kitchen.events
        .filter((e) => e.type === 'order.status_changed')
        .map((e) => `${e.aggregateId}:${(e.payload as { to: string }).to}`);
      expect(received).toEqual(written);
      expect(kitchen.states).toContain('offline');
    } finally {
      kitchen.client.close();
      await restarted?.stop();
    }
  }, 300_000);
});
