import { MockAgent, setGlobalDispatcher } from 'undici';
import { inject } from 'vitest';

// Runs before each test file imports the app, so lib/env.js validates these.
process.env.DATABASE_URL = inject('databaseUrl');
process.env.UPSTASH_REDIS_REST_URL = inject('redisRestUrl');
process.env.UPSTASH_REDIS_REST_TOKEN = inject('redisRestToken');
process.env.LOG_LEVEL ??= 'warn';
// Production gives Redis 500 ms before a hold or limit falls back (tests/inventory/guard.test.ts
// checks that path with its own store). On a CI machine running several suites at once the local
// REST bridge can answer later than that, and a fallback mid-test is timing luck, not behaviour.
process.env.REDIS_TIMEOUT_MS ??= '10000';

// No test ever reaches the real Mercado Pago (a background job in another suite could try):
// its host answers with an error unless a test installs tests/payments/fake-mercadopago.ts.
const guard = new MockAgent();
guard.enableNetConnect();
guard
  .get('https://api.mercadopago.com')
  .intercept({ path: () => true, method: () => true })
  .replyWithError(new Error('tests never call the real Mercado Pago'))
  .persist();
setGlobalDispatcher(guard);
