import { describe, expect, it } from 'vitest';
import { getOrderPayment, startPayment } from '@/lib/payments';
import { decideDevPayment } from '@/lib/payments/dev/decide';
import { orderAccessToken } from '@/lib/orders/access-token';
import { sliceCounts } from '../fixtures';
import { eventsOf, orderRow, paymentRow, pendingOrder, shop } from './helpers';

const devId = (url: string) => url.split('/').pop()!;

describe('dev provider (no Mercado Pago credentials)', () => {
  it('gives a PIX code and QR image that open the dev payment page; paying there sells the slices once', async () => {
    const { tenant, product } = await shop();
    const order = await pendingOrder(tenant.id, product.id, 2);

    const started = await startPayment({ tenantId: tenant.id, orderId: order.id, method: 'pix' });
    if (!started.ok) throw new Error(started.error.message);
    const { payment } = started;
    expect(payment).toMatchObject({ provider: 'dev', method: 'pix', status: 'pending', amountCents: 2500 });
    expect(payment.pix!.qrCode).toMatch(new RegExp(`/${tenant.slug}/pagamento-teste/dev_[0-9a-f]{24}$`));
    expect(payment.pix!.qrImageDataUrl).toMatch(/^data:image\/png;base64,/);
    expect(new Date(payment.pix!.expiresAt).getTime()).toBe(order.holdExpiresAt.getTime());

    // Asking again returns the same payment, never a second one.
    const again = await startPayment({ tenantId: tenant.id, orderId: order.id, method: 'pix' });
    expect(again.ok && again.payment.id).toBe(payment.id);

    const paid = await decideDevPayment(tenant.slug, devId(payment.pix!.qrCode), 'approve');
    expect(paid).toEqual({
      ok: true,
      orderPath: `/${tenant.slug}/pedido/${order.code}?t=${orderAccessToken(order.id)}`,
    });
    expect((await orderRow(order.id)).status).toBe('PAID');
    expect(await sliceCounts(tenant.id)).toMatchObject({ SOLD: 2, RESERVED: 0, AVAILABLE: 6 });
    expect((await paymentRow(order.id)).status).toBe('approved');
    expect(await getOrderPayment(tenant.id, order.id)).toMatchObject({ id: payment.id, status: 'approved' });

    // Tapping "Pagar" again (or a late redelivery) changes nothing.
    expect((await decideDevPayment(tenant.slug, devId(payment.pix!.qrCode), 'approve')).ok).toBe(true);
    expect(await eventsOf(tenant.id, 'order.paid')).toHaveLength(1);
  });

  it('declining a card payment releases the hold: the slices are back on sale', async () => {
    const { tenant, product } = await shop();
    const order = await pendingOrder(tenant.id, product.id, 3);
    const started = await startPayment({ tenantId: tenant.id, orderId: order.id, method: 'card' });
    if (!started.ok) throw new Error(started.error.message);
    expect(started.payment.redirectUrl).toMatch(new RegExp(`^/${tenant.slug}/pagamento-teste/dev_`));

    const declined = await decideDevPayment(tenant.slug, devId(started.payment.redirectUrl!), 'decline');
    expect(declined.ok).toBe(true);
    expect(await orderRow(order.id)).toMatchObject({ status: 'CANCELLED', cancelReason: 'payment_rejected' });
    expect(await sliceCounts(tenant.id)).toMatchObject({ AVAILABLE: 8, RESERVED: 0, SOLD: 0 });
    expect((await paymentRow(order.id)).status).toBe('rejected');
    // A decision after the first one is ignored: the declined payment cannot be approved later.
    await decideDevPayment(tenant.slug, devId(started.payment.redirectUrl!), 'approve');
    expect((await orderRow(order.id)).status).toBe('CANCELLED');
  });

  it('refuses what is not a pending order of this tenant, writing nothing', async () => {
    const { tenant, product } = await shop();
    const other = await shop();
    const order = await pendingOrder(tenant.id, product.id, 1);
    expect(await startPayment({ tenantId: other.tenant.id, orderId: order.id, method: 'pix' })).toMatchObject({
      ok: false,
      error: { code: 'order_not_found' },
    });
    expect(await startPayment({ tenantId: tenant.id, orderId: 'nope', method: 'pix' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
    expect(await startPayment({ tenantId: tenant.id, orderId: order.id, method: 'boleto' as 'pix' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
    expect(await getOrderPayment(tenant.id, order.id)).toBeNull();
    expect(await decideDevPayment(other.tenant.slug, 'dev_000000000000000000000000', 'approve')).toMatchObject({
      ok: false,
    });
  });
});

describe('PIX deadline', () => {
  it('follows the hold when the customer extends it', async () => {
    const { extendHold } = await import('@/lib/inventory');
    const { tenant, product } = await shop();
    const order = await pendingOrder(tenant.id, product.id, 1);
    await startPayment({ tenantId: tenant.id, orderId: order.id, method: 'pix' });
    const extended = await extendHold({ tenantId: tenant.id, orderId: order.id });
    if (!extended.ok) throw new Error(extended.error.message);
    expect(extended.order.holdExpiresAt.getTime()).toBeGreaterThan(order.holdExpiresAt.getTime());
    expect((await getOrderPayment(tenant.id, order.id))!.pix!.expiresAt).toBe(
      extended.order.holdExpiresAt.toISOString(),
    );
  });
});
