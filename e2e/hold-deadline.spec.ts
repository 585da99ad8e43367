import { randomUUID } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { domain } from './app-domain';
import { createShop } from './shop';
import { shot } from './screenshot';

/** A PIX order waiting for payment at a pizzeria on the platform's default hold. */
async function pendingPixOrder() {
  const app = await domain();
  const shop = await createShop([{ name: 'Margherita', priceCents: 1200, pizzas: 1 }]);
  const [flavor] = await app.listFlavorsOnSale(shop.tenantId);
  const reserved = await app.reserveSlices({
    tenantId: shop.tenantId,
    idempotencyKey: `e2e-${randomUUID()}`,
    items: [{ productId: flavor!.productId, quantity: 2 }],
    customer: { name: 'Ana' },
  });
  if (!reserved.ok) throw new Error(reserved.error.message);
  const started = await app.startPayment({ tenantId: shop.tenantId, orderId: reserved.order.id, method: 'pix' });
  if (!started.ok) throw new Error(started.error.message);
  const { orderPath } = await import('../lib/payments/links');
  return { app, shop, order: reserved.order, path: orderPath(shop.slug, reserved.order) };
}

test('the hold lasts 5 minutes, its deadline shows as a clock time before the customer leaves for the bank app', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const { order, path } = await pendingPixOrder();
  // The default hold (db/schema/tenant-defaults.ts) is what this new pizzeria got.
  expect(order.holdExpiresAt.getTime() - order.createdAt.getTime()).toBeGreaterThanOrEqual(299_000);
  await page.goto(path);

  const deadline = await page.evaluate(
    (iso) => new Date(iso).toLocaleTimeString('pt-BR', { hour: '2-digit', minute: '2-digit' }),
    order.holdExpiresAt.toISOString(),
  );
  await expect(page.getByTestId('hold-deadline')).toHaveText(deadline);
  await expect(page.getByRole('timer')).toHaveText(/^[45]:\d\d$/);
  // The deadline comes before the PIX code in the page, where the customer reads first.
  const deadlineBox = await page.getByTestId('hold-deadline').boundingBox();
  const pixBox = await page.getByRole('button', { name: 'Copiar código PIX' }).boundingBox();
  expect(deadlineBox!.y).toBeLessThan(pixBox!.y);
  // Far from the end, there is no "more time" button to wonder about.
  await expect(page.getByRole('button', { name: 'Preciso de mais tempo' })).toHaveCount(0);

  await page.getByRole('button', { name: 'Copiar código PIX' }).click();
  await expect(page.getByText(`Cole no app do seu banco e pague até ${deadline}.`)).toBeVisible();
});

test('"Preciso de mais tempo" appears near the end, and says until when the slices are now held', async ({ page }) => {
  const { app, shop, order, path } = await pendingPixOrder();
  // Four minutes later: one minute left.
  await app.sql`UPDATE orders SET hold_expires_at = now() + interval '60 seconds' WHERE id = ${order.id}`;
  await app.sql`UPDATE slices SET reserved_until = now() + interval '60 seconds' WHERE order_id = ${order.id}`;
  await page.goto(path);
  await expect(page.getByRole('timer')).toHaveText(/^[01]:\d\d$/);

  await page.getByRole('button', { name: 'Preciso de mais tempo' }).click();
  const done = page.getByText(/^Pronto: seus pedaços ficam reservados até \d\d:\d\d\. Pague até lá\.$/);
  await expect(done).toBeVisible();
  const [row] = await app.sql<{ until: string; extended: string | null }[]>`
    SELECT hold_expires_at AS until, hold_extended_at AS extended FROM orders
    WHERE tenant_id = ${shop.tenantId} AND id = ${order.id}`;
  const until = await page.evaluate(
    (iso) => new Date(iso).toLocaleTimeString('pt-BR', { hour: '2-digit', minute: '2-digit' }),
    new Date(row!.until).toISOString(),
  );
  await expect(done).toContainText(`até ${until}.`);
  await shot(page, 'cliente', '06-pedido-mais-tempo');
  expect(row!.extended).not.toBeNull();
  await expect(page.getByTestId('hold-deadline')).toHaveText(until);
  await expect(page.getByRole('timer')).toHaveText(/^[45]:\d\d$/);
  // Once only: the button is gone.
  await expect(page.getByRole('button', { name: 'Preciso de mais tempo' })).toHaveCount(0);
});
