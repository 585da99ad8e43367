// `npm run dev`: Next in development against DATABASE_URL, or against an embedded PGlite when it is unset.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

const DATA_DIR = '.data/pglite';
const LOCK_FILE = '.data/pglite.lock';
const STOP_GRACE_MS = 5_000;

async function startEmbeddedDatabase() {
  await mkdir(DATA_DIR, { recursive: true });
  const unlock = await lockDataDir();
  const pglite = await PGlite.create(DATA_DIR);
  // Room for psql or drizzle-kit studio beside the app: a refused connection makes postgres.js retry forever.
  const server = new PGLiteSocketServer({ db: pglite, host: '127.0.0.1', port: 0, maxConnections: 20 });
  await server.start();
  return {
    url: `postgres://postgres@${server.getServerConn()}/postgres`,
    async stop() {
      await server.stop();
      await pglite.close();
      await unlock();
    },
  };
}

/** PGlite takes no lock of its own, and two processes writing one data directory corrupt it. */
async function lockDataDir() {
  try {
    await writeFile(LOCK_FILE, String(process.pid), { flag: 'wx' });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    const owner = Number(await readFile(LOCK_FILE, 'utf8'));
    if (isRunning(owner)) {
      console.error(`${DATA_DIR} is in use by process ${owner} (another \`npm run dev\`?). Stop it first.`);
      process.exit(1);
    }
    await writeFile(LOCK_FILE, String(process.pid)); // left behind by a crash
  }
  return () => rm(LOCK_FILE, { force: true });
}

function isRunning(pid: number) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

const embedded = process.env.DATABASE_URL ? null : await startEmbeddedDatabase();
if (embedded) {
  process.env.DATABASE_URL = embedded.url;
  // All connections share PGlite's one backend, so concurrent statements from two connections
  // interleave in it (postgres.js then fails with `portal "" does not exist`): one connection only.
  process.env.DATABASE_POOL_MAX = '1';
  // pg-boss would need connections of its own; the app runs the periodic jobs itself (instrumentation.ts).
  process.env.RUN_JOBS_IN_PROCESS = '1';
  // NOTIFY does not cross PGlite's connections: the realtime sidecar polls the outbox instead.
  process.env.REALTIME_LISTEN = '0';
  process.env.REALTIME_POLL_MS ??= '300';
}
// The realtime sidecar runs inside the app under `npm run dev` (instrumentation.ts); `npm run realtime` elsewhere.
process.env.RUN_REALTIME_IN_PROCESS = '1';

// Imported only now: lib/env.js validates process.env when first loaded.
const { env } = await import('@/lib/env.js');
const { log } = await import('@/lib/observability/log');
const { runMigrations } = await import('@/db/migrate');

await runMigrations(env.DATABASE_URL);
const { seedDemo, describeSeed } = await import('./seed');
const { sql } = await import('@/db/client');
console.log(describeSeed(await seedDemo()));
// The app opens its own pool; on PGlite a second live connection would interleave with it.
await sql.end();

const database = embedded
  ? `embedded PGlite in ${DATA_DIR} (${env.DATABASE_URL})`
  : `Postgres at ${new URL(env.DATABASE_URL).host}`;
const holdStore = env.UPSTASH_REDIS_REST_URL
  ? `Redis via ${new URL(env.UPSTASH_REDIS_REST_URL).host}`
  : 'process memory';
log.info({ database, holdStore }, `dev: database = ${database}; holds = ${holdStore}`);

// Its own process group, so one signal reaches next and the next-server it forks.
const next = spawn('node_modules/.bin/next', ['dev', '--port', process.env.PORT ?? '3000'], {
  stdio: 'inherit',
  detached: true,
  env: process.env,
});

let stopping: Promise<void> | undefined;
function stop(exitCode: number) {
  stopping ??= (async () => {
    const running = next.exitCode === null && next.signalCode === null;
    const exited = running ? once(next, 'exit') : Promise.resolve();
    // Even when next itself has exited, its next-server child may still be in the group.
    killGroup('SIGTERM');
    const timer = setTimeout(() => killGroup('SIGKILL'), STOP_GRACE_MS);
    await exited;
    clearTimeout(timer);
    await embedded?.stop();
    process.exit(exitCode);
  })();
  return stopping;
}

function killGroup(signal: NodeJS.Signals) {
  try {
    process.kill(-next.pid!, signal);
  } catch {
    // The group is already gone.
  }
}

process.on('SIGINT', () => stop(130));
process.on('SIGTERM', () => stop(143));
next.on('exit', (code) => stop(code ?? 1));
