import type { Page } from '@playwright/test';

/**
 * One page of a journey as the person saw it, for a reviewer who runs nothing: the e2e run writes
 * e2e/screenshots/{dono,cozinha,cliente}/<name>.png (gitignored; CI keeps the folder as an artifact).
 */
export async function shot(page: Page, journey: 'dono' | 'cozinha' | 'cliente', name: string) {
  await page.screenshot({
    path: `e2e/screenshots/${journey}/${name}.png`,
    fullPage: true,
    scale: 'css',
    animations: 'disabled',
  });
}
