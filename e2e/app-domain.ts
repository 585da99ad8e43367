// The app's own domain functions, run from a Playwright worker against the e2e database and
// Redis, for the steps another part of the product owns (a customer's reservation, the kitchen's moves).
// The pool stays open: the worker shares it with other spec files and ends with the process.
import { e2eDatabaseUrl } from '../playwright.config';

process.env.DATABASE_URL = e2eDatabaseUrl;
process.env.UPSTASH_REDIS_REST_URL = `http://127.0.0.1:${process.env.E2E_REDIS_REST_PORT ?? 8089}`;
process.env.UPSTASH_REDIS_REST_TOKEN = 'e2e-token';
process.env.APP_SECRET = 'e2e-secret-e2e-secret-e2e-secret-e2e';
process.env.LOG_LEVEL = 'warn';
// As the e2e server has it: a busy machine's slow bridge must not switch limits to their fallback.
process.env.REDIS_TIMEOUT_MS = '10000';

export async function domain() {
  const [inventory, payments, transitions, onboarding, tenants, catalog, rateLimit, checkout, client, schema] =
    await Promise.all([
      import('../lib/inventory'),
      import('../lib/payments'),
      import('../lib/orders/transitions'),
      import('../lib/tenants/onboarding'),
      import('../lib/tenants/queries'),
      import('../lib/catalog'),
      import('../lib/rate-limit'),
      import('../lib/checkout/place-order'),
      import('../db/client'),
      import('../db/schema'),
    ]);
  return {
    ...inventory,
    ...payments,
    ...transitions,
    ...onboarding,
    ...tenants,
    ...catalog,
    ...rateLimit,
    ORDER_LIMIT: checkout.ORDER_LIMIT,
    db: client.db,
    sql: client.sql,
    schema,
  };
}
