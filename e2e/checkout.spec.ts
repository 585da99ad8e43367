import { expect, test, type Page } from '@playwright/test';
import { createShop } from './shop';

async function addSlices(page: Page, flavor: string, count: number) {
  for (let i = 0; i < count; i++) await page.getByRole('button', { name: `Adicionar um pedaço de ${flavor}` }).click();
}

async function fillCustomer(page: Page, name = 'Ana Souza') {
  await page.getByLabel('Nome').fill(name);
  await page.getByLabel('WhatsApp').fill('(11) 91234-5678');
  await page.getByLabel('E-mail').fill('ana@example.com');
}

const slicesLeftOf = (page: Page, flavor: string) =>
  page
    .getByRole('listitem')
    .filter({ hasText: flavor })
    .getByText(/^(Restam? \d+ pedaços?|Esgotado)$/);

test('a customer buys 2 slices of two flavors, pays on the development page and sees "Pago"', async ({ page }) => {
  const shop = await createShop([
    { name: 'Margherita', priceCents: 1200, pizzas: 1 },
    { name: 'Calabresa', priceCents: 1100, pizzas: 1 },
  ]);
  await page.goto(`/${shop.slug}`);
  await addSlices(page, 'Margherita', 1);
  await addSlices(page, 'Calabresa', 1);
  await page.reload(); // the cart survives a reload
  await expect(page.getByText('2 pedaços')).toBeVisible();
  await expect(page.getByText('R$ 23,00')).toBeVisible();

  await page.getByRole('link', { name: 'Continuar' }).click();
  await fillCustomer(page);
  await page.getByRole('button', { name: /Reservar e pagar/ }).click();

  await expect(page).toHaveURL(/\/pedido\/[A-Z0-9]+\?t=/);
  await expect(page.getByRole('status').filter({ hasText: 'Aguardando pagamento' })).toBeVisible();
  await expect(page.getByRole('timer')).toHaveText(/\d:\d\d/);
  await expect(page.getByLabel('PIX copia e cola')).not.toBeEmpty();
  const orderUrl = page.url();

  await page.getByRole('link', { name: 'Abrir a página de pagamento de teste' }).click();
  await page.getByRole('button', { name: 'Pagar' }).click();
  await page.waitForURL(orderUrl); // the dev page sends the customer back to the order link
  await expect(page.getByRole('status').filter({ hasText: 'Pagamento confirmado' })).toBeVisible();
  await expect(page.getByText('1 × Calabresa')).toBeVisible();

  await page.goto(`/${shop.slug}`);
  await expect(slicesLeftOf(page, 'Margherita')).toHaveText('Restam 3 pedaços');
});

test('two customers race for the last slice: one gets it, the other picks another flavor', async ({ browser }) => {
  const shop = await createShop([
    { name: 'Portuguesa', priceCents: 1300, pizzas: 1, slicesLeft: 1 },
    { name: 'Margherita', priceCents: 1200, pizzas: 1 },
  ]);
  const names = ['Ana Souza', 'Bruno Lima'];
  const buyers = await Promise.all(names.map(async () => (await browser.newContext()).newPage()));
  for (const [i, page] of buyers.entries()) {
    await page.goto(`/${shop.slug}`);
    await addSlices(page, 'Portuguesa', 1);
    await page.getByRole('link', { name: 'Continuar' }).click();
    await fillCustomer(page, names[i]);
  }
  await Promise.all(buyers.map((page) => page.getByRole('button', { name: /Reservar e pagar/ }).click()));

  const outcomes = await Promise.all(
    buyers.map(async (page) => {
      const won = page.waitForURL(/\/pedido\//).then(() => 'won' as const);
      const lost = page
        .getByText('Alguns pedaços acabaram enquanto você escolhia')
        .waitFor()
        .then(() => 'lost' as const);
      return { page, outcome: await Promise.race([won, lost]) };
    }),
  );
  expect(outcomes.map((o) => o.outcome).sort()).toEqual(['lost', 'won']);

  const loser = outcomes.find((o) => o.outcome === 'lost')!.page;
  const loserName = names[buyers.indexOf(loser)]!;
  await expect(loser.getByText('Portuguesa: você pediu 1, acabou')).toBeVisible();
  await loser.getByRole('button', { name: 'Ajustar meu pedido ao que resta' }).click();
  await expect(loser.getByText('Seu carrinho está vazio')).toBeVisible();
  await loser.getByRole('link', { name: 'Escolher pedaços' }).click();
  await expect(slicesLeftOf(loser, 'Portuguesa')).toHaveText('Esgotado');
  await addSlices(loser, 'Margherita', 1);
  await loser.getByRole('link', { name: 'Continuar' }).click();
  await expect(loser.getByLabel('Nome')).toHaveValue(loserName); // nothing retyped
  await loser.getByRole('button', { name: /Reservar e pagar/ }).click();
  await expect(loser).toHaveURL(/\/pedido\//);
  await expect(loser.getByText('1 × Margherita')).toBeVisible();
});

test('a declined payment puts the slices back on sale', async ({ page }) => {
  const shop = await createShop([{ name: 'Quatro Queijos', priceCents: 1400, pizzas: 1 }]);
  await page.goto(`/${shop.slug}`);
  await addSlices(page, 'Quatro Queijos', 3);
  await page.getByRole('link', { name: 'Continuar' }).click();
  await fillCustomer(page);
  await page.getByRole('button', { name: /Reservar e pagar/ }).click();
  await expect(page).toHaveURL(/\/pedido\//);
  const orderUrl = page.url();

  await page.goto(`/${shop.slug}`);
  await expect(slicesLeftOf(page, 'Quatro Queijos')).toHaveText('Resta 1 pedaço');

  await page.goto(orderUrl);
  await page.getByRole('link', { name: 'Abrir a página de pagamento de teste' }).click();
  await page.getByRole('button', { name: 'Recusar' }).click();
  await page.waitForURL(orderUrl);
  await expect(page.getByRole('status').filter({ hasText: 'Cancelado' })).toBeVisible();
  await expect(page.getByText('O pagamento foi recusado e os pedaços voltaram para a venda.')).toBeVisible();

  await page.goto(`/${shop.slug}`);
  await expect(slicesLeftOf(page, 'Quatro Queijos')).toHaveText('Restam 4 pedaços');
});

test('the checkout answers bad input field by field and writes nothing', async ({ page }) => {
  const shop = await createShop([{ name: 'Margherita', priceCents: 1200, pizzas: 1 }]);
  await page.goto(`/${shop.slug}`);
  await addSlices(page, 'Margherita', 2);
  await page.getByRole('link', { name: 'Continuar' }).click();
  await page.getByLabel('Nome').fill('A');
  await page.getByLabel('WhatsApp').fill('123');
  await page.getByLabel('E-mail').fill('ana@');
  await page.getByRole('button', { name: /Reservar e pagar/ }).click();
  await expect(page.getByText('Informe seu nome.')).toBeVisible();
  await expect(page.getByText(/Informe o WhatsApp com DDD/)).toBeVisible();
  await expect(page.getByText(/Informe um e-mail válido/)).toBeVisible();
  await expect(page.getByLabel('WhatsApp')).toHaveAttribute('aria-invalid', 'true');

  await page.goto(`/${shop.slug}`);
  await expect(slicesLeftOf(page, 'Margherita')).toHaveText('Restam 4 pedaços');
});

test('an order link with a wrong token is a 404, like a missing order', async ({ page }) => {
  const response = await page.goto('/pizzaria-demo/pedido/ABCDE?t=wrong-token');
  expect(response?.status()).toBe(404);
});
