import { expect, test } from '@playwright/test';
import { e2eMetricsPort } from '../playwright.config';
import { createShop } from './shop';

const scrape = async () => (await fetch(`http://127.0.0.1:${e2eMetricsPort}/metrics`)).text();

/** A sample's value in a Prometheus text scrape, or 0 when the series is absent. */
function sample(text: string, series: string) {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line ? Number(line.slice(series.length + 1)) : 0;
}

// Next compiles route handlers and server actions into separate module graphs: the counters each
// one bumps must land in the one registry the built app serves on METRICS_PORT.
test('a route handler and a server action count into the same scrape of the built app', async ({ page, request }) => {
  const shop = await createShop([{ name: 'Napolitana', priceCents: 1500, pizzas: 1 }]);

  // Route handler: a notification without a signature is refused with 401.
  const refused = await request.post(`/api/webhooks/mercadopago?tenant=${shop.tenantId}&data.id=1`, {
    data: { type: 'payment', data: { id: '1' } },
  });
  expect(refused.status()).toBe(401);

  // Server action: the checkout form reserves the slice and writes the order.
  await page.goto(`/${shop.slug}`);
  await page.getByRole('button', { name: 'Adicionar um pedaço de Napolitana' }).click();
  await page.getByRole('link', { name: 'Continuar' }).click();
  await page.getByLabel('Nome').fill('Ana Souza');
  await page.getByLabel('WhatsApp').fill('(11) 91234-5678');
  await page.getByLabel('E-mail').fill('ana@example.com');
  await page.getByRole('button', { name: /Reservar e pagar/ }).click();
  await expect(page).toHaveURL(/\/pedido\/[A-Z0-9]+\?t=/);

  const text = await scrape();
  expect(sample(text, `orders_created_total{tenant="${shop.tenantId}"}`)).toBe(1);
  expect(sample(text, 'payment_webhook_duration_seconds_count{status="401"}')).toBeGreaterThanOrEqual(1);
  expect(
    sample(text, 'http_request_duration_seconds_count{route="/api/webhooks/mercadopago",method="POST",status="401"}'),
  ).toBeGreaterThanOrEqual(1);
  // Pages are named by their template, never by the pizzeria's slug.
  expect(text).toContain('route="/[tenant]/checkout"');
  expect(text).not.toContain(shop.slug);
});
