import { sql } from 'drizzle-orm';
import { db } from '@/db/client';

const TIMEOUT_MS = 5_000;

/** Resolves when the database answers; rejects if it fails or is too slow for a probe. */
export async function checkDatabase() {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`database did not answer within ${TIMEOUT_MS} ms`)), TIMEOUT_MS);
  });
  try {
    await Promise.race([db.execute(sql`select 1`), timeout]);
  } finally {
    clearTimeout(timer);
  }
}
