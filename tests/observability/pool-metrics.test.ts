import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db, sql as pg } from '@/db/client';
import { env } from '@/lib/env.js';
import { registerPoolGauges } from '@/lib/observability/pool-metrics';

const pool = registerPoolGauges();
const value = async (gauge: typeof pool.inUse) => (await gauge.get()).values[0]?.value ?? -1;

describe('Postgres pool gauges', () => {
  it('count connections in use and the work queued behind a full pool, then fall back', async () => {
    const extra = 3;
    const sleeping = Promise.all(
      Array.from({ length: env.DATABASE_POOL_MAX + extra }, () => db.execute(sql`SELECT pg_sleep(0.8)`)),
    );
    await new Promise((r) => setTimeout(r, 300));
    expect(await value(pool.inUse)).toBe(env.DATABASE_POOL_MAX);
    expect(await value(pool.waiting)).toBe(extra);
    expect(await value(pool.size)).toBe(env.DATABASE_POOL_MAX);
    await sleeping;
    // A fragment built for another query (never sent on its own) counts nothing.
    pg.unsafe('e.id, e.tenant_id');
    expect(await value(pool.inUse)).toBe(0);
    expect(await value(pool.waiting)).toBe(0);
  });

  it('holds one connection for a whole transaction', async () => {
    let inside = -1;
    await db.transaction(async (tx) => {
      await tx.execute(sql`SELECT 1`);
      inside = await value(pool.inUse);
    });
    expect(inside).toBe(1);
    expect(await value(pool.inUse)).toBe(0);
  });
});
