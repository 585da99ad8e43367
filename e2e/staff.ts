import type { Page } from '@playwright/test';

/** The demo pizzeria's seeded logins (db/seed.ts, README). */
export const OWNER = { email: 'dono@pizzaria-demo.com.br', password: 'pedaco-dono-123' };
export const KITCHEN = { email: 'cozinha@pizzaria-demo.com.br', password: 'pedaco-cozinha-123' };

/** Fills the sign-in form already on screen (`/entrar`) and sends it. */
export async function submitSignIn(page: Page, login: { email: string; password: string }) {
  await page.getByLabel('E-mail').fill(login.email);
  await page.getByLabel('Senha').fill(login.password);
  await page.getByRole('button', { name: 'Entrar' }).click();
}
