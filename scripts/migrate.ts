import { runMigrations } from '@/db/migrate';
import { env } from '@/lib/env.js';

await runMigrations(env.DATABASE_URL);
console.log(JSON.stringify({ msg: 'migrations applied' }));
