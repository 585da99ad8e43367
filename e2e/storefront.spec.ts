import { expect, test } from '@playwright/test';

test('the demo storefront lists its flavors with the slices left now', async ({ page }) => {
  await page.goto('/pizzaria-demo');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Pizzaria Demo');
  const flavors = page.getByRole('listitem');
  await expect(flavors).toHaveCount(6);
  await expect(page.getByText('Esgotado')).toBeVisible();
  await expect(page.getByText(/R\$\s?\d+,\d{2}/).first()).toBeVisible();
});

test('an unknown pizzeria gets a proper 404 page', async ({ page }) => {
  const response = await page.goto('/pizzaria-que-nao-existe');
  expect(response?.status()).toBe(404);
  await expect(page.getByText('Pizzaria não encontrada')).toBeVisible();
});

test('the bench-only /baseline page is not in a production build', async ({ request }) => {
  expect((await request.get('/baseline')).status()).toBe(404);
});
