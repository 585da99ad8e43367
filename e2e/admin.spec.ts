import { expect, test } from '@playwright/test';
import { KITCHEN, submitSignIn } from './staff';

test('an owner signs up a pizzeria, adds a flavor, opens a pizza, and a customer sees it', async ({
  page,
  browser,
}) => {
  const slug = `nova-${Date.now().toString(36)}`;
  await page.goto('/cadastro');
  await page.getByLabel('Nome da pizzaria').fill('Pizzaria do Teste');
  await page.getByLabel('Endereço da vitrine').fill('pizzaria-demo');
  await expect(page.getByText('Este endereço já está em uso. Escolha outro.')).toBeVisible();
  await page.getByLabel('Endereço da vitrine').fill(slug);
  await expect(page.getByText(`Disponível:`)).toContainText(`/${slug}`);
  await page.getByLabel('Seu nome').fill('Dona Teste');
  await page.getByLabel('E-mail').fill(`${slug}@teste.com.br`);
  await page.getByLabel('Senha').fill('senha-da-dona-1');
  await page.getByRole('button', { name: 'Criar minha pizzaria' }).click();

  await expect(page).toHaveURL(new RegExp(`/${slug}/admin/cardapio$`));
  // Bad input first: a clear message, nothing added.
  await page.getByLabel('Nome do sabor').fill('Muçarela');
  await page.getByLabel('Preço por pedaço (R$)').fill('doze');
  await page.getByRole('button', { name: 'Adicionar sabor' }).click();
  await expect(page.getByText('Use um preço como 12,50.')).toBeVisible();
  await page.getByLabel('Preço por pedaço (R$)').fill('9,50');
  await page.getByRole('button', { name: 'Adicionar sabor' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Sabor adicionado ao cardápio.' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Muçarela' })).toBeVisible();

  await page.getByRole('navigation', { name: 'Seções do painel' }).getByRole('link', { name: 'Pizzas' }).click();
  await page.getByRole('button', { name: 'Abrir pizza' }).click();
  await expect(page.getByText('8 livres · 0 reservados · 0 vendidos')).toBeVisible();

  const customer = await browser.newPage();
  await customer.goto(`/${slug}`);
  await expect(customer.getByRole('heading', { level: 1 })).toHaveText('Pizzaria do Teste');
  const flavor = customer.getByRole('listitem').filter({ hasText: 'Muçarela' });
  await expect(flavor).toContainText('R$ 9,50');
  await expect(flavor).toContainText('8');
  await customer.close();
});

test('a kitchen user cannot open Configurações', async ({ page }) => {
  await page.goto('/entrar?next=%2Fpizzaria-demo%2Fadmin%2Fconfiguracoes');
  await submitSignIn(page, KITCHEN);
  await expect(page.getByRole('heading', { name: 'Sem permissão' })).toBeVisible();
  const response = await page.goto('/pizzaria-demo/admin/configuracoes');
  expect(response?.status()).toBe(403);
  await expect(page.getByLabel('Tempo de reserva (segundos)')).toHaveCount(0);
});
