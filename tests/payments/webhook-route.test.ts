import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { startPayment } from '@/lib/payments';
import { devWebhookSecret } from '@/lib/payments/dev/secret';
import { db } from '@/db/client';
import { devProviderPayments } from '@/db/schema';
import { eq } from 'drizzle-orm';
import { createHmac } from 'node:crypto';
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
