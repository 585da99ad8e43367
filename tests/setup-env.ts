import { inject } from 'vitest';

// Runs before each test file imports the app, so lib/env.js validates these.
process.env.DATABASE_URL = inject('databaseUrl');
process.env.UPSTASH_REDIS_REST_URL = inject('redisRestUrl');
process.env.UPSTASH_REDIS_REST_TOKEN = inject('redisRestToken');
process.env.LOG_LEVEL ??= 'warn';
