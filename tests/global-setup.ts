import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import type { TestProject } from 'vitest/node';
import { runMigrations } from '../db/migrate';
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
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin.unsafe(`CREATE DATABASE "${name}"`);
  await admin.end();
  const databaseUrl = Object.assign(new URL(adminUrl), { pathname: `/${name}` }).toString();
  await runMigrations(databaseUrl);

  const token = randomBytes(16).toString('hex');
  const bridge = await startRedisRestBridge({ redisUrl: process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379/1', token });

  project.provide('databaseUrl', databaseUrl);
  project.provide('redisRestUrl', bridge.url);
  project.provide('redisRestToken', token);
  return () => bridge.close();
}
