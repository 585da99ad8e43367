import { expect, test } from '@playwright/test';
import { KITCHEN, OWNER, submitSignIn } from './staff';
import { shot } from './screenshot';

test('the cook signs out of the board, and the next person signs in on the same tablet', async ({ page }) => {
  await page.goto('/pizzaria-demo/kds');
  await submitSignIn(page, KITCHEN);
  await expect(page.getByRole('heading', { name: 'Pizzaria Demo · Cozinha' })).toBeVisible();
  await shot(page, 'cozinha', '02-quadro');

  await page.getByRole('button', { name: 'Sair' }).click();
  await expect(page).toHaveURL(/\/entrar$/);
  await expect(page.getByLabel('E-mail')).toBeVisible();
  await shot(page, 'cozinha', '03-depois-de-sair');
  // The session is gone, not just the page.
  await page.goto('/pizzaria-demo/kds');
  await expect(page).toHaveURL(/\/entrar\?next=%2Fpizzaria-demo%2Fkds$/);

  await submitSignIn(page, OWNER);
  await expect(page).toHaveURL(/\/pizzaria-demo\/kds$/);
  await expect(page.getByRole('heading', { name: 'Pizzaria Demo · Cozinha' })).toBeVisible();
});

test('a signed-in cook opening the sign-in page can switch to another account instead of bouncing to the board', async ({
  page,
}) => {
  await page.goto('/entrar');
  await shot(page, 'cozinha', '01-entrar');
  await submitSignIn(page, KITCHEN);
  await expect(page).toHaveURL(/\/pizzaria-demo\/kds$/);

  await page.goto('/entrar');
  await expect(page.getByRole('heading', { name: 'Você já entrou' })).toBeVisible();
  await shot(page, 'cozinha', '04-trocar-de-conta');
  await expect(page.getByRole('link', { name: 'Continuar com a conta atual' })).toHaveAttribute('href', '/painel');
  await page.getByRole('button', { name: 'Entrar com outra conta' }).click();
  await expect(page.getByLabel('E-mail')).toBeVisible();

  await submitSignIn(page, OWNER);
  await expect(page.getByRole('heading', { name: 'Hoje em Pizzaria Demo' })).toBeVisible();
});
