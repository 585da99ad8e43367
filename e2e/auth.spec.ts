import { expect, test } from '@playwright/test';
import { domain } from './app-domain';
import { KITCHEN, OWNER, submitSignIn } from './staff';

test('anonymous staff pages send to sign-in, and signing in comes back to them', async ({ page }) => {
  await page.goto('/pizzaria-demo/admin');
  await expect(page).toHaveURL(/\/entrar\?next=%2Fpizzaria-demo%2Fadmin$/);
  await submitSignIn(page, OWNER);
  await expect(page).toHaveURL(/\/pizzaria-demo\/admin$/);
  await expect(page.getByRole('heading', { name: 'Hoje em Pizzaria Demo' })).toBeVisible();

  await page.getByRole('button', { name: 'Sair' }).click();
  await expect(page).toHaveURL(/\/entrar$/);
  await page.goto('/pizzaria-demo/admin');
  await expect(page).toHaveURL(/\/entrar\?next=/);
});

test('a wrong password gets a clear message and no session', async ({ page }) => {
  await page.goto('/entrar');
  // Not the seeded owner: its failures would count toward locking out the login other tests use.
  await page.getByLabel('E-mail').fill(`ninguem-${Date.now()}@pizzaria-demo.com.br`);
  await page.getByLabel('Senha').fill('senha-errada');
  await page.getByRole('button', { name: 'Entrar' }).click();
  await expect(page.getByRole('status')).toHaveText('E-mail ou senha incorretos.');
  await page.goto('/pizzaria-demo/admin');
  await expect(page).toHaveURL(/\/entrar\?next=/);
});

test('the kitchen login has no access to the admin pages', async ({ page }) => {
  await page.goto('/entrar?next=%2Fpizzaria-demo%2Fadmin');
  await submitSignIn(page, KITCHEN);
  await expect(page.getByRole('heading', { name: 'Sem permissão' })).toBeVisible();
  const response = await page.goto('/pizzaria-demo/admin');
  expect(response?.status()).toBe(403);
});

test('changing the password keeps this session and ends the others', async ({ page, browser }) => {
  const app = await domain();
  const slug = `senha-${Date.now().toString(36)}`;
  const owner = { email: `${slug}@teste.com.br`, password: 'senha-antiga-1' };
  const created = await app.signUpPizzeria(
    {
      pizzeriaName: 'Pizzaria Senha',
      slug,
      defaultSlicesPerPizza: 8,
      holdSeconds: 120,
      freshnessHours: 4,
      ownerName: 'Dona',
      ...owner,
    },
    'e2e-setup',
  );
  expect(created.ok).toBe(true);

  await page.goto(`/entrar?next=%2F${slug}%2Fadmin`);
  await page.getByLabel('E-mail').fill(owner.email);
  await page.getByLabel('Senha').fill(owner.password);
  await page.getByRole('button', { name: 'Entrar' }).click();
  await expect(page).toHaveURL(new RegExp(`/${slug}/admin$`));
  const otherDevice = await browser.newContext();
  await otherDevice.addCookies(await page.context().cookies());

  await page.getByRole('link', { name: 'Trocar senha' }).click();
  await page.getByLabel('Senha atual').fill(owner.password);
  await page.getByLabel('Senha nova', { exact: true }).fill('senha-nova-22');
  await page.getByLabel('Repita a senha nova').fill('outra-coisa');
  await page.getByRole('button', { name: 'Trocar senha' }).click();
  await expect(page.getByText('As duas senhas novas não são iguais.')).toBeVisible();
  await page.getByLabel('Repita a senha nova').fill('senha-nova-22');
  await page.getByRole('button', { name: 'Trocar senha' }).click();
  await expect(page.getByRole('status')).toHaveText('Senha trocada.');

  await page.goto(`/${slug}/admin`);
  await expect(page).toHaveURL(new RegExp(`/${slug}/admin$`));
  const stale = await otherDevice.newPage();
  await stale.goto(`/${slug}/admin`);
  await expect(stale).toHaveURL(/\/entrar\?next=/);
  await otherDevice.close();
});
