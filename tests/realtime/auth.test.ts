import { io, type Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { orderAccessToken } from '@/lib/orders/access-token';
import { mintKdsToken } from '@/lib/realtime/kds-token';
import type { ClientToServerEvents, ServerToClientEvents, SubscribeResult } from '@/lib/realtime/protocol';
import { SignJWT } from 'jose';
import { createTenant } from '../fixtures';
import { startSidecar } from './helpers';

let sidecar: Awaited<ReturnType<typeof startSidecar>>;
let socket: Socket<ServerToClientEvents, ClientToServerEvents>;
beforeAll(async () => {
  sidecar = await startSidecar();
  socket = io(sidecar.url, { transports: ['websocket'] });
  await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
});
afterAll(async () => {
  socket?.close();
  await sidecar?.close();
});

const subscribe = (request: unknown): Promise<SubscribeResult> =>
  socket.timeout(5_000).emitWithAck('subscribe', request);
const member = (tenantId: string) => ({ userId: crypto.randomUUID(), tenantId, role: 'kitchen' as const });

describe('realtime access', () => {
  it('opens the kitchen room with a fresh token for that tenant only', async () => {
    const tenant = await createTenant();
    const other = await createTenant();
    const token = await mintKdsToken(member(tenant.id));

    expect(await subscribe({ room: 'kds', tenantId: tenant.id, token })).toMatchObject({
      ok: true,
      room: `tenant:${tenant.id}:kds`,
    });
    expect(await subscribe({ room: 'kds', tenantId: other.id, token })).toMatchObject({
      ok: false,
      error: 'unauthorized',
    });
  });

  it('refuses expired, forged and tampered kitchen tokens', async () => {
    const tenant = await createTenant();
    const expired = await mintKdsToken(member(tenant.id), -60);
    const forged = await new SignJWT({ tid: tenant.id, role: 'owner' })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(crypto.randomUUID())
      .setAudience('meu-pedaco:realtime:kds')
      .setExpirationTime('5m')
      .sign(new TextEncoder().encode('not-the-app-secret-not-the-app-secret'));
    const valid = await mintKdsToken(member(tenant.id));
    const tampered = `${valid.slice(0, -4)}AAAA`;

    for (const token of [expired, forged, tampered, 'not-a-jwt']) {
      expect(await subscribe({ room: 'kds', tenantId: tenant.id, token })).toMatchObject({
        ok: false,
        error: 'unauthorized',
      });
    }
  });

  it("opens an order's room only with that order's link token", async () => {
    const orderId = crypto.randomUUID();
    const otherId = crypto.randomUUID();
    expect(await subscribe({ room: 'order', orderId, token: orderAccessToken(orderId) })).toMatchObject({ ok: true });
    expect(await subscribe({ room: 'order', orderId, token: orderAccessToken(otherId) })).toMatchObject({
      ok: false,
      error: 'unauthorized',
    });
  });

  it('answers malformed requests with invalid_request instead of failing', async () => {
    for (const request of [
      null,
      'kds',
      { room: 'kds', tenantId: 'x', token: 't' },
      { room: 'admin', tenantId: crypto.randomUUID() },
      { room: 'menu', tenantId: crypto.randomUUID(), cursor: 'drop table' },
    ]) {
      expect(await subscribe(request)).toMatchObject({ ok: false, error: 'invalid_request' });
    }
    // The connection survives all of that.
    expect(await subscribe({ room: 'menu', tenantId: crypto.randomUUID() })).toMatchObject({ ok: true });
  });
});
