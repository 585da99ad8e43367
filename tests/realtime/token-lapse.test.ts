import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPreparation } from '@/lib/orders/transitions';
import { mintKdsToken } from '@/lib/realtime/kds-token';
import { listen, shopWithPaidOrder, startSidecar, waitFor } from './helpers';

let sidecar: Awaited<ReturnType<typeof startSidecar>>;
beforeAll(async () => {
  sidecar = await startSidecar();
});
afterAll(async () => {
  await sidecar?.close();
});

const kitchen = (tenantId: string) => ({ userId: crypto.randomUUID(), tenantId, role: 'kitchen' as const });
const moves = (events: { type: string; payload: unknown }[]) =>
  events.filter((e) => e.type === 'order.status_changed').map((e) => (e.payload as { to: string }).to);

describe('a kitchen token lapsing on a connected tablet', () => {
  it('rejoins with a fresh token and keeps receiving', async () => {
    const { tenant, order } = await shopWithPaidOrder();
    // Tokens that lapse within two seconds, so the lapse comes within the test; at least one second, as
    // the JWT counts whole seconds and a token minted at x.999 s with one second would be stale on arrival.
    const tablet = await listen(sidecar.url, async () => ({
      room: 'kds',
      tenantId: tenant.id,
      token: await mintKdsToken(kitchen(tenant.id), 2),
    }));
    await waitFor(() => tablet.joins() >= 2, 5_000, 'the rejoin after the lapse');

    await startPreparation({ tenantId: tenant.id, orderId: order.id });
    await waitFor(() => moves(tablet.events).length >= 1, 5_000, 'the move after the rejoin');
    expect(moves(tablet.events)).toEqual(['IN_PREPARATION']);
    expect(tablet.errors).toEqual([]);
    tablet.client.close();
  });

  it('stops the orders of a member who can no longer get a token', async () => {
    const { tenant, order } = await shopWithPaidOrder();
    let member = true;
    const removed = await listen(sidecar.url, async () => {
      if (!member) throw new Error('403: no longer a member'); // what /api/t/{slug}/kds/token answers them
      return { room: 'kds', tenantId: tenant.id, token: await mintKdsToken(kitchen(tenant.id), 2) };
    });
    const witness = await listen(sidecar.url, {
      room: 'kds',
      tenantId: tenant.id,
      token: await mintKdsToken(kitchen(tenant.id)),
    });
    // Both joined. Whether `removed` is in the room at this very instant is timing: its short-lived
    // token may already have lapsed and been renewed. So the room is checked after the refusal, when
    // only one answer is right under any schedule.
    expect(removed.joins()).toBeGreaterThanOrEqual(1);
    expect(removed.errors).toEqual([]);

    member = false; // the owner removes them from the team
    await waitFor(() => removed.errors.length >= 1, 5_000, 'the refused rejoin');
    expect(removed.errors[0]).toMatchObject({ ok: false, error: 'unavailable' });

    // Out of the room on the sidecar's side, not just quiet: only the witness is left in it.
    const inRoom = await sidecar.server.io.in(removed.room).fetchSockets();
    expect(inRoom.map((s) => s.id)).toEqual([witness.client.socket.id]);
    await startPreparation({ tenantId: tenant.id, orderId: order.id });
    await waitFor(() => moves(witness.events).length >= 1, 5_000, 'the move on a current tablet');
    expect(moves(removed.events)).toEqual([]);
    removed.client.close();
    witness.client.close();
  });
});
