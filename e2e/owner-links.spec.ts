import { expect, test } from '@playwright/test';
import { OWNER, submitSignIn } from './staff';
import { shot } from './screenshot';

test('a new owner finds the storefront and the kitchen on "Hoje" and in the header, copies the link and prints the QR code', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/entrar?next=%2Fpizzaria-demo%2Fadmin');
  await submitSignIn(page, OWNER);
  await expect(page.getByRole('heading', { name: 'Hoje em Pizzaria Demo' })).toBeVisible();
  await shot(page, 'dono', '01-hoje');

  const header = page.getByRole('navigation', { name: 'Sua loja' });
  await expect(header.getByRole('link', { name: /Ver loja/ })).toHaveAttribute('href', '/pizzaria-demo');
  await expect(header.getByRole('link', { name: 'Abrir cozinha' })).toHaveAttribute('href', '/pizzaria-demo/kds');

  const card = page.getByRole('region', { name: 'Sua loja' });
  await expect(card.getByTestId('storefront-url')).toHaveText(/^https?:\/\/[^/]+\/pizzaria-demo$/);
  const qr = card.getByRole('img', { name: /QR code da loja/ });
  await expect(qr).toBeVisible();
  expect(await qr.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);

  await card.getByRole('button', { name: 'Copiar link' }).click();
  await expect(card.getByText('Link copiado: cole no WhatsApp ou no Instagram.')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/\/pizzaria-demo$/);

  await card.getByRole('link', { name: 'Imprimir QR code' }).click();
  await expect(page).toHaveURL(/\/pizzaria-demo\/admin\/qr$/);
  await expect(page.getByRole('heading', { name: 'Pizzaria Demo' })).toBeVisible();
  await expect(page.getByRole('img', { name: /QR code da loja: .*\/pizzaria-demo$/ })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Imprimir' })).toBeVisible();
  await shot(page, 'dono', '02-qr-code-para-imprimir');
  // On paper only the sheet remains: the admin header and the button hide themselves.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: 'Imprimir' })).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Seções do painel' })).toBeHidden();
  await page.emulateMedia({ media: 'screen' });
  for (const [path, name] of [
    ['cardapio', '03-cardapio'],
    ['pizzas', '04-pizzas'],
    ['pedidos', '05-pedidos'],
    ['equipe', '06-equipe'],
    ['configuracoes', '07-configuracoes'],
  ] as const) {
    await page.goto(`/pizzaria-demo/admin/${path}`);
    await expect(page.getByRole('navigation', { name: 'Seções do painel' })).toBeVisible();
    await shot(page, 'dono', name);
  }

  await page.getByRole('navigation', { name: 'Sua loja' }).getByRole('link', { name: 'Abrir cozinha' }).click();
  await expect(page).toHaveURL(/\/pizzaria-demo\/kds$/);
  await expect(page.getByRole('heading', { name: 'Pizzaria Demo · Cozinha' })).toBeVisible();
});
