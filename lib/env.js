// The one place configuration is read. Plain JS so next.config.js can import it.
import { isIP } from 'node:net';
import { z } from 'zod';

const DEV_SECRET = 'meu-pedaco-development-secret-not-for-production';
// 32 bytes, base64: the development key for payment credentials at rest (never for production).
const DEV_CREDENTIALS_KEY = 'bWV1LXBlZGFjby1kZXYtY3JlZGVudGlhbHMta2V5ISE=';

const flag = z.preprocess((v) => (v === '' ? undefined : v), z.enum(['0', '1']).optional());
const credentialsKey = z
  .string()
  .refine((v) => Buffer.from(v, 'base64').length === 32 && /^[A-Za-z0-9+/]+={0,2}$/.test(v), {
    message: 'CREDENTIALS_KEY must be 32 random bytes in base64 (e.g. `openssl rand -base64 32`)',
  })
  .optional();

/** `192.0.2.1` or `10.0.0.0/8` or `2001:db8::/32`. */
const isCidr = (/** @type {string} */ v) => {
  const [ip = '', bits, ...rest] = v.split('/');
  const family = isIP(ip);
  if (!family || rest.length > 0) return false;
  return bits === undefined || (/^\d{1,3}$/.test(bits) && Number(bits) <= (family === 4 ? 32 : 128));
};

// Proxies in front of the app whose X-Forwarded-For entries are believed: a hop count (the N
// nearest hops), or a comma-separated list of addresses/CIDRs. Unset: none, the socket peer is the client.
const trustedProxies = z
  .string()
  .default('')
  .transform((v) => v.trim())
  .refine((v) => v === '' || /^\d{1,2}$/.test(v) || v.split(',').every((c) => isCidr(c.trim())), {
    message: 'TRUSTED_PROXIES must be a hop count (e.g. 1) or a comma-separated list of addresses/CIDRs',
  })
  .transform((v) =>
    /^\d+$/.test(v)
      ? { hops: Number(v), cidrs: /** @type {string[]} */ ([]) }
      : { hops: 0, cidrs: v === '' ? [] : v.split(',').map((c) => c.trim()) },
  );

const optionalUrl = z.preprocess((v) => (v === '' ? undefined : v), z.url().optional());

const fields = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  DATABASE_URL: z
    .string({ error: 'DATABASE_URL is missing: set a postgres:// URL, or use `npm run dev` for the embedded database' })
    .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must start with postgres:// or postgresql://'),
  DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(100).default(10),
  UPSTASH_REDIS_REST_URL: optionalUrl,
  UPSTASH_REDIS_REST_TOKEN: z.string().min(1).optional(),
  REDIS_TIMEOUT_MS: z.coerce.number().int().min(10).max(10_000).default(500),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SENTRY_DSN: optionalUrl,
  // Names the deployed version on every Sentry event (e.g. the image tag or the git commit).
  SENTRY_RELEASE: z.string().min(1).max(200).optional(),
  APP_URL: z.url().default('http://localhost:3000'),
  TRUSTED_PROXIES: trustedProxies,
  // Signs order links, staff sessions and realtime tokens. Development gets a fixed one so
  // `npm run dev` needs no setup; production must set its own.
  APP_SECRET: z
    .string()
    .min(32, 'APP_SECRET must be at least 32 characters (e.g. `openssl rand -base64 32`)')
    .optional(),
  // The Socket.IO sidecar (realtime/). 0 picks a free port (tests).
  REALTIME_PORT: z.coerce.number().int().min(0).max(65535).default(3001),
  // Where browsers reach the sidecar; read by the server at request time (not inlined at build),
  // so one build runs anywhere. Unset: APP_URL's host on REALTIME_PORT.
  REALTIME_PUBLIC_URL: optionalUrl,
  // Safety-net poll of the outbox; the only path where LISTEN/NOTIFY is off (embedded PGlite).
  REALTIME_POLL_MS: z.coerce.number().int().min(20).max(60_000).default(500),
  REALTIME_LISTEN: z
    .enum(['0', '1'])
    .default('1')
    .transform((v) => v === '1'),
  // How long web, realtime and worker may spend finishing work in flight after SIGTERM.
  SHUTDOWN_GRACE_MS: z.coerce.number().int().min(0).max(120_000).default(10_000),
  // Encrypts each pizzeria's Mercado Pago credentials at rest (AES-256-GCM).
  CREDENTIALS_KEY: credentialsKey,
  // The local "Pagar / Recusar" payment page for pizzerias without Mercado Pago credentials.
  // On by default outside production; in production it would let anyone "pay" for free.
  PAYMENTS_DEV_PROVIDER: flag,
  MERCADOPAGO_TIMEOUT_MS: z.coerce.number().int().min(500).max(30_000).default(8000),
  MERCADOPAGO_MAX_RETRIES: z.coerce.number().int().min(0).max(3).default(1),
  // Public API calls per key per minute (429 with Retry-After past it), and failed key checks per client address.
  API_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(1_000_000).default(600),
  API_BAD_KEY_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(10_000).default(30),
  // Prometheus' scrape of this process (web, realtime or worker), on a port the gateway does not
  // route. Unset: no metrics listener. 0 picks a free port (tests).
  METRICS_PORT: z.preprocess((v) => (v === '' ? undefined : v), z.coerce.number().int().min(0).max(65535).optional()),
  // `0` stops recording metrics (bench:reserve weighs their cost); /metrics then serves what it has.
  METRICS_ENABLED: z
    .enum(['0', '1'])
    .default('1')
    .transform((v) => v === '1'),
  // Build-time: `1` builds the bare /baseline page that `npm run bench:storefront` scores against.
  BENCH_BASELINE_PAGE: flag,
});

const schema = fields
  .transform((e) => ({
    ...e,
    APP_SECRET: e.APP_SECRET ?? (e.NODE_ENV === 'production' ? '' : DEV_SECRET),
    REALTIME_PUBLIC_URL:
      e.REALTIME_PUBLIC_URL ?? Object.assign(new URL(e.APP_URL), { port: String(e.REALTIME_PORT) }).origin,
    CREDENTIALS_KEY: e.CREDENTIALS_KEY ?? (e.NODE_ENV === 'production' ? '' : DEV_CREDENTIALS_KEY),
    PAYMENTS_DEV_PROVIDER: (e.PAYMENTS_DEV_PROVIDER ?? (e.NODE_ENV === 'production' ? '0' : '1')) === '1',
  }))
  .refine((e) => e.APP_SECRET !== '', {
    message:
      'APP_SECRET is missing: production needs a secret of at least 32 characters (e.g. `openssl rand -base64 32`)',
    path: ['APP_SECRET'],
  })
  .refine((e) => e.CREDENTIALS_KEY !== '', {
    message: 'CREDENTIALS_KEY is missing: production needs 32 random bytes in base64 (e.g. `openssl rand -base64 32`)',
    path: ['CREDENTIALS_KEY'],
  })
  .refine((e) => Boolean(e.UPSTASH_REDIS_REST_URL) === Boolean(e.UPSTASH_REDIS_REST_TOKEN), {
    message:
      'set both UPSTASH_REDIS_REST_URL and UPSTASH_REDIS_REST_TOKEN, or neither (holds then live in process memory)',
    path: ['UPSTASH_REDIS_REST_TOKEN'],
  });

/** @param {Record<string, string | undefined>} source */
export function parseEnv(source) {
  const result = schema.safeParse(source);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  - ${i.path.join('.') || 'env'}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  return result.data;
}

// `next build` has no database to talk to; everything that runs validates fully. The build
// still evaluates modules that read defaults at import (the logger's level), so it gets those.
const skip = process.env.SKIP_ENV_VALIDATION === '1';
const buildTime = fields.partial({ DATABASE_URL: true });

export const env = skip
  ? /** @type {z.infer<typeof schema>} */ (buildTime.safeParse(process.env).data ?? {})
  : parseEnv(process.env);
