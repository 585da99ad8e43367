import { expect, test, type Page } from '@playwright/test';
import { randomUUID } from 'node:crypto';
import { domain } from './app-domain';
import { KITCHEN, submitSignIn } from './staff';

async function signInToKitchen(page: Page) {
  await page.goto('/pizzaria-demo/kds');
  await expect(page).toHaveURL(/\/entrar\?next=%2Fpizzaria-demo%2Fkds$/);
  await submitSignIn(page, KITCHEN);
  await expect(page).toHaveURL(/\/pizzaria-demo\/kds$/);
  await expect(page.getByText('ao vivo')).toBeVisible();
}

async function paidOrder(flavorName: string, quantity: number, customer: string) {
  const d = await domain();
  const tenant = (await d.getTenantBySlug('pizzaria-demo'))!;
  const flavor = (await d.listFlavorsOnSale(tenant.id)).find((f) => f.name === flavorName)!;
  const reserved = await d.reserveSlices({
    tenantId: tenant.id,
    idempotencyKey: `e2e-${randomUUID()}`,
    items: [{ productId: flavor.productId, quantity }],
    customer: { name: customer },
  });
  if (!reserved.ok) throw new Error(reserved.error.message);
  const paid = await d.confirmSale({ tenantId: tenant.id, orderId: reserved.order.id });
  if (!paid.ok) throw new Error(paid.error.message);
  return paid.order;
}

test('a paid order appears on the kitchen board without a reload, and moves through the columns', async ({ page }) => {
  await signInToKitchen(page);
  const order = await paidOrder('Quatro Queijos', 2, 'Beatriz Lima');

  const column = (name: string) => page.getByRole('region', { name, exact: true });
  const card = page.getByRole('article', { name: `Pedido ${order.code}` });
  await expect(column('Novo').getByRole('article', { name: `Pedido ${order.code}` })).toBeVisible({ timeout: 1_000 });
  await expect(card).toContainText('Beatriz');
  await expect(card).not.toContainText('Lima');
  await expect(card).toContainText('Quatro Queijos');
  await expect(card).toContainText('× 2');

  await card.getByRole('button', { name: 'Começar preparo' }).click();
  await expect(column('Em preparo').getByRole('article', { name: `Pedido ${order.code}` })).toBeVisible();
  await card.getByRole('button', { name: 'Pronto' }).click();
  await expect(column('Pronto').getByRole('article', { name: `Pedido ${order.code}` })).toBeVisible();

  await page.getByRole('button', { name: `Desfazer Pronto · ${order.code}` }).click();
  await expect(column('Em preparo').getByRole('article', { name: `Pedido ${order.code}` })).toBeVisible();
  await card.getByRole('button', { name: 'Pronto' }).click();
  await card.getByRole('button', { name: 'Entregue' }).click();
  await expect(card).toHaveCount(0);
  // The move is saved once its undo is offered (the card leaves the board before that).
  await expect(page.getByRole('button', { name: `Desfazer Entregue · ${order.code}` })).toBeVisible();

  // Survives a reload: the board reads the database, not the page's memory.
  await page.reload();
  await expect(page.getByText('ao vivo')).toBeVisible();
  await expect(card).toHaveCount(0);
});

test('"Abrir pizza" puts a whole pizza of slices on sale', async ({ page }) => {
  await signInToKitchen(page);
  const strip = page.getByLabel('Estoque Portuguesa');
  const before = Number(await strip.getByTestId('slices-left').textContent());
  await strip.getByRole('button', { name: 'Abrir pizza' }).click();
  await expect(strip.getByTestId('slices-left')).toHaveText(String(before + 8));
});
