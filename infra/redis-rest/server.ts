import { createHash, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Redis, ReplyError } from 'ioredis';

export interface RedisRestBridgeOptions {
  redisUrl: string;
  token: string;
  /** 0 picks a random free port. */
  port?: number;
  host?: string;
}

export interface RedisRestBridge {
  url: string;
  port: number;
  close(): Promise<void>;
}

type Arg = string | Buffer;
type Command = [name: string, ...args: Arg[]];
type Json = string | number | null | Json[];
type Outcome = { result: Json } | { error: string };
type Settled = { raw: unknown } | { error: string };

const MAX_BODY_BYTES = 1024 * 1024;
const OK = Buffer.from('OK');

// Every request shares one connection, so commands that block it or change its state would
// leak into unrelated requests; Upstash's REST API doesn't offer most of them either.
const UNSUPPORTED = new Set([
  'AUTH',
  'HELLO',
  'SELECT',
  'SWAPDB',
  'QUIT',
  'RESET',
  'CLIENT',
  'MONITOR',
  'SUBSCRIBE',
  'PSUBSCRIBE',
  'SSUBSCRIBE',
  'UNSUBSCRIBE',
  'PUNSUBSCRIBE',
  'SUNSUBSCRIBE',
  'MULTI',
  'EXEC',
  'DISCARD',
  'WATCH',
  'UNWATCH',
  'BLPOP',
  'BRPOP',
  'BRPOPLPUSH',
  'BLMOVE',
  'BLMPOP',
  'BZPOPMIN',
  'BZPOPMAX',
  'BZMPOP',
  'WAIT',
  'WAITAOF',
]);

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export async function startRedisRestBridge(opts: RedisRestBridgeOptions): Promise<RedisRestBridge> {
  if (!opts.token) throw new Error('startRedisRestBridge: token must not be empty');
  const expectedToken = sha256(opts.token);
  const redis = new Redis(opts.redisUrl, { lazyConnect: true, maxRetriesPerRequest: 1 });
  // connect() only rejects with "Connection is closed"; the 'error' event carries the reason.
  let connectError: unknown;
  const recordError = (error: unknown) => (connectError = error);
  redis.on('error', recordError);
  try {
    await redis.connect();
  } catch (error) {
    redis.disconnect();
    throw connectError ?? error;
  } finally {
    redis.off('error', recordError);
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://bridge');
    // @upstash/redis (readYourWrites) sends its last token and stores whatever comes back;
    // a single local Redis is always consistent, so echoing it is enough.
    const syncToken = req.headers['upstash-sync-token'];
    if (typeof syncToken === 'string') res.setHeader('upstash-sync-token', syncToken);

    if (url.pathname === '/health') {
      const ready = redis.status === 'ready';
      res.writeHead(ready ? 200 : 503, { 'content-type': 'text/plain' }).end(ready ? 'ok' : redis.status);
      return;
    }
    if (!isAuthorized(req, url, expectedToken)) return sendJson(res, 401, { error: 'Unauthorized' });
    if (!['GET', 'HEAD', 'POST', 'PUT'].includes(req.method ?? '')) {
      return sendJson(res, 405, { error: 'Method Not Allowed' });
    }

    const body = await readBody(req);
    const base64 = String(req.headers['upstash-encoding']).toLowerCase() === 'base64';

    if (url.pathname === '/pipeline') {
      const outcomes = await runPipeline(parseCommandList(body));
      return sendJson(
        res,
        200,
        outcomes.map((o) => encodeOutcome(o, base64)),
      );
    }
    if (url.pathname === '/multi-exec') {
      const outcomes = await runTransaction(parseCommandList(body));
      return sendJson(
        res,
        200,
        outcomes.map((o) => encodeOutcome(o, base64)),
      );
    }
    const command = url.pathname === '/' ? toCommand(parseJson(body)) : pathCommand(url, body);
    const outcome = await runCommand(command);
    sendJson(res, 'error' in outcome ? 400 : 200, encodeOutcome(outcome, base64));
  }

  async function runCommand(command: Command): Promise<Settled> {
    const rejected = rejection(command);
    if (rejected) return { error: rejected };
    const batch = redis.pipeline();
    addTo(batch, command);
    return settle((await batch.exec())?.[0]);
  }

  // One ioredis pipeline for the whole request: a single write to Redis and a single
  // reply to wait for, instead of one of each per command. Redis runs the commands in
  // order; like Upstash's /pipeline this is not atomic. A refused command answers with
  // its error and never reaches Redis; the others still run.
  async function runPipeline(commands: Command[]): Promise<Settled[]> {
    const outcomes: (Settled | undefined)[] = commands.map((command) => {
      const rejected = rejection(command);
      return rejected ? { error: rejected } : undefined;
    });
    const batch = redis.pipeline();
    for (const [i, command] of commands.entries()) if (!outcomes[i]) addTo(batch, command);
    const replies = batch.length > 0 ? ((await batch.exec()) ?? []) : [];
    let next = 0;
    return outcomes.map((outcome) => outcome ?? settle(replies[next++]));
  }

  async function runTransaction(commands: Command[]): Promise<Settled[]> {
    const rejected = commands.map(rejection).find(Boolean);
    if (rejected) throw new HttpError(400, rejected);
    const tx = redis.multi();
    for (const command of commands) addTo(tx, command);
    try {
      const results = await tx.exec();
      if (!results) throw new Error('transaction aborted');
      return results.map(settle);
    } catch (error) {
      // EXECABORT only says "previous errors"; the queued command's own error is what's useful.
      if (error instanceof ReplyError) {
        const { message, previousErrors } = error as Error & { previousErrors?: Error[] };
        throw new HttpError(400, previousErrors?.[0]?.message ?? message);
      }
      throw error;
    }
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (res.headersSent) return res.destroy();
      if (error instanceof HttpError) return sendJson(res, error.status, { error: error.message });
      sendJson(res, 500, { error: error instanceof Error ? error.message : String(error) });
    });
  });
  const host = opts.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, host, resolve);
  }).catch(async (error: unknown) => {
    await redis.quit();
    throw error;
  });
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
    port,
    async close() {
      const closed = new Promise<void>((resolve, reject) => server.close((e) => (e ? reject(e) : resolve())));
      server.closeAllConnections();
      await closed;
      await redis.quit();
    },
  };
}

// ioredis 5.9 drops the command name when `redis.callBuffer` goes through auto-pipelining,
// so every request runs as an explicit pipeline. Upper-casing the name skips ioredis's
// per-command reply transformers (keyed by lowercase name, e.g. hgetall → object),
// which keeps replies as the raw RESP values Upstash returns.
function addTo(batch: ReturnType<Redis['pipeline']>, [name, ...args]: Command): void {
  batch.callBuffer(name.toUpperCase(), ...args);
}

function rejection([name, ...args]: Command): string | undefined {
  const upper = name.toUpperCase();
  const blockingRead =
    (upper === 'XREAD' || upper === 'XREADGROUP') && args.some((a) => a.toString().toUpperCase() === 'BLOCK');
  if (UNSUPPORTED.has(upper) || blockingRead) return `ERR Command is not available: '${name}'`;
}

function settle(entry: [Error | null, unknown] | undefined): Settled {
  if (!entry) throw new Error('missing reply from Redis');
  const [error, raw] = entry;
  if (!error) return { raw };
  // Anything but a Redis error reply (connection loss, timeout) is the bridge failing, not the command.
  if (error instanceof ReplyError) return { error: error.message };
  throw error;
}

function encodeOutcome(outcome: Settled, base64: boolean): Outcome {
  return 'raw' in outcome ? { result: encodeReply(outcome.raw, base64, true) } : outcome;
}

function encodeReply(reply: unknown, base64: boolean, topLevel: boolean): Json {
  if (reply === null || typeof reply === 'number') return reply;
  if (Array.isArray(reply)) return reply.map((item) => encodeReply(item, base64, false));
  // Lua can nest error replies inside a table; JSON has no slot for them besides their text.
  if (reply instanceof Error) return encodeReply(Buffer.from(reply.message), base64, false);
  if (!Buffer.isBuffer(reply)) throw new Error(`unexpected reply from Redis: ${String(reply)}`);
  if (!base64) return reply.toString('utf8');
  // Upstash leaves a top-level 'OK' unencoded and @upstash/redis's decode() passes it through
  // untouched; nested strings are always base64-decoded by the client, so 'OK' is encoded there.
  return topLevel && reply.equals(OK) ? 'OK' : reply.toString('base64');
}

function isAuthorized(req: IncomingMessage, url: URL, expected: Buffer): boolean {
  const bearer = /^Bearer\s+(.+)$/i.exec(req.headers.authorization ?? '')?.[1];
  const token = bearer ?? url.searchParams.get('_token');
  // Hashing first gives equal-length buffers, so the comparison leaks neither content nor length.
  return token !== null && timingSafeEqual(sha256(token), expected);
}

function sha256(value: string): Buffer {
  return createHash('sha256').update(value).digest();
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  if (Number(req.headers['content-length']) > MAX_BODY_BYTES) return Promise.reject(tooLarge());
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
    });
    // Reading (and discarding) the rest of an oversized chunked body lets the client see the 413, not a reset.
    req.on('end', () => (size > MAX_BODY_BYTES ? reject(tooLarge()) : resolve(Buffer.concat(chunks))));
    req.on('error', reject);
  });
}

function tooLarge(): HttpError {
  return new HttpError(413, `ERR max request size exceeded (${MAX_BODY_BYTES} bytes)`);
}

function parseJson(body: Buffer): unknown {
  try {
    return JSON.parse(body.toString('utf8'));
  } catch {
    throw new HttpError(400, 'ERR failed to parse request body as JSON');
  }
}

function parseCommandList(body: Buffer): Command[] {
  const value = parseJson(body);
  if (!Array.isArray(value) || value.length === 0) {
    throw new HttpError(400, 'ERR request body must be a non-empty array of commands');
  }
  return value.map(toCommand);
}

function toCommand(value: unknown): Command {
  if (!Array.isArray(value) || typeof value[0] !== 'string' || value[0] === '') {
    throw new HttpError(400, 'ERR a command must be an array starting with the command name');
  }
  return value.map((arg: unknown) => {
    if (typeof arg === 'string') return arg;
    if (typeof arg === 'number' || typeof arg === 'boolean') return String(arg);
    throw new HttpError(400, `ERR unsupported argument type: ${JSON.stringify(arg)}`);
  }) as Command;
}

// Upstash's URL form: /cmd/arg1/arg2, a POST body appended raw as the last argument,
// then query parameters as extra arguments (/set/k?EX=100).
function pathCommand(url: URL, body: Buffer): Command {
  let name: string;
  let args: Arg[];
  try {
    [name = '', ...args] = url.pathname.slice(1).split('/').map(decodeURIComponent);
  } catch {
    throw new HttpError(400, 'ERR malformed URL encoding in path');
  }
  if (body.length > 0) args.push(body);
  for (const [key, value] of url.searchParams) {
    if (key !== '_token') args.push(key, ...(value === '' ? [] : [value]));
  }
  return [name, ...args];
}

function sendJson(res: ServerResponse, status: number, payload: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(payload));
}
