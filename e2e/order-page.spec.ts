import { randomUUID } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { ownerShop } from './owner-shop';
import { shot } from './screenshot';

test('broken order and payment links say what was not found and lead back to the pizzeria', async ({ page }) => {
  for (const path of ['/pizzaria-demo/pedido/ABCDE?t=wrong-token', '/pizzaria-demo/pedido/ZZZZZ']) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole('heading', { name: 'Pedido não encontrado' })).toBeVisible();
    await shot(page, 'cliente', '10-pedido-nao-encontrado');
    await expect(page.getByText('Pizzaria não encontrada')).toHaveCount(0);
    await expect(page.getByRole('link', { name: 'Ver o cardápio da pizzaria' })).toHaveAttribute(
      'href',
      '/pizzaria-demo',
    );
  }
  for (const id of [randomUUID(), 'nao-e-um-id']) {
    const response = await page.goto(`/pizzaria-demo/pagamento-teste/${id}`);
    expect(response?.status(), id).toBe(404);
    await expect(page.getByRole('heading', { name: 'Pagamento não encontrado' })).toBeVisible();
  }
  await page.getByRole('link', { name: 'Ver o cardápio da pizzaria' }).click();
  await expect(page).toHaveURL(/\/pizzaria-demo$/);
});

test('a paid order says where to pick it up, with its status said once', async ({ page }) => {
  const shop = await ownerShop();
  const order = await shop.paidOrder(page, 2);
  await expect(page).toHaveURL(new RegExp(`/pedido/${order.code}\\?t=`));

  await expect(page.getByRole('status')).toHaveText(
    `Pagamento confirmado — retire no balcão com o código ${order.code}. Avisamos aqui quando ficar pronto.`,
  );
  await expect(page.getByText('Pago', { exact: true })).toHaveCount(1);
  await expect(page.locator('[aria-current="step"]')).toContainText('Pago');
  await expect(page.getByRole('link', { name: 'Fazer novo pedido' })).toHaveCount(0);
  await shot(page, 'cliente', '08-pedido-pago');
});

test('expired, refused and cancelled orders offer "Fazer novo pedido" back at the shop', async ({ page }) => {
  const shop = await ownerShop();
  const { app, tenantId, productId, slug } = shop;
  const { orderPath } = await import('../lib/payments/links');
  const reserve = async () => {
    const reserved = await app.reserveSlices({
      tenantId,
      idempotencyKey: randomUUID(),
      items: [{ productId, quantity: 1 }],
      customer: { name: 'Ana' },
    });
    if (!reserved.ok) throw new Error(reserved.error.message);
    return reserved.order;
  };

  const expired = await reserve();
  await app.sql`UPDATE orders SET hold_expires_at = now() - interval '1 second' WHERE id = ${expired.id}`;
  await app.sql`UPDATE slices SET reserved_until = now() - interval '1 second' WHERE order_id = ${expired.id}`;
  await app.expireHolds();

  const refused = await shop.paidOrder(page, 1, 'Recusar');

  const cancelled = await reserve();
  expect((await app.releaseOrder({ tenantId, orderId: cancelled.id, reason: 'customer_cancelled' })).ok).toBe(true);

  for (const [order, word, name] of [
    [expired, 'Expirado', 'expirado'],
    [refused, 'Cancelado', 'pagamento-recusado'],
    [cancelled, 'Cancelado', 'cancelado'],
  ] as const) {
    await page.goto(orderPath(slug, order));
    await expect(page.getByRole('status')).toContainText(word);
    await expect(page.getByText(word, { exact: true })).toHaveCount(1);
    await expect(page.getByRole('link', { name: 'Fazer novo pedido' })).toHaveAttribute('href', `/${slug}`);
    await shot(page, 'cliente', `09-pedido-${name}`);
  }
  await page.getByRole('link', { name: 'Fazer novo pedido' }).click();
  await expect(page).toHaveURL(new RegExp(`/${slug}$`));
});
