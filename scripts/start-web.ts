/**
 * The image's `web` command: validates the environment (a missing APP_SECRET or CREDENTIALS_KEY
 * stops it here, naming the variable — Next's standalone server never reads next.config.js),
 * then runs Next's standalone server from the folder above this bundle.
 *
 * On SIGTERM Next's own handler stops accepting connections, lets requests in flight finish and
 * exits; past SHUTDOWN_GRACE_MS this gives up on the stragglers so an orchestrator's deadline
 * is never the one that ends the process.
 */
import { env } from '@/lib/env.js';

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    console.log(JSON.stringify({ level: 'info', service: 'web', signal, msg: 'web stopping' }));
    setTimeout(() => process.exit(1), env.SHUTDOWN_GRACE_MS).unref();
  });
}

// Next writes server.js beside services/ at build time; a computed specifier keeps the bundler off it.
await import(new URL('../server.js', import.meta.url).href);
