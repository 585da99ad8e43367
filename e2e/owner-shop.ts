import { randomUUID } from 'node:crypto';
import { expect, type Page } from '@playwright/test';
import { domain } from './app-domain';
import { submitSignIn } from './staff';

/** A pizzeria of its own with a signed-up owner, one flavor and one open pizza of 8 slices. */
export async function ownerShop(flavor = 'Calabresa') {
  const app = await domain();
  const slug = `dono-${randomUUID().slice(0, 8)}`;
  const owner = { email: `${slug}@teste.com.br`, password: 'senha-do-dono-1' };
  const created = await app.signUpPizzeria(
    {
      pizzeriaName: `Pizzaria ${slug}`,
      slug,
      defaultSlicesPerPizza: 8,
      holdSeconds: 300,
      freshnessHours: 4,
      ownerName: 'Dono',
      ...owner,
    },
    `e2e-${slug}`,
  );
  if (!created.ok) throw new Error(created.error.message);
  const tenantId = created.tenantId;
  const product = await app.createProduct(tenantId, {
    name: flavor,
    description: '',
    price: 1000,
    slicesPerPizza: 8,
    photo: undefined,
  });
  if (!product.ok) throw new Error(product.error.message);
  const productId = product.productId;
  await app.openBatch({ tenantId, productId });

  /** A customer's order of `quantity` slices, paid (or refused) on the dev payment page in `page`. */
  async function paidOrder(page: Page, quantity: number, decision: 'Pagar' | 'Recusar' = 'Pagar') {
    const reserved = await app.reserveSlices({
      tenantId,
      idempotencyKey: randomUUID(),
      items: [{ productId, quantity }],
      customer: { name: 'Cliente Teste' },
    });
    if (!reserved.ok) throw new Error(reserved.error.message);
    const started = await app.startPayment({ tenantId, orderId: reserved.order.id, method: 'card' });
    if (!started.ok) throw new Error(started.error.message);
    await page.goto(started.payment.redirectUrl!);
    await page.getByRole('button', { name: decision }).click();
    await page.waitForURL(/\/pedido\//);
    return reserved.order;
  }

  async function signIn(page: Page, path: string) {
    await page.goto(`/entrar?next=${encodeURIComponent(path)}`);
    await submitSignIn(page, owner);
    await expect(page).toHaveURL(new RegExp(`${path}$`));
  }

  return { app, slug, tenantId, productId, owner, paidOrder, signIn };
}
