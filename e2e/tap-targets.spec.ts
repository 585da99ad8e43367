import { randomUUID } from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import { domain } from './app-domain';
import { createShop } from './shop';
import { shot } from './screenshot';

/** Every visible link and button smaller than 44 × 44 CSS px (WCAG 2.5.5), described for the failure message. */
function smallTargets(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('a[href], button, summary, [role="button"]')]
      .filter((el) => el.checkVisibility() && !el.closest('.sr-only'))
      .map((el) => ({ el, box: el.getBoundingClientRect() }))
      .filter(({ box }) => box.width > 0 && (box.height < 44 || box.width < 44))
      .map(
        ({ el, box }) => `${el.tagName} "${el.textContent?.trim()}" ${Math.round(box.width)}×${Math.round(box.height)}`,
      ),
  );
}

test('on a phone every link and button of the customer and sign-in pages is at least 44 px', async ({ page }) => {
  const shop = await createShop([{ name: 'Margherita', priceCents: 1200, pizzas: 1 }]);
  const pages: Record<string, string[]> = {};
  let n = 0;
  const check = async (name: string) => {
    await page.waitForLoadState('networkidle');
    pages[name] = await smallTargets(page);
    n += 1;
    await shot(
      page,
      'cliente',
      `${String(n).padStart(2, '0')}-${name.replace(/\W+/g, '-').replace(/^-|-$/g, '') || 'inicio'}`,
    );
  };

  for (const path of ['/', '/entrar', '/cadastro']) {
    await page.goto(path);
    await check(path);
  }
  await page.goto(`/${shop.slug}`);
  await page
    .getByRole('button', { name: /Adicionar/ })
    .first()
    .click();
  await check('storefront');
  await page.getByRole('link', { name: 'Continuar' }).click();
  await expect(page.getByLabel('Nome')).toBeVisible();
  await check('checkout');

  const app = await domain();
  const [flavor] = await app.listFlavorsOnSale(shop.tenantId);
  const reserved = await app.reserveSlices({
    tenantId: shop.tenantId,
    idempotencyKey: `e2e-${randomUUID()}`,
    items: [{ productId: flavor!.productId, quantity: 1 }],
    customer: { name: 'Ana' },
  });
  if (!reserved.ok) throw new Error(reserved.error.message);
  const started = await app.startPayment({ tenantId: shop.tenantId, orderId: reserved.order.id, method: 'pix' });
  if (!started.ok) throw new Error(started.error.message);
  const { orderPath } = await import('../lib/payments/links');
  await page.goto(orderPath(shop.slug, reserved.order));
  await expect(page.getByRole('button', { name: 'Copiar código PIX' })).toBeVisible();
  await check('order');
  await page.getByRole('link', { name: 'Abrir a página de pagamento de teste' }).click();
  await expect(page.getByRole('button', { name: 'Pagar' })).toBeVisible();
  await check('dev payment');

  expect(pages).toEqual(Object.fromEntries(Object.keys(pages).map((k) => [k, []])));
});
