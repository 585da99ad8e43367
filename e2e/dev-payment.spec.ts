import { randomUUID } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { e2eDatabaseUrl } from '../playwright.config';

// Orders are made straight through the domain (its own pizzeria, so the demo's stock is
// untouched); the customer's part — the dev payment page — runs in the browser.
process.env.DATABASE_URL ??= e2eDatabaseUrl;
process.env.LOG_LEVEL ??= 'warn';

async function orderWithPayment(method: 'pix' | 'card') {
  const { db } = await import('@/db/client');
  const { products, tenants } = await import('@/db/schema');
  const { openBatch, reserveSlices } = await import('@/lib/inventory');
  const { startPayment } = await import('@/lib/payments');
  const [tenant] = await db
    .insert(tenants)
    .values({ slug: `e2e-${randomUUID().slice(0, 8)}`, name: 'Pizzaria do Teste' })
    .returning();
  const [product] = await db
    .insert(products)
    .values({ tenantId: tenant!.id, name: 'Margherita', priceCents: 1250 })
    .returning();
  await openBatch({ tenantId: tenant!.id, productId: product!.id, sliceCount: 8 });
  const reserved = await reserveSlices({
    tenantId: tenant!.id,
    idempotencyKey: `e2e-${randomUUID()}`,
    items: [{ productId: product!.id, quantity: 2 }],
    customer: { name: 'Ana', email: 'ana@example.com' },
  });
  if (!reserved.ok) throw new Error(reserved.error.message);
  const started = await startPayment({ tenantId: tenant!.id, orderId: reserved.order.id, method });
  if (!started.ok) throw new Error(started.error.message);
  const url = started.payment.pix?.qrCode ?? started.payment.redirectUrl!;
  return { tenant: tenant!, order: reserved.order, payPath: new URL(url, 'http://x').pathname };
}

async function orderState(orderId: string) {
  const { sql } = await import('@/db/client');
  const [row] = await sql<{ status: string; sold: number; free: number }[]>`
    SELECT o.status,
      (SELECT count(*)::int FROM slices s WHERE s.tenant_id = o.tenant_id AND s.status = 'SOLD') AS sold,
      (SELECT count(*)::int FROM slices s WHERE s.tenant_id = o.tenant_id AND s.status = 'AVAILABLE') AS free
    FROM orders o WHERE o.id = ${orderId}`;
  return row!;
}

test('paying a PIX on the dev payment page sells the slices and lands on the order link', async ({ page }) => {
  const { tenant, order, payPath } = await orderWithPayment('pix');
  await page.goto(payPath);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Pizzaria do Teste');
  await expect(page.getByText('R$ 25,00')).toBeVisible();
  await expect(page.getByText(order.code)).toBeVisible();
  await page.getByRole('button', { name: 'Pagar' }).click();
  await expect(page).toHaveURL(new RegExp(`/${tenant.slug}/pedido/${order.code}\\?t=[\\w-]+$`));
  expect(await orderState(order.id)).toEqual({ status: 'PAID', sold: 2, free: 6 });

  // Coming back to the page: nothing left to decide.
  await page.goto(payPath);
  await expect(page.getByRole('status')).toContainText('já foi aprovado');
  await expect(page.getByRole('button', { name: 'Pagar' })).toHaveCount(0);
});

test('declining a card payment returns the slices to sale', async ({ page }) => {
  const { tenant, order, payPath } = await orderWithPayment('card');
  await page.goto(payPath);
  await page.getByRole('button', { name: 'Recusar' }).click();
  await expect(page).toHaveURL(new RegExp(`/${tenant.slug}/pedido/${order.code}\\?t=`));
  expect(await orderState(order.id)).toEqual({ status: 'CANCELLED', sold: 0, free: 8 });
});

test('an unknown dev payment is a 404', async ({ page }) => {
  const response = await page.goto('/pizzaria-demo/pagamento-teste/dev_000000000000000000000000');
  expect(response?.status()).toBe(404);
});
