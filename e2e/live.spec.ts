import { expect, test, type Page } from '@playwright/test';
import { KITCHEN, submitSignIn } from './staff';

async function openKitchen(page: Page) {
  await page.goto('/entrar?next=%2Fpizzaria-demo%2Fkds');
  await submitSignIn(page, KITCHEN);
  await expect(page.getByText('ao vivo')).toBeVisible();
}

const slicesLeft = (page: Page, flavor: string) =>
  page
    .getByRole('listitem')
    .filter({ hasText: flavor })
    .getByText(/^(Restam? \d+ pedaços?|Esgotado)$/);

async function countOf(page: Page, flavor: string) {
  const text = (await slicesLeft(page, flavor).textContent()) ?? '';
  return text === 'Esgotado' ? 0 : Number(/\d+/.exec(text)![0]);
}

// Assertions below wait 5 s at most, while the pages poll every 15–30 s: only the realtime
// sidecar can make them pass.
test('customer and kitchen see each other live: paid → on the board, Pronto → on the phone, new pizza → on the menu', async ({
  browser,
}) => {
  const customer = await (await browser.newContext()).newPage();
  const kitchen = await (await browser.newContext()).newPage();
  await openKitchen(kitchen);

  await customer.goto('/pizzaria-demo');
  await customer.getByRole('button', { name: 'Adicionar um pedaço de Margherita' }).click();
  await customer.getByRole('link', { name: 'Continuar' }).click();
  await customer.getByLabel('Nome').fill('Carla Dias');
  await customer.getByLabel('WhatsApp').fill('(21) 98765-4321');
  await customer.getByLabel('E-mail').fill('carla@example.com');
  await customer.getByRole('button', { name: /Reservar e pagar/ }).click();
  await expect(customer).toHaveURL(/\/pedido\/([A-Z0-9]+)\?t=/);
  const code = /\/pedido\/([A-Z0-9]+)/.exec(customer.url())![1]!;
  await customer.getByRole('link', { name: 'Abrir a página de pagamento de teste' }).click();
  await customer.getByRole('button', { name: 'Pagar' }).click();
  await expect(customer.getByRole('status').filter({ hasText: 'Pagamento confirmado' })).toBeVisible();

  const card = kitchen.getByRole('article', { name: `Pedido ${code}` });
  await expect(card).toContainText('Carla');
  await card.getByRole('button', { name: 'Começar preparo' }).click();
  await expect(customer.getByRole('status').filter({ hasText: 'A cozinha está preparando' })).toBeVisible();
  await card.getByRole('button', { name: 'Pronto' }).click();
  await expect(customer.getByRole('status').filter({ hasText: 'Pode buscar' })).toBeVisible();
  await expect(customer.getByText(`Pode buscar, Carla! Diga o código ${code} no balcão.`)).toBeVisible();

  await customer.goto('/pizzaria-demo');
  const before = await countOf(customer, 'Calabresa');
  await kitchen.getByLabel('Estoque Calabresa').getByRole('button', { name: 'Abrir pizza' }).click();
  await expect.poll(() => countOf(customer, 'Calabresa')).toBeGreaterThanOrEqual(before + 8);
});
