import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import postgres from 'postgres';
import { inject } from 'vitest';
import { confirmSale, reserveSlices } from '@/lib/inventory';
import { log } from '@/lib/observability/log';
import { connectRealtime, roomFor, type ConnectionState, type Subscription } from '@/lib/realtime/client';
import type { Cursor, RealtimeEvent, RoomRequest, SubscribeResult } from '@/lib/realtime/protocol';
import { startRealtimeServer } from '@/realtime/server';
import { createProduct, createTenant, key, openPizzas } from '../fixtures';

/** The sidecar in this process, on its own connection pool and a free port. */
export async function startSidecar(options: { listen?: boolean; pollMs?: number; port?: number } = {}) {
  const sql = postgres(inject('databaseUrl'), { max: 4, onnotice: () => {} });
  const server = await startRealtimeServer({
    sql,
    port: options.port ?? 0,
    host: '127.0.0.1',
    listen: options.listen ?? true,
    pollMs: options.pollMs ?? 500,
    corsOrigin: 'http://127.0.0.1',
    log: log.child({ component: 'realtime-test' }),
  });
  return {
    url: `http://127.0.0.1:${server.port}`,
    server,
    async close() {
      await server.close();
      await sql.end();
    },
  };
}

const children = new Set<ChildProcess>();

/** Stops every sidecar process a test spawned and did not stop (a failed test leaves none behind). */
export const stopSpawnedSidecars = () => Promise.all([...children].map(stopChild));

/** `npm run realtime` as a real process; resolves once it listens. */
export async function spawnSidecar(port = 0) {
  const child = spawn('node_modules/.bin/tsx', ['realtime/main.ts'], {
    env: {
      ...process.env,
      DATABASE_URL: inject('databaseUrl'),
      REALTIME_PORT: String(port),
      LOG_LEVEL: 'info',
      SERVICE_NAME: 'realtime',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  children.add(child);
  child.once('exit', () => children.delete(child));
  // Read every line (an undrained pipe would stall the child); the port comes in the 'listening' one.
  const listening = new Promise<number>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`sidecar exited (${code}) before listening`)));
    createInterface({ input: child.stdout! }).on('line', (line) => {
      const entry = safeJson(line);
      if (process.env.DEBUG_SIDECAR) console.log(line);
      if (entry?.msg === 'realtime listening') resolve(entry.port as number);
    });
  });
  const actualPort = await listening;
  return { child, port: actualPort, url: `http://127.0.0.1:${actualPort}`, stop: () => stopChild(child) };
}

function stopChild(child: ChildProcess) {
  return new Promise<number | null>((resolve) => {
    if (child.exitCode !== null) return resolve(child.exitCode);
    child.once('exit', (code) => resolve(code));
    child.kill('SIGTERM');
  });
}

function safeJson(line: string): Record<string, unknown> | null {
  try {
    return JSON.parse(line) as Record<string, unknown>;
  } catch {
    return null;
  }
}

/** A connected client with one subscription whose received events are collected in order. */
export async function listen(url: string, request: RoomRequest | (() => Promise<RoomRequest>), since?: Cursor) {
  const events: RealtimeEvent[] = [];
  const errors: SubscribeResult[] = [];
  const states: ConnectionState[] = [];
  let joins = 0;
  let resyncs = 0;
  const client = connectRealtime(url, { onState: (s) => states.push(s) });
  const getRequest = typeof request === 'function' ? request : () => request;
  const room = roomFor(await getRequest());
  const subscription: Subscription & { room: string; cursor?: Cursor } = {
    room,
    cursor: since,
    request: async () => {
      const r = await getRequest();
      joins++;
      return r;
    },
    onEvents: (list) => events.push(...list),
    onError: (e) => errors.push(e),
    onResync: () => resyncs++,
  };
  client.subscribe(subscription);
  await waitFor(() => client.cursorOf(room) !== undefined || errors.length > 0);
  return { client, room, events, errors, states, joins: () => joins, resyncs: () => resyncs };
}

/** Polls a condition every 10 ms: readiness, never a fixed sleep. */
export async function waitFor(condition: () => boolean, timeoutMs = 10_000, what = 'condition') {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** A tenant with one flavor on sale and a paid order of two slices. */
export async function shopWithPaidOrder() {
  const tenant = await createTenant();
  const product = await createProduct(tenant.id);
  await openPizzas(tenant.id, product.id, 1);
  const order = await paidOrder(tenant.id, product.id);
  return { tenant, product, order };
}

export async function paidOrder(tenantId: string, productId: string, quantity = 2) {
  const reserved = await reserveSlices({
    tenantId,
    idempotencyKey: key(),
    items: [{ productId, quantity }],
    customer: { name: 'Ana Souza' },
  });
  if (!reserved.ok) throw new Error(reserved.error.message);
  const paid = await confirmSale({ tenantId, orderId: reserved.order.id });
  if (!paid.ok) throw new Error(paid.error.message);
  return paid.order;
}
