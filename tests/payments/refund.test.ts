import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cancelReasonText, refundOrder, startPayment } from '@/lib/payments';
import { decideDevPayment } from '@/lib/payments/dev/decide';
import { startPreparation } from '@/lib/orders/transitions';
import { sliceCounts } from '../fixtures';
import { fakeMercadoPago } from './fake-mercadopago';
import { deliver, eventsOf, orderRow, paymentRow, pendingOrder, shop } from './helpers';

let mp: ReturnType<typeof fakeMercadoPago>;
beforeAll(() => {
  mp = fakeMercadoPago();
});
afterAll(() => mp.close());

async function paidOrder({ mercadoPago = false } = {}) {
  const { tenant, product } = await shop({ mercadoPago });
  const order = await pendingOrder(tenant.id, product.id, 2);
  const started = await startPayment({ tenantId: tenant.id, orderId: order.id, method: 'pix' });
  if (!started.ok) throw new Error(started.error.message);
  const providerId = (await paymentRow(order.id)).providerPaymentId!;
  if (mercadoPago) {
    mp.setStatus(providerId, 'approved');
    expect((await deliver(tenant, providerId)).body.outcome).toBe('paid');
  } else {
    expect((await decideDevPayment(tenant.slug, providerId, 'approve')).ok).toBe(true);
  }
  return { tenant, order, providerId };
}

const reason = 'Cliente desistiu no balcão';

describe('refundOrder (admin cancel + refund)', () => {
  it('a PAID order: refunded through Mercado Pago once, slices back on sale, idempotent', async () => {
    const { tenant, order, providerId } = await paidOrder({ mercadoPago: true });
    expect(await sliceCounts(tenant.id)).toMatchObject({ SOLD: 2, AVAILABLE: 6 });

    const first = await refundOrder({ tenantId: tenant.id, orderId: order.id, reason });
    expect(first).toMatchObject({
      ok: true,
      slicesReturned: 2,
      replay: false,
      order: { status: 'REFUNDED', cancelReason: reason },
    });
    expect(await sliceCounts(tenant.id)).toMatchObject({ SOLD: 0, AVAILABLE: 8 });
    expect(mp.payments.get(providerId)!.status).toBe('refunded');

    const calls = mp.calls.length;
    expect(await refundOrder({ tenantId: tenant.id, orderId: order.id, reason })).toMatchObject({
      ok: true,
      replay: true,
    });
    expect(mp.calls.length).toBe(calls);
    expect(await eventsOf(tenant.id, 'order.refunded')).toHaveLength(1);
    expect(await paymentRow(order.id)).toMatchObject({ refundReason: reason });
  });

  it('once the kitchen started, the money goes back but the slices stay sold', async () => {
    const { tenant, order } = await paidOrder();
    expect((await startPreparation({ tenantId: tenant.id, orderId: order.id })).ok).toBe(true);
    const result = await refundOrder({ tenantId: tenant.id, orderId: order.id, reason });
    expect(result).toMatchObject({ ok: true, slicesReturned: 0, order: { status: 'REFUNDED' } });
    expect(await sliceCounts(tenant.id)).toMatchObject({ SOLD: 2 });
  });

  it('Mercado Pago refusing the refund is a clear error and changes nothing', async () => {
    const { tenant, order } = await paidOrder({ mercadoPago: true });
    mp.failNext(400, 1, /refunds$/);
    expect(await refundOrder({ tenantId: tenant.id, orderId: order.id, reason })).toMatchObject({
      ok: false,
      error: { code: 'provider_error', providerStatus: 400 },
    });
    expect(await orderRow(order.id)).toMatchObject({ status: 'PAID' });
    expect(await sliceCounts(tenant.id)).toMatchObject({ SOLD: 2 });
  });

  it('a refund made in the Mercado Pago panel reaches our books through the webhook', async () => {
    const { tenant, order, providerId } = await paidOrder({ mercadoPago: true });
    mp.setStatus(providerId, 'refunded', 'refunded');
    expect((await deliver(tenant, providerId)).body.outcome).toBe('refunded');
    expect(await orderRow(order.id)).toMatchObject({ status: 'REFUNDED', cancelReason: 'provider_refund' });
    expect(await sliceCounts(tenant.id)).toMatchObject({ SOLD: 0, AVAILABLE: 8 });
    expect(cancelReasonText('provider_refund')).toMatch(/Mercado Pago/);
    // Redelivered: nothing more happens.
    expect((await deliver(tenant, providerId)).body.outcome).toBe('recorded');
    expect(await eventsOf(tenant.id, 'order.refunded')).toHaveLength(1);
  });

  it('refuses unpaid orders, other tenants and bad input', async () => {
    const { tenant, product } = await shop();
    const pending = await pendingOrder(tenant.id, product.id, 1);
    expect(await refundOrder({ tenantId: tenant.id, orderId: pending.id, reason })).toMatchObject({
      ok: false,
      error: { code: 'not_refundable' },
    });
    const { order } = await paidOrder();
    expect(await refundOrder({ tenantId: tenant.id, orderId: order.id, reason })).toMatchObject({
      ok: false,
      error: { code: 'order_not_found' },
    });
    expect(await refundOrder({ tenantId: tenant.id, orderId: order.id, reason: '' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
    expect((await orderRow(order.id)).status).toBe('PAID');
  });
});
