import { expect, test } from '@playwright/test';

const OWNER = { email: 'dono@pizzaria-demo.com.br', password: 'pedaco-dono-123' };
const KITCHEN = { email: 'cozinha@pizzaria-demo.com.br', password: 'pedaco-cozinha-123' };

test('anonymous staff pages send to sign-in, and signing in comes back to them', async ({ page }) => {
  await page.goto('/pizzaria-demo/admin');
  await expect(page).toHaveURL(/\/entrar\?next=%2Fpizzaria-demo%2Fadmin$/);
  await page.getByLabel('E-mail').fill(OWNER.email);
  await page.getByLabel('Senha').fill(OWNER.password);
  await page.getByRole('button', { name: 'Entrar' }).click();
  await expect(page).toHaveURL(/\/pizzaria-demo\/admin$/);
  await expect(page.getByRole('heading', { name: 'Hoje em Pizzaria Demo' })).toBeVisible();

  await page.getByRole('button', { name: 'Sair' }).click();
  await expect(page).toHaveURL(/\/entrar$/);
  await page.goto('/pizzaria-demo/admin');
  await expect(page).toHaveURL(/\/entrar\?next=/);
});

test('a wrong password gets a clear message and no session', async ({ page }) => {
  await page.goto('/entrar');
  await page.getByLabel('E-mail').fill(OWNER.email);
  await page.getByLabel('Senha').fill('senha-errada');
  await page.getByRole('button', { name: 'Entrar' }).click();
  await expect(page.getByRole('status')).toHaveText('E-mail ou senha incorretos.');
  await page.goto('/pizzaria-demo/admin');
  await expect(page).toHaveURL(/\/entrar\?next=/);
});

test('the kitchen login has no access to the admin pages', async ({ page }) => {
  await page.goto('/entrar?next=%2Fpizzaria-demo%2Fadmin');
  await page.getByLabel('E-mail').fill(KITCHEN.email);
  await page.getByLabel('Senha').fill(KITCHEN.password);
  await page.getByRole('button', { name: 'Entrar' }).click();
  await expect(page.getByRole('heading', { name: 'Sem permissão' })).toBeVisible();
  const response = await page.goto('/pizzaria-demo/admin');
  expect(response?.status()).toBe(403);
});
