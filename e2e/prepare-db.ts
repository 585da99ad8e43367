import postgres from 'postgres';
import { runMigrations } from '../db/migrate';

/** A fresh e2e database with the demo pizzeria, before the built app starts on it. */
const url = new URL(process.env.E2E_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/meupedaco_e2e');
const name = url.pathname.slice(1);
const admin = postgres(Object.assign(new URL(url), { pathname: '/postgres' }).toString(), { max: 1, onnotice: () => {} });
await admin.unsafe(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
await admin.unsafe(`CREATE DATABASE "${name}"`);
await admin.end();
await runMigrations(url.toString());

process.env.DATABASE_URL = url.toString();
const { seedDemo, describeSeed } = await import('../db/seed');
console.log(describeSeed(await seedDemo()));
process.exit(0);
