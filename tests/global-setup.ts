import { randomBytes } from 'node:crypto';
import type { TestProject } from 'vitest/node';
import { createFreshDatabase } from '../db/migrate';
import { startRedisRestBridge } from '../infra/redis-rest/server';

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string;
    redisRestUrl: string;
    redisRestToken: string;
  }
}

/** A fresh database from the committed migrations, and Redis behind an Upstash-style REST bridge. */
export default async function setup(project: TestProject) {
  const adminUrl = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const name = process.env.TEST_DATABASE_NAME ?? 'meupedaco_test';
  const databaseUrl = await createFreshDatabase(adminUrl, name);

  const token = randomBytes(16).toString('hex');
  const bridge = await startRedisRestBridge({
    redisUrl: process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379/1',
    token,
  });

  project.provide('databaseUrl', databaseUrl);
  project.provide('redisRestUrl', bridge.url);
  project.provide('redisRestToken', token);
  return () => bridge.close();
}
