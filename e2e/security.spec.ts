import { expect, test } from '@playwright/test';
import { HOSTILE_NEXT } from '../tests/auth/hostile-next';
import { domain } from './app-domain';
import { createShop } from './shop';
import { OWNER, submitSignIn } from './staff';

test('after sign-in, no `next` of the open-redirect class takes the browser off-site', async ({ page, baseURL }) => {
  const offSite: string[] = [];
  await page.route(
    (url) => url.origin !== new URL(baseURL!).origin,
    (route) => {
      offSite.push(route.request().url());
      return route.abort();
    },
  );
  await page.goto('/entrar');
  await submitSignIn(page, OWNER);
  await expect(page).not.toHaveURL(/\/entrar/);

  // The reviewer's sample as typed in the address bar, then every trick of the class, encoded.
  const targets = [
    '/entrar?next=/%09/evil.example/',
    ...HOSTILE_NEXT.map((n) => `/entrar?next=${encodeURIComponent(n)}`),
  ];
  for (const target of targets) {
    // A redirect chain that ends in a client-side navigation may abort goto itself; where the tab lands is what counts.
    const response = await page.goto(target).catch(() => null);
    if (response) expect(response.status(), target).toBeLessThan(500);
    await page.waitForLoadState();
    expect(new URL(page.url()).origin, target).toBe(new URL(baseURL!).origin);
  }
  expect(offSite).toEqual([]);
});

test('a forged X-Forwarded-For does not escape the per-address checkout limit', async ({ page }) => {
  const shop = await createShop([{ name: 'Margherita', priceCents: 1200, pizzas: 4 }]);
  const { createRateLimiter, ORDER_LIMIT } = await domain();
  const outcomes: string[] = [];
  for (let i = 0; i < 2; i++) {
    if (i === 1) {
      // The browser's real address (the socket peer) spends its whole budget at once, so the answer
      // never depends on how long a checkout takes; eleven browser checkouts outran the window.
      const limiter = createRateLimiter(ORDER_LIMIT);
      for (let n = 0; n < ORDER_LIMIT.limit; n++) await limiter.limit(`${shop.tenantId}:127.0.0.1`);
    }
    // Each try claims a fresh address: only the server's stamp of the peer decides.
    await page.setExtraHTTPHeaders({ 'x-forwarded-for': `203.0.113.${i + 1}` });
    await page.goto(`/${shop.slug}`);
    await page.getByRole('button', { name: 'Adicionar um pedaço de Margherita' }).click();
    await page.getByRole('link', { name: 'Continuar' }).click();
    await page.getByLabel('Nome').fill(`Cliente ${i}`);
    await page.getByLabel('WhatsApp').fill(`(11) 9${String(1000_0000 + i).padStart(8, '0')}`);
    await page.getByLabel('E-mail').fill(`cliente${i}@example.com`);
    await page.getByRole('button', { name: /Reservar e pagar/ }).click();
    const refused = page.getByText(/Muitos pedidos em pouco tempo/);
    await expect(page.getByRole('status').filter({ hasText: 'Aguardando pagamento' }).or(refused)).toBeVisible();
    outcomes.push((await refused.isVisible()) ? 'refused' : 'placed');
  }
  expect(outcomes).toEqual(['placed', 'refused']);
});
