import { expect, test } from '@playwright/test';
import { HOSTILE_NEXT } from '../tests/auth/hostile-next';
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
