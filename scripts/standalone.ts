/**
 * `npm run build:standalone` (after `next build`): lays out `.next/standalone/` as the container
 * image runs it. Next's standalone server gets its static files and `public/`; the realtime
 * sidecar, the worker and the migrator become single-file bundles under `services/`, beside a
 * `web` entry that validates the environment before Next's server starts. The image and
 * `npm run test:cluster` run exactly these files.
 */
import { cp, rm, stat } from 'node:fs/promises';
import { bundleServices } from './service-bundle';

const OUT = '.next/standalone';

try {
  await stat(`${OUT}/server.js`);
} catch {
  console.error(`${OUT}/server.js is missing: run \`next build\` first (next.config.js sets output: 'standalone').`);
  process.exit(1);
}

await rm(`${OUT}/services`, { recursive: true, force: true });
await cp('.next/static', `${OUT}/.next/static`, { recursive: true });
await cp('public', `${OUT}/public`, { recursive: true }).catch((err: NodeJS.ErrnoException) => {
  if (err.code !== 'ENOENT') throw err;
});

await bundleServices(
  {
    web: 'scripts/start-web.ts',
    realtime: 'realtime/main.ts',
    worker: 'worker/main.ts',
    migrate: 'scripts/migrate.ts',
  },
  `${OUT}/services`,
);
// db/migrate.ts finds the migrations beside itself, which in the bundle is services/.
await cp('db/migrations', `${OUT}/services/migrations`, { recursive: true });
console.log(JSON.stringify({ msg: 'standalone laid out', dir: OUT }));
