import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { io } from 'socket.io-client';
import type { EventBatch, RealtimeEvent, SubscribeResult } from '@/lib/realtime/protocol';
import { createTenant } from '../fixtures';
import { listen, startSidecar, waitFor } from './helpers';

let sidecar: Awaited<ReturnType<typeof startSidecar>>;
let sql: postgres.Sql;
beforeAll(async () => {
  sidecar = await startSidecar();
  sql = postgres(inject('databaseUrl'), { max: 4, onnotice: () => {} });
});
afterAll(async () => {
  await sidecar?.close();
  await sql?.end();
});

/** An open transaction on a connection of its own. */
async function openTransaction() {
  const conn = await sql.reserve();
  await conn`BEGIN`;
  return {
    xid: async () => (await conn<{ xid: string }[]>`SELECT pg_current_xact_id()::text AS xid`)[0]!.xid,
    event: async (tenantId: string, label: string) =>
      Number(
        (
          await conn<{ id: string }[]>`
            INSERT INTO outbox_events (tenant_id, type, aggregate_id, payload)
            VALUES (${tenantId}, 'inventory.changed', NULL, ${sql.json({ productIds: [], label })}) RETURNING id`
        )[0]!.id,
      ),
    commit: async () => {
      await conn`COMMIT`;
      conn.release();
    },
  };
}

const labels = (events: { payload: unknown }[]) => events.map((e) => (e.payload as { label: string }).label);

describe('outbox gap', () => {
  it('delivers two overlapping transactions that commit in reverse order', async () => {
    const tenant = await createTenant();
    const menu = await listen(sidecar.url, { room: 'menu', tenantId: tenant.id });
    const early = await openTransaction();
    const late = await openTransaction();
    const earlyId = await early.event(tenant.id, 'early');
    const lateId = await late.event(tenant.id, 'late');
    expect(earlyId).toBeLessThan(lateId);

    await late.commit();
    await waitFor(() => menu.events.length === 1, 5_000, 'the later id'); // read while `early` is still open
    await early.commit();
    await waitFor(() => menu.events.length === 2, 5_000, 'the earlier id');
    expect(labels(menu.events)).toEqual(['late', 'early']);
    menu.client.close();
  });

  it('delivers a lower id written by a younger transaction after an older one committed a higher id', async () => {
    // The case "id > last seen AND tx_id < xmin" loses: the older transaction's row is readable
    // first and moves an id cursor past the younger transaction's lower id.
    const tenant = await createTenant();
    const menu = await listen(sidecar.url, { room: 'menu', tenantId: tenant.id });
    const before = menu.client.cursorOf(menu.room)!;
    const older = await openTransaction();
    const younger = await openTransaction();
    expect(BigInt(await older.xid())).toBeLessThan(BigInt(await younger.xid()));
    const lowId = await younger.event(tenant.id, 'younger');
    const highId = await older.event(tenant.id, 'older');
    expect(lowId).toBeLessThan(highId);

    await older.commit();
    await waitFor(() => menu.events.length === 1, 5_000, 'the older transaction');
    await younger.commit();
    await waitFor(() => menu.events.length === 2, 5_000, 'the younger transaction');
    expect(labels(menu.events)).toEqual(['older', 'younger']);

    // A subscriber that left before both and comes back gets both from its cursor.
    const socket = io(sidecar.url, { transports: ['websocket'] });
    const replayed: RealtimeEvent[] = [];
    socket.on('events', (batch: EventBatch) => replayed.push(...batch.events));
    const answer: SubscribeResult = await socket
      .timeout(5_000)
      .emitWithAck('subscribe', { room: 'menu', tenantId: tenant.id, cursor: before });
    expect(answer).toMatchObject({ ok: true, replayed: 2, resync: false });
    expect(labels(replayed)).toEqual(['older', 'younger']);
    socket.close();
    menu.client.close();
  });

  it('keeps delivering while an unrelated transaction stays open', async () => {
    const tenant = await createTenant();
    const menu = await listen(sidecar.url, { room: 'menu', tenantId: tenant.id });
    const long = await openTransaction();
    await long.xid();
    const quick = await openTransaction();
    await quick.event(tenant.id, 'quick');
    await quick.commit();
    await waitFor(() => menu.events.length === 1, 5_000, 'an event behind an open transaction');
    await long.commit();
    menu.client.close();
  });
});
