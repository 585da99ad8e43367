import { expect, test, type Page } from '@playwright/test';
import { ownerShop } from './owner-shop';
import { shot } from './screenshot';

/** Answers the next confirm() box, and returns its text. */
function answerNextDialog(page: Page, accept: boolean) {
  return new Promise<string>((resolve) => {
    page.once('dialog', (dialog) => {
      resolve(dialog.message());
      void (accept ? dialog.accept() : dialog.dismiss());
    });
  });
}

test('a refund asks first, then the payment box, "Hoje" and the order agree that nothing was sold', async ({
  page,
}) => {
  const shop = await ownerShop();
  const order = await shop.paidOrder(page, 3);
  // The kitchen started it: the slices stay sold, but the sale is gone.
  expect((await shop.app.startPreparation({ tenantId: shop.tenantId, orderId: order.id })).ok).toBe(true);
  const figure = (label: string) => page.locator(`dt:text-is("${label}") + dd`);
  await shop.signIn(page, `/${shop.slug}/admin`);
  await expect(figure('Pedaços vendidos')).toHaveText('3');

  await page.goto(`/${shop.slug}/admin/pedidos/${order.id}`);
  const payment = page.getByRole('region', { name: 'Pagamento' });
  await expect(payment).toContainText('situação: aprovado');
  await page.getByLabel('Motivo').fill('Cliente desistiu');
  const refund = page.getByRole('button', { name: 'Cancelar e reembolsar' });
  await shot(page, 'dono', '08-pedido-antes-do-reembolso');

  const asked = answerNextDialog(page, false);
  await refund.click();
  expect(await asked).toContain('Não dá para desfazer');
  await expect(page.getByRole('status').filter({ hasText: 'Reembolsado' })).toHaveCount(0);
  const [still] = await shop.app.sql<{ status: string }[]>`SELECT status FROM orders WHERE id = ${order.id}`;
  expect(still!.status).toBe('IN_PREPARATION');

  void answerNextDialog(page, true);
  await refund.click();
  // The order page itself now says so, in the payment box too, and still after a reload.
  await expect(payment).toContainText('situação: reembolsado');
  await page.reload();
  await expect(payment).toContainText('situação: reembolsado');

  await page.goto(`/${shop.slug}/admin`);
  await expect(figure('Vendas')).toHaveText('0');
  await expect(figure('Faturado')).toHaveText('R$ 0,00');
  await expect(figure('Pedaços vendidos')).toHaveText('0');
  await shot(page, 'dono', '09-hoje-depois-do-reembolso');
});

test('writing off a pizza and removing a team member ask first, and nothing happens on "Cancelar"', async ({
  page,
}) => {
  const shop = await ownerShop('Portuguesa');
  await shop.signIn(page, `/${shop.slug}/admin/pizzas`);
  const pizza = page.getByRole('listitem').filter({ hasText: 'Portuguesa' });
  const writeOff = pizza.getByRole('button', { name: 'Fechar e descartar o que sobrou' });

  let asked = answerNextDialog(page, false);
  await writeOff.click();
  expect(await asked).toBe('Fechar esta pizza de Portuguesa e descartar 8 pedaços livres? Não dá para desfazer.');
  await page.reload();
  await expect(pizza).toBeVisible();

  void answerNextDialog(page, true);
  await writeOff.click();
  await expect(page.getByText('Nenhuma pizza aberta.')).toBeVisible();

  await page.goto(`/${shop.slug}/admin/equipe`);
  await page.getByLabel('Nome').fill('Cozinheiro Temporário');
  await page.getByLabel('E-mail').fill(`temp-${shop.slug}@teste.com.br`);
  await page.getByLabel('Senha inicial').fill('senha-temp-123');
  await page.getByRole('button', { name: 'Adicionar à equipe' }).click();
  const member = page.getByRole('listitem').filter({ hasText: 'Cozinheiro Temporário' });
  await expect(member).toBeVisible();

  asked = answerNextDialog(page, false);
  await member.getByRole('button', { name: 'Remover' }).click();
  expect(await asked).toContain('Remover Cozinheiro Temporário da equipe?');
  await page.reload();
  await expect(member).toBeVisible();

  void answerNextDialog(page, true);
  // Reload only once the removal's server action has answered: a reload while it is in flight aborts it.
  const removed = page.waitForResponse((response) => response.request().method() === 'POST');
  await member.getByRole('button', { name: 'Remover' }).click();
  await removed;
  await page.reload();
  await expect(member).toHaveCount(0);
});
