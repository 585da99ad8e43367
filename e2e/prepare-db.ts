import { Redis } from 'ioredis';
import { createFreshDatabase } from '../db/migrate';

/** A fresh e2e database with the demo pizzeria, before the built app starts on it. */
const url = new URL(process.env.E2E_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/meupedaco_e2e');
const adminUrl = Object.assign(new URL(url), { pathname: '/postgres' }).toString();
process.env.DATABASE_URL = await createFreshDatabase(adminUrl, url.pathname.slice(1));
// The e2e Redis db starts empty too: holds on slice ids of an older database, or sign-in lock-outs
// from earlier runs, would otherwise leak into this one.
const redis = new Redis(process.env.E2E_REDIS_URL ?? 'redis://127.0.0.1:6379/3');
await redis.flushdb();
redis.disconnect();
const { seedDemo, describeSeed } = await import('../scripts/seed');
console.log(describeSeed(await seedDemo()));
process.exit(0);
