import { randomUUID } from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import { domain } from './app-domain';

test('the owner refunds a paid order: before the kitchen starts its slices return to sale, once "Pronto" they do not', async ({
  page,
  browser,
}) => {
  const app = await domain();
  const slug = `reembolso-${Date.now().toString(36)}`;
  const owner = { email: `${slug}@teste.com.br`, password: 'senha-do-dono-1' };
  const created = await app.signUpPizzeria(
    {
      pizzeriaName: 'Pizzaria Reembolso',
      slug,
      defaultSlicesPerPizza: 8,
      holdSeconds: 300,
      freshnessHours: 4,
      ownerName: 'Dono',
      ...owner,
    },
    'e2e-setup',
  );
  if (!created.ok) throw new Error(created.error.message);
  const product = await app.createProduct(created.tenantId, {
    name: 'Calabresa',
    description: '',
    price: 1000,
    slicesPerPizza: 8,
    photo: undefined,
  });
  if (!product.ok) throw new Error(product.error.message);
  await app.openBatch({ tenantId: created.tenantId, productId: product.productId });

  const customer = await browser.newPage();
  /** A customer reserves and pays on the dev payment page, as the storefront's checkout sends them. */
  async function paidOrder(quantity: number) {
    const reserved = await app.reserveSlices({
      tenantId: created.ok ? created.tenantId : '',
      idempotencyKey: randomUUID(),
      items: [{ productId: product.ok ? product.productId : '', quantity }],
      customer: { name: 'Cliente Teste' },
    });
    if (!reserved.ok) throw new Error(reserved.error.message);
    const started = await app.startPayment({
      tenantId: reserved.order.tenantId,
      orderId: reserved.order.id,
      method: 'card',
    });
    if (!started.ok) throw new Error(started.error.message);
    await customer.goto(started.payment.redirectUrl!);
    await customer.getByRole('button', { name: 'Pagar' }).click();
    await customer.waitForURL(/\/pedido\//);
    return reserved.order;
  }
  const slicesOnSale = async (count: number) => {
    await customer.goto(`/${slug}`);
    await expect(customer.getByRole('listitem').filter({ hasText: 'Calabresa' })).toContainText(`${count} pedaços`);
  };

  await page.goto(`/entrar?next=%2F${slug}%2Fadmin%2Fpedidos`);
  await page.getByLabel('E-mail').fill(owner.email);
  await page.getByLabel('Senha').fill(owner.password);
  await page.getByRole('button', { name: 'Entrar' }).click();
  await expect(page.getByRole('heading', { name: 'Pedidos' })).toBeVisible();

  const refund = async (admin: Page, code: string) => {
    await admin.goto(`/${slug}/admin/pedidos?q=${code}`);
    await admin.getByRole('link', { name: new RegExp(code) }).click();
    await admin.getByLabel('Motivo').fill('Cliente desistiu');
    admin.once('dialog', (dialog) => void dialog.accept()); // "Não dá para desfazer": yes
    await admin.getByRole('button', { name: 'Cancelar e reembolsar' }).click();
    await expect(admin.getByText('Reembolsado', { exact: true }).first()).toBeVisible();
  };

  const first = await paidOrder(2);
  await slicesOnSale(6);
  await refund(page, first.code);
  await slicesOnSale(8);

  const second = await paidOrder(3);
  expect((await app.startPreparation({ tenantId: second.tenantId, orderId: second.id })).ok).toBe(true);
  expect((await app.markReady({ tenantId: second.tenantId, orderId: second.id })).ok).toBe(true);
  await refund(page, second.code);
  await slicesOnSale(5);

  await customer.close();
});
