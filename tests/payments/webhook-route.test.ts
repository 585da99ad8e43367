import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { startPayment } from '@/lib/payments';
import { devWebhookSecret } from '@/lib/payments/dev/secret';
import { db } from '@/db/client';
import { devProviderPayments } from '@/db/schema';
import { eq } from 'drizzle-orm';
import { createHmac } from 'node:crypto';
import { POST } from '@/app/api/webhooks/mercadopago/route';
import { signNotification } from '@/lib/payments/webhook/signature';
import { deliver, notificationCount, orderRow, pendingOrder, shop } from './helpers';

/** A pending dev PIX whose provider side says approved: a valid notification would sell it. */
async function approvedDevPayment() {
  const { tenant, product } = await shop();
  const order = await pendingOrder(tenant.id, product.id, 1);
  const started = await startPayment({ tenantId: tenant.id, orderId: order.id, method: 'pix' });
  if (!started.ok) throw new Error(started.error.message);
  const dataId = started.payment.pix!.qrCode.split('/').pop()!;
  await db.update(devProviderPayments).set({ status: 'approved' }).where(eq(devProviderPayments.id, dataId));
  return { tenant, order, dataId, secret: devWebhookSecret(tenant.id) };
}

const now = () => Math.floor(Date.now() / 1000);

/** A streamed body of `bytes` (no Content-Length), counting how much of it the server pulled. */
function meteredBody(bytes: number) {
  const chunk = new Uint8Array(64 * 1024).fill(0x20);
  const metered = { pulled: 0 };
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (metered.pulled >= bytes) return controller.close();
      metered.pulled += chunk.byteLength;
      controller.enqueue(chunk);
    },
  });
  return { stream, metered };
}

describe('webhook body', () => {
  it('checks the signature before reading the body: a 64 MB unsigned body is refused having read none of it', async () => {
    const { tenant, dataId } = await approvedDevPayment();
    const { stream, metered } = meteredBody(64 * 1024 * 1024);
    const url = `http://localhost:3000/api/webhooks/mercadopago?tenant=${tenant.id}&data.id=${dataId}&type=payment`;
    const response = await POST(new Request(url, { method: 'POST', body: stream, duplex: 'half' } as RequestInit));
    expect(response.status).toBe(401);
    expect(metered.pulled).toBeLessThanOrEqual(64 * 1024 * 2); // at most what the stream pre-buffers
  });

  it('a signed body over the cap is 413, read no further than the cap, and writes nothing', async () => {
    const { tenant, order, dataId, secret } = await approvedDevPayment();
    const requestId = randomUUID();
    const { stream, metered } = meteredBody(64 * 1024 * 1024);
    const url = `http://localhost:3000/api/webhooks/mercadopago?tenant=${tenant.id}&data.id=${dataId}&type=payment`;
    const headers = new Headers({ 'x-request-id': requestId });
    headers.set('x-signature', signNotification({ dataId, xRequestId: requestId, secret }));
    const response = await POST(
      new Request(url, { method: 'POST', headers, body: stream, duplex: 'half' } as RequestInit),
    );
    expect(response.status).toBe(413);
    expect(metered.pulled).toBeLessThan(1024 * 1024);
    const declared = new Headers(headers);
    declared.set('content-length', String(64 * 1024 * 1024));
    expect((await POST(new Request(url, { method: 'POST', headers: declared, body: 'x' }))).status).toBe(413);
    expect((await orderRow(order.id)).status).toBe('PENDING');
    expect(await notificationCount(tenant.id)).toBe(0);
  });
});

describe('webhook signature', () => {
  it('a valid signature is processed', async () => {
    const { tenant, order, dataId, secret } = await approvedDevPayment();
    expect(await deliver(tenant, dataId, { secret })).toMatchObject({ status: 200, body: { outcome: 'paid' } });
    expect((await orderRow(order.id)).status).toBe('PAID');
  });

  it('refuses a wrong, stale or incomplete signature with 401 and writes nothing', async () => {
    const { tenant, order, dataId, secret } = await approvedDevPayment();
    const requestId = randomUUID();
    const ts = now();
    const hmac = (manifest: string, key = secret) => createHmac('sha256', key).update(manifest).digest('hex');
    const cases: Record<string, { signature?: string | null; secret?: string; ts?: number; requestId?: string }> = {
      'another secret': { secret: 'not-the-tenant-secret-at-all-0000' },
      'stale (6 minutes old)': { secret, ts: ts - 6 * 60 },
      'from the future (6 minutes ahead)': { secret, ts: ts + 6 * 60 },
      'no header': { signature: null },
      'no ts': { signature: `v1=${hmac(`id:${dataId};request-id:${requestId};ts:${ts};`)}`, requestId },
      'no v1': { signature: `ts=${ts}`, requestId },
      'garbage header': { signature: 'hello', requestId },
      'signed over another id': {
        signature: `ts=${ts},v1=${hmac(`id:999;request-id:${requestId};ts:${ts};`)}`,
        requestId,
      },
      'signed without the request id': { signature: `ts=${ts},v1=${hmac(`id:${dataId};ts:${ts};`)}`, requestId },
    };
    for (const [name, opts] of Object.entries(cases)) {
      const answer = await deliver(tenant, dataId, opts);
      expect(answer.status, name).toBe(401);
    }
    expect((await orderRow(order.id)).status).toBe('PENDING');
    expect(await notificationCount(tenant.id)).toBe(0);
  });

  it('a stale timestamp just inside five minutes still passes', async () => {
    const { tenant, dataId, secret } = await approvedDevPayment();
    expect((await deliver(tenant, dataId, { secret, ts: now() - 4 * 60 })).status).toBe(200);
  });
});

describe('webhook input', () => {
  it('answers bad input with 4xx, never 500, and writes nothing', async () => {
    const { tenant, order, dataId, secret } = await approvedDevPayment();
    const bad = [
      await deliver(tenant, dataId, { secret, body: '{not json' }),
      await deliver(tenant, dataId, { secret, body: JSON.stringify({ data: 'x' }) }),
      await deliver(tenant, dataId, {
        secret,
        body: JSON.stringify({ type: 'payment', data: { id: 'someone-else' } }),
      }),
      await deliver(tenant, '', { secret }),
      await deliver(tenant, 'drop table;', { secret }),
    ];
    for (const answer of bad) {
      expect(answer.status).toBeGreaterThanOrEqual(400);
      expect(answer.status).toBeLessThan(500);
    }
    expect((await orderRow(order.id)).status).toBe('PENDING');
    expect(await notificationCount(tenant.id)).toBe(0);
  });

  it('an unknown tenant, or none, is a 4xx with no write', async () => {
    const { dataId, secret, tenant } = await approvedDevPayment();
    expect((await deliver({ id: randomUUID() }, dataId, { secret })).status).toBe(404);
    expect((await deliver({ id: 'pizzaria-demo' }, dataId, { secret })).status).toBe(400);
    expect(await notificationCount(tenant.id)).toBe(0);
  });

  it('ignores topics other than payment', async () => {
    const { tenant, order, dataId, secret } = await approvedDevPayment();
    const answer = await deliver(tenant, dataId, {
      secret,
      body: JSON.stringify({ id: 1, type: 'merchant_order', data: { id: dataId } }),
    });
    expect(answer).toMatchObject({ status: 200, body: { outcome: 'ignored' } });
    expect((await orderRow(order.id)).status).toBe('PENDING');
  });

  it("a notification signed for tenant A cannot move tenant B's order", async () => {
    const a = await approvedDevPayment();
    const b = await approvedDevPayment();
    // A's secret, A's URL, B's payment id: A's provider does not know that payment.
    const answer = await deliver(a.tenant, b.dataId, { secret: a.secret });
    expect(answer.status).toBe(200);
    expect(answer.body.outcome).toBe('ignored');
    // B's URL signed with A's secret is refused outright.
    expect((await deliver(b.tenant, b.dataId, { secret: a.secret })).status).toBe(401);
    expect((await orderRow(b.order.id)).status).toBe('PENDING');
  });
});
