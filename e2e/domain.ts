import { e2eDatabaseUrl } from '../playwright.config';

/**
 * The app's domain code against the e2e database, for a spec to make what the UI under test
 * reacts to (a payment confirmed as the webhook would). lib/env.js reads the environment when
 * first imported, so it is set before.
 */
export async function domain() {
  process.env.DATABASE_URL ??= e2eDatabaseUrl;
  process.env.LOG_LEVEL ??= 'warn';
  const [inventory, tenants] = await Promise.all([import('../lib/inventory'), import('../lib/tenants/queries')]);
  return { ...inventory, ...tenants };
}
