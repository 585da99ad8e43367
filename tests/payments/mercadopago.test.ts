import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getOrderPayment, startPayment } from '@/lib/payments';
import { orderAccessToken } from '@/lib/orders/access-token';
import { reserveSlices } from '@/lib/inventory';
import { createTenant, expireHoldOf, key, sliceCounts } from '../fixtures';
import { fakeMercadoPago } from './fake-mercadopago';
import { deliver, eventsOf, orderRow, paymentRow, pendingOrder, shop } from './helpers';

let mp: ReturnType<typeof fakeMercadoPago>;
beforeAll(() => {
  mp = fakeMercadoPago();
});
afterAll(() => mp.close());

async function pixOrder(quantity = 2, slices = 8) {
  const { tenant, product } = await shop({ slices, mercadoPago: true });
  const order = await pendingOrder(tenant.id, product.id, quantity);
  const started = await startPayment({ tenantId: tenant.id, orderId: order.id, method: 'pix' });
  if (!started.ok) throw new Error(started.error.message);
  const row = await paymentRow(order.id);
  return { tenant, product, order, view: started.payment, mpId: row.providerPaymentId! };
}

describe('Mercado Pago PIX', () => {
  it('creates the PIX with an idempotency key, the order as reference, the tenant in the notification URL and an expiry ≥ 30 min', async () => {
    const before = mp.calls.length;
    const { tenant, order, view, mpId } = await pixOrder();
    const create = mp.calls[before]!;
    expect(create).toMatchObject({ method: 'POST', path: '/v1/payments', idempotencyKey: `${order.id}:pix` });
    expect(create.body).toMatchObject({
      transaction_amount: 25,
      payment_method_id: 'pix',
      external_reference: order.id,
      payer: { email: 'ana@example.com' },
    });
    expect(create.body!.notification_url).toBe(
      `http://localhost:3000/api/webhooks/mercadopago?tenant=${tenant.id}&source_news=webhooks`,
    );
    const expiry = String(create.body!.date_of_expiration);
    expect(expiry).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}-03:00$/);
    expect(new Date(expiry).getTime() - Date.now()).toBeGreaterThan(30 * 60 * 1000);

    expect(view).toMatchObject({ provider: 'mercadopago', method: 'pix', status: 'pending', amountCents: 2500 });
    expect(view.pix!.qrCode).toContain('br.gov.bcb.pix');
    expect(view.pix!.qrImageDataUrl).toMatch(/^data:image\/png;base64,iVBOR/);
    // The customer is shown the hold, not Mercado Pago's later deadline.
    expect(view.pix!.expiresAt).toBe(order.holdExpiresAt.toISOString());
    expect(mpId).toMatch(/^\d+$/);

    // Idempotent per order and method: no second call to Mercado Pago.
    const calls = mp.calls.length;
    const again = await startPayment({ tenantId: tenant.id, orderId: order.id, method: 'pix' });
    expect(again.ok && again.payment.id).toBe(view.id);
    expect(mp.calls.length).toBe(calls);
  });

  it('a 4xx from Mercado Pago is a clear error and leaves nothing written', async () => {
    const { tenant, product } = await shop({ mercadoPago: true });
    const order = await pendingOrder(tenant.id, product.id, 1);
    mp.failNext(400);
    const result = await startPayment({ tenantId: tenant.id, orderId: order.id, method: 'pix' });
    expect(result).toMatchObject({ ok: false, error: { code: 'provider_error', providerStatus: 400 } });
    expect(await getOrderPayment(tenant.id, order.id)).toBeNull();
    expect((await orderRow(order.id)).status).toBe('PENDING');
  });

  it('a 5xx is retried with the same idempotency key; when it persists, nothing is written', async () => {
    const { tenant, product } = await shop({ mercadoPago: true });
    const order = await pendingOrder(tenant.id, product.id, 1);
    const before = mp.calls.length;
    mp.failNext(503, 2); // the first try and the one retry
    const result = await startPayment({ tenantId: tenant.id, orderId: order.id, method: 'pix' });
    expect(result).toMatchObject({ ok: false, error: { code: 'provider_error', providerStatus: 503 } });
    const tries = mp.calls.slice(before);
    expect(tries).toHaveLength(2);
    expect(new Set(tries.map((c) => c.idempotencyKey))).toEqual(new Set([`${order.id}:pix`]));
    expect(await getOrderPayment(tenant.id, order.id)).toBeNull();

    mp.failNext(500); // one failure, then the retry succeeds
    const retried = await startPayment({ tenantId: tenant.id, orderId: order.id, method: 'pix' });
    expect(retried.ok).toBe(true);
  });

  it('needs the payer e-mail Mercado Pago requires', async () => {
    const { tenant, product } = await shop({ mercadoPago: true });
    const result = await reserveSlices({
      tenantId: tenant.id,
      idempotencyKey: key(),
      items: [{ productId: product.id, quantity: 1 }],
    });
    if (!result.ok) throw new Error(result.error.message);
    expect(await startPayment({ tenantId: tenant.id, orderId: result.order.id, method: 'pix' })).toMatchObject({
      ok: false,
      error: { code: 'payer_email_required' },
    });
  });
});

describe('Mercado Pago card (Checkout Pro)', () => {
  it('redirects to the preference and returns to the order link; the longest possible hold bounds the preference', async () => {
    const { tenant, product } = await shop({ mercadoPago: true });
    const order = await pendingOrder(tenant.id, product.id, 2);
    const before = mp.calls.length;
    const started = await startPayment({ tenantId: tenant.id, orderId: order.id, method: 'card' });
    if (!started.ok) throw new Error(started.error.message);
    expect(started.payment.redirectUrl).toMatch(
      /^https:\/\/sandbox\.mercadopago\.com\.br\/checkout\/v1\/redirect\?pref_id=/,
    );
    const create = mp.calls[before]!;
    const link = `http://localhost:3000/${tenant.slug}/pedido/${order.code}?t=${orderAccessToken(order.id)}`;
    expect(create).toMatchObject({
      method: 'POST',
      path: '/checkout/preferences/',
      idempotencyKey: `${order.id}:card`,
    });
    expect(create.body).toMatchObject({
      items: [{ quantity: 1, unit_price: 25, currency_id: 'BRL' }],
      back_urls: { success: link, pending: link, failure: link },
      auto_return: 'approved',
      external_reference: order.id,
      expires: true,
    });
    // Until the latest the hold could be extended to (the tenant's maximum, 600 s by default).
    expect(new Date(String(create.body!.expiration_date_to)).getTime()).toBe(order.createdAt.getTime() + 600_000);

    // A declined card does not end the order: the customer may try another card in Checkout Pro.
    const declined = mp.cardPayment(order.id, 2500, 'rejected');
    expect((await deliver(tenant, declined)).body.outcome).toBe('recorded');
    expect((await orderRow(order.id)).status).toBe('PENDING');
    const approved = mp.cardPayment(order.id, 2500, 'approved');
    expect((await deliver(tenant, approved)).body.outcome).toBe('paid');
    expect(await orderRow(order.id)).toMatchObject({ status: 'PAID' });
    expect(await paymentRow(order.id)).toMatchObject({ providerPaymentId: approved, status: 'approved' });
    // A late notice about the declined attempt changes nothing.
    expect((await deliver(tenant, declined)).body.outcome).toBe('ignored');
    expect((await orderRow(order.id)).status).toBe('PAID');
  });
});

describe('Mercado Pago webhook → order', () => {
  it('the same notification three times, and payment.updated before payment.created: one transition', async () => {
    const { tenant, order, mpId } = await pixOrder();
    mp.setStatus(mpId, 'approved');
    const same = { notificationId: '12345678901' };
    const updated = await deliver(tenant, mpId, { action: 'payment.updated' });
    const answers = await Promise.all([
      deliver(tenant, mpId, same),
      deliver(tenant, mpId, same),
      deliver(tenant, mpId, same),
    ]);
    const created = await deliver(tenant, mpId, { action: 'payment.created' });
    for (const a of [updated, ...answers, created]) expect(a.status).toBe(200);
    expect(updated.body.outcome).toBe('paid');
    expect(answers.map((a) => a.body.outcome).sort()).not.toContain('paid');
    expect(created.body.outcome).toBe('replay');
    expect(await eventsOf(tenant.id, 'order.paid')).toHaveLength(1);
    expect(await sliceCounts(tenant.id)).toMatchObject({ SOLD: 2, RESERVED: 0 });
    expect(await orderRow(order.id)).toMatchObject({ status: 'PAID' });
  });

  it('concurrent deliveries of different notifications for one approval sell once', async () => {
    const { tenant, mpId } = await pixOrder();
    mp.setStatus(mpId, 'approved');
    const answers = await Promise.all(Array.from({ length: 5 }, () => deliver(tenant, mpId)));
    expect(answers.filter((a) => a.body.outcome === 'paid')).toHaveLength(1);
    expect(await eventsOf(tenant.id, 'order.paid')).toHaveLength(1);
  });

  it('rejected or cancelled → hold released, slices back on sale', async () => {
    const { tenant, order, mpId } = await pixOrder(3);
    mp.setStatus(mpId, 'cancelled', 'expired');
    expect((await deliver(tenant, mpId)).body.outcome).toBe('released');
    expect(await orderRow(order.id)).toMatchObject({ status: 'CANCELLED', cancelReason: 'payment_cancelled' });
    expect(await sliceCounts(tenant.id)).toMatchObject({ AVAILABLE: 8, RESERVED: 0 });
  });

  it('approved after the hold expired re-takes the same number of slices when they are free', async () => {
    const { tenant, order, mpId } = await pixOrder(2, 4);
    await expireHoldOf(tenant.id, order.id);
    mp.setStatus(mpId, 'approved');
    expect((await deliver(tenant, mpId)).body.outcome).toBe('paid');
    expect(await orderRow(order.id)).toMatchObject({ status: 'PAID' });
    expect(await sliceCounts(tenant.id)).toMatchObject({ SOLD: 2, AVAILABLE: 2, RESERVED: 0 });
  });

  it('approved after the hold expired with the slices gone → refunded automatically, with the reason kept', async () => {
    const { tenant, product, order, mpId } = await pixOrder(2, 4);
    await expireHoldOf(tenant.id, order.id);
    const rival = await pendingOrder(tenant.id, product.id, 4); // someone else took every slice
    mp.setStatus(mpId, 'approved');

    // Mercado Pago is down for the refund: the webhook says so and nothing is half done.
    mp.failNext(500, 2, /^POST .*\/refunds$/);
    expect((await deliver(tenant, mpId)).status).toBe(502);
    expect(await orderRow(order.id)).toMatchObject({ status: 'CANCELLED', cancelReason: 'stock_lost' });
    expect((await paymentRow(order.id)).refundedAt).toBeNull();

    // The redelivery finishes the saga.
    const answer = await deliver(tenant, mpId);
    expect(answer.body.outcome).toBe('refunded');
    const refunds = mp.calls.filter((c) => c.path === `/v1/payments/${mpId}/refunds`);
    expect(new Set(refunds.map((c) => c.idempotencyKey))).toEqual(new Set([`refund-${mpId}`]));
    expect(await orderRow(order.id)).toMatchObject({ status: 'REFUNDED', cancelReason: 'stock_lost' });
    expect(await paymentRow(order.id)).toMatchObject({ refundReason: 'stock_lost' });
    expect((await paymentRow(order.id)).refundedAt).not.toBeNull();
    expect(await eventsOf(tenant.id, 'order.refunded')).toHaveLength(1);
    // The rival keeps its slices.
    expect(await orderRow(rival.id)).toMatchObject({ status: 'PENDING' });
    expect(await sliceCounts(tenant.id)).toMatchObject({ RESERVED: 4, SOLD: 0 });

    // Mercado Pago then reports the payment refunded; redeliveries change nothing more.
    expect((await deliver(tenant, mpId)).status).toBe(200);
    expect(await eventsOf(tenant.id, 'order.refunded')).toHaveLength(1);
  });

  it('a PIX for an order already paid by card is refunded as a duplicate; the order stays paid', async () => {
    const { tenant, order, mpId } = await pixOrder(1);
    const card = await startPayment({ tenantId: tenant.id, orderId: order.id, method: 'card' });
    expect(card.ok).toBe(true);
    const cardPaid = mp.cardPayment(order.id, 1250, 'approved');
    expect((await deliver(tenant, cardPaid)).body.outcome).toBe('paid');
    mp.setStatus(mpId, 'approved');
    expect((await deliver(tenant, mpId)).body.outcome).toBe('refunded');
    expect(await orderRow(order.id)).toMatchObject({ status: 'PAID' });
    expect(await eventsOf(tenant.id, 'order.paid')).toHaveLength(1);
  });

  it('PIX chosen inside Checkout Pro pays the order through its preference', async () => {
    const { tenant, product } = await shop({ mercadoPago: true });
    const order = await pendingOrder(tenant.id, product.id, 1);
    await startPayment({ tenantId: tenant.id, orderId: order.id, method: 'card' });
    const paid = mp.cardPayment(order.id, 1250, 'approved', 'pix');
    expect((await deliver(tenant, paid)).body.outcome).toBe('paid');
    expect(await paymentRow(order.id)).toMatchObject({ method: 'card', providerPaymentId: paid, status: 'approved' });
  });

  it('concurrent starts of one payment make one Mercado Pago payment and one row', async () => {
    const { tenant, product } = await shop({ mercadoPago: true });
    const order = await pendingOrder(tenant.id, product.id, 1);
    const before = mp.payments.size;
    const started = await Promise.all(
      [1, 2, 3].map(() => startPayment({ tenantId: tenant.id, orderId: order.id, method: 'pix' })),
    );
    expect(new Set(started.map((r) => r.ok && r.payment.id)).size).toBe(1);
    expect(mp.payments.size).toBe(before + 1);
  });

  it('a payment whose amount differs from the order is not accepted', async () => {
    const { tenant, product } = await shop({ mercadoPago: true });
    const order = await pendingOrder(tenant.id, product.id, 2);
    await startPayment({ tenantId: tenant.id, orderId: order.id, method: 'card' });
    const cheap = mp.cardPayment(order.id, 100, 'approved');
    expect((await deliver(tenant, cheap)).body.outcome).toBe('ignored');
    expect((await orderRow(order.id)).status).toBe('PENDING');
  });

  it("Mercado Pago failing on the re-read answers 502 (so it redelivers) and moves nothing; another tenant's payment is ignored", async () => {
    const { tenant, order, mpId } = await pixOrder();
    mp.setStatus(mpId, 'approved');
    mp.failNext(503, 2);
    expect((await deliver(tenant, mpId)).status).toBe(502);
    expect((await orderRow(order.id)).status).toBe('PENDING');
    expect((await deliver(tenant, mpId)).body.outcome).toBe('paid');

    // Tenant B's account reports a payment whose reference is A's order: B cannot move it.
    const a = await pixOrder();
    const b = await shop({ mercadoPago: true });
    mp.setStatus(a.mpId, 'approved');
    expect((await deliver(b.tenant, a.mpId)).body.outcome).toBe('ignored');
    expect((await orderRow(a.order.id)).status).toBe('PENDING');
    // A pizzeria without Mercado Pago checks the dev secret: a Mercado Pago signature fails there.
    expect((await deliver(await createTenant(), a.mpId)).status).toBe(401);
    expect((await orderRow(a.order.id)).status).toBe('PENDING');
  });
});

describe('lapsed PIX', () => {
  it('is cancelled at Mercado Pago once its hold expired; one paid just before is settled instead', async () => {
    const { cancelLapsedPayments } = await import('@/lib/payments/cancel-lapsed');
    const { expireHolds } = await import('@/lib/inventory');
    const unpaid = await pixOrder(1);
    const paidLate = await pixOrder(1);
    await expireHoldOf(unpaid.tenant.id, unpaid.order.id);
    await expireHoldOf(paidLate.tenant.id, paidLate.order.id);
    await expireHolds();
    mp.setStatus(paidLate.mpId, 'approved'); // paid after the hold, before the job ran

    await cancelLapsedPayments({ limit: 1000 });
    expect(mp.payments.get(unpaid.mpId)!.status).toBe('cancelled');
    expect((await paymentRow(unpaid.order.id)).status).toBe('cancelled');
    expect(
      mp.calls.some(
        (c) =>
          c.method === 'PUT' &&
          c.path === `/v1/payments/${unpaid.mpId}` &&
          c.idempotencyKey === `cancel-${unpaid.mpId}`,
      ),
    ).toBe(true);
    // The late payment re-took a free slice.
    expect(await orderRow(paidLate.order.id)).toMatchObject({ status: 'PAID' });
    // Nothing left to do on a second run.
    const calls = mp.calls.length;
    await cancelLapsedPayments({ limit: 1000 });
    expect(mp.calls.slice(calls).filter((c) => c.method === 'PUT')).toHaveLength(0);
  });

  it('a PIX chosen inside Checkout Pro is cancelled too once the hold expired', async () => {
    const { cancelLapsedPayments } = await import('@/lib/payments/cancel-lapsed');
    const { expireHolds } = await import('@/lib/inventory');
    const { tenant, product } = await shop({ mercadoPago: true });
    const order = await pendingOrder(tenant.id, product.id, 1);
    await startPayment({ tenantId: tenant.id, orderId: order.id, method: 'card' });
    const pix = mp.cardPayment(order.id, 1250, 'pending', 'pix');
    expect((await deliver(tenant, pix)).body.outcome).toBe('recorded');

    await cancelLapsedPayments({ limit: 1000 }); // still waiting: left alone
    expect(mp.payments.get(pix)!.status).toBe('pending');

    await expireHoldOf(tenant.id, order.id);
    await expireHolds();
    await cancelLapsedPayments({ limit: 1000 });
    expect(mp.payments.get(pix)!.status).toBe('cancelled');
    expect(await paymentRow(order.id)).toMatchObject({ method: 'card', providerPaymentId: pix, status: 'cancelled' });
  });
});
