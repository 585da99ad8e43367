import { expect, test } from '@playwright/test';
import { ownerShop } from './owner-shop';
import { shot } from './screenshot';

/** Server actions are POSTs to the page carrying a `next-action` header. */
const isAction = (request: { method(): string; headers(): Record<string, string> }) =>
  request.method() === 'POST' && 'next-action' in request.headers();

test('"Abrir pizza" shows the slices at once, says when it is done, and a double tap opens one pizza', async ({
  page,
}) => {
  const shop = await ownerShop('Margherita');
  await shop.signIn(page, `/${shop.slug}/kds`);
  const strip = page.getByLabel('Estoque Margherita');
  await expect(strip.getByTestId('slices-left')).toHaveText('8');

  // Hold the server's answer back, to see the pending state.
  let release!: () => void;
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route(`**/${shop.slug}/kds`, async (route) => {
    if (isAction(route.request())) await held;
    await route.fallback();
  });
  const open = strip.getByRole('button', { name: 'Abrir pizza' });
  await open.click();
  await expect(strip.getByRole('button', { name: 'Abrindo…' })).toBeDisabled();
  await expect(strip.getByTestId('slices-left')).toHaveText('16');
  await shot(page, 'cozinha', '05-abrindo-pizza');
  // A second tap while the first is on its way does nothing.
  await strip.getByRole('button', { name: 'Abrindo…' }).click({ force: true });
  release();
  await expect(strip.getByRole('button', { name: 'Pizza aberta ✓' })).toBeVisible();
  await expect(strip.getByTestId('slices-left')).toHaveText('16');
  await expect(strip).toContainText('2 pizzas abertas');
  const [batches] = await shop.app.sql<{ n: number }[]>`
    SELECT count(*)::int AS n FROM batches WHERE tenant_id = ${shop.tenantId}`;
  expect(batches!.n).toBe(2);
  await page.unroute(`**/${shop.slug}/kds`);
});

test('"Abrir pizza" that fails puts the count back and says so', async ({ page }) => {
  const shop = await ownerShop('Margherita');
  await shop.signIn(page, `/${shop.slug}/kds`);
  const strip = page.getByLabel('Estoque Margherita');
  await expect(strip.getByTestId('slices-left')).toHaveText('8');
  await page.route(`**/${shop.slug}/kds`, (route) =>
    isAction(route.request()) ? route.abort('connectionfailed') : route.fallback(),
  );
  await strip.getByRole('button', { name: 'Abrir pizza' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Não foi possível' })).toHaveText(
    'Não foi possível abrir a pizza. Tente de novo.',
  );
  await expect(strip.getByTestId('slices-left')).toHaveText('8');
  await expect(strip.getByRole('button', { name: 'Abrir pizza' })).toBeEnabled();
});
