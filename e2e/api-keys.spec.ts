import { expect, test } from '@playwright/test';
import { OWNER, submitSignIn } from './staff';

test('an owner makes an API key in Configurações, sees it once, and revoking it ends it', async ({ page, request }) => {
  const name = `Totem ${Date.now().toString(36)}`;
  await page.goto('/entrar?next=%2Fpizzaria-demo%2Fadmin%2Fconfiguracoes');
  await submitSignIn(page, OWNER);
  await page.getByLabel('Nome da chave').fill(name);
  await page.getByRole('button', { name: 'Criar chave' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Chave criada.' })).toBeVisible();
  const key = await page.getByLabel('Sua nova chave').inputValue();
  expect(key).toMatch(/^mpk_[a-z0-9]{12}_/);

  const auth = { authorization: `Bearer ${key}` };
  const menu = await request.get('/api/v1/menu', { headers: auth });
  expect(menu.status()).toBe(200);
  expect(((await menu.json()) as { flavors: unknown[] }).flavors.length).toBeGreaterThan(0);

  await page.reload();
  const row = page.getByRole('listitem').filter({ hasText: name });
  await expect(row).toContainText(`${key.slice(0, 17)}…`);
  await expect(row).toContainText('usada em');
  expect(await page.content()).not.toContain(key);

  await row.getByRole('button', { name: 'Revogar' }).click();
  await expect(row).toContainText('Revogada em');
  const refused = await request.get('/api/v1/menu', { headers: auth });
  expect(refused.status()).toBe(401);
  expect(refused.headers()['content-type']).toBe('application/problem+json');
});
