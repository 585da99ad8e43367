import { defineConfig } from 'drizzle-kit';

// Generating migrations needs no database; applying them goes through db/migrate.ts.
export default defineConfig({
  dialect: 'postgresql',
  schema: './db/schema/index.ts',
  out: './db/migrations',
  dbCredentials: { url: process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/meupedaco' },
  strict: true,
  verbose: true,
});
