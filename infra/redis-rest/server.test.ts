import { createHash, randomBytes } from 'node:crypto';
import { Redis } from '@upstash/redis';
import { Redis as IORedis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRedisRestBridge, type RedisRestBridge } from './server.js';

const REDIS_URL = 'redis://127.0.0.1:6379/15';
const TOKEN = `test-${randomBytes(8).toString('hex')}`;
const prefix = `redis-rest-test:${randomBytes(6).toString('hex')}:`;
const key = (name: string) => prefix + name;

let bridge: RedisRestBridge;
let direct: IORedis;
let raw: Redis;
let unpipelined: Redis;
let defaults: Redis;

beforeAll(async () => {
  bridge = await startRedisRestBridge({ redisUrl: REDIS_URL, token: TOKEN, port: 0 });
  direct = new IORedis(REDIS_URL);
  raw = new Redis({ url: bridge.url, token: TOKEN, automaticDeserialization: false, enableTelemetry: false });
  // Auto-pipelining (on by default) sends single commands to /pipeline; this client exercises `/`.
  unpipelined = new Redis({ url: bridge.url, token: TOKEN, enableAutoPipelining: false, enableTelemetry: false });
  defaults = new Redis({ url: bridge.url, token: TOKEN });
});

afterAll(async () => {
  const keys = await direct.keys(`${prefix}*`);
  if (keys.length > 0) await direct.del(...keys);
  await direct.quit();
  await bridge.close();
});

function post(path: string, body: unknown, headers: Record<string, string> = {}) {
  return fetch(bridge.url + path, {
    method: 'POST',
    headers: { authorization: `Bearer ${TOKEN}`, ...headers },
    body: typeof body === 'string' || body instanceof Blob ? body : JSON.stringify(body),
  });
}

describe('@upstash/redis through the bridge', () => {
  it('round-trips strings, including non-ASCII', async () => {
    for (const client of [raw, unpipelined]) {
      expect(await client.set(key('s'), 'pedaço 🍕')).toBe('OK');
      expect(await client.get(key('s'))).toBe('pedaço 🍕');
      expect(await client.get(key('missing'))).toBeNull();
    }
    expect(await defaults.get(key('s'))).toBe('pedaço 🍕');
  });

  it('round-trips JSON with default deserialization', async () => {
    const value = { name: 'pedaço 🍕', slices: [1, 2], nested: { ok: true } };
    await defaults.set(key('json'), value);
    expect(await defaults.get(key('json'))).toEqual(value);
  });

  it('honours SET NX EX', async () => {
    expect(await raw.set(key('nx'), 'first', { nx: true, ex: 10 })).toBe('OK');
    expect(await raw.set(key('nx'), 'second', { nx: true, ex: 10 })).toBeNull();
    expect(await raw.get(key('nx'))).toBe('first');
    const ttl = await raw.ttl(key('nx'));
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(10);
  });

  it('returns integers as numbers', async () => {
    expect(await raw.incr(key('n'))).toBe(1);
    expect(await defaults.incrby(key('n'), 41)).toBe(42);
  });

  it('returns HGETALL as an object, and as the flat Upstash array without deserialization', async () => {
    await raw.hset(key('h'), { a: '1', b: 'pedaço' });
    expect(await defaults.hgetall(key('h'))).toEqual({ a: 1, b: 'pedaço' });
    expect(await raw.hgetall(key('h'))).toEqual(['a', '1', 'b', 'pedaço']);
    expect(await defaults.hgetall(key('no-hash'))).toBeNull();
  });

  it('runs pipelines, keeping per-command errors', async () => {
    const results = await raw.pipeline().set(key('p'), 'x').incr(key('p')).get(key('p')).exec({ keepErrors: true });
    expect(results).toEqual([
      { result: 'OK', error: undefined },
      { result: undefined, error: 'ERR value is not an integer or out of range' },
      { result: 'x', error: undefined },
    ]);
  });

  it('runs multi/exec transactions', async () => {
    const results = await defaults.multi().set(key('m'), 'pedaço').incr(key('m-count')).get(key('m')).exec();
    expect(results).toEqual(['OK', 1, 'pedaço']);
  });

  it('returns nested EVAL arrays with strings, integers, nil and status replies', async () => {
    const script = "return {1, ARGV[1], {2, KEYS[1], {redis.status_reply('OK')}}, false, 'OK'}";
    expect(await raw.eval(script, [key('e')], ['pedaço 🍕'])).toEqual([
      1,
      'pedaço 🍕',
      [2, key('e'), ['OK']],
      null,
      'OK',
    ]);
    expect(await raw.eval('return redis.status_reply("PONG")', [], [])).toBe('PONG');
    await expect(raw.eval("return redis.error_reply('boom')", [], [])).rejects.toThrow(/boom/);
  });

  it('falls back from EVALSHA to EVAL on NOSCRIPT', async () => {
    const source = `-- ${prefix}\nreturn {tonumber(ARGV[1]) + 1, KEYS[1]}`;
    const sha = createHash('sha1').update(source).digest('hex');
    await expect(raw.evalsha(sha, [key('sha')], ['1'])).rejects.toThrow(/NOSCRIPT/);

    const script = raw.createScript<[number, string]>(source);
    expect(await script.exec([key('sha')], ['1'])).toEqual([2, key('sha')]);
    expect(await direct.script('EXISTS', sha)).toEqual([1]);
    expect(await raw.evalsha(sha, [key('sha')], ['41'])).toEqual([42, key('sha')]);
  });

  it('iterates SCAN cursors', async () => {
    await Promise.all(['a', 'b', 'c'].map((k) => raw.set(key(`scan:${k}`), k)));
    const seen: string[] = [];
    let cursor = '0';
    do {
      const [next, keys] = await raw.scan(cursor, { match: key('scan:*'), count: 2 });
      cursor = String(next);
      seen.push(...keys);
    } while (cursor !== '0');
    expect(seen.sort()).toEqual([key('scan:a'), key('scan:b'), key('scan:c')]);
  });

  it('fails with a wrong token on /, /pipeline and /multi-exec', async () => {
    const options = { url: bridge.url, token: 'wrong', retry: false, enableTelemetry: false } as const;
    const intruder = new Redis(options);
    const unpipelinedIntruder = new Redis({ ...options, enableAutoPipelining: false });
    await expect(unpipelinedIntruder.get(key('s'))).rejects.toThrow(/Unauthorized/);
    await expect(intruder.get(key('s'))).rejects.toThrow(/Unauthorized/);
    await expect(intruder.multi().get(key('s')).exec()).rejects.toThrow(/Unauthorized/);
  });
});

describe('raw HTTP protocol', () => {
  it.each(['/', '/pipeline', '/multi-exec', '/get/x'])('requires the token on %s', async (path) => {
    const body = path === '/' ? ['GET', 'x'] : [['GET', 'x']];
    for (const authorization of [undefined, 'Bearer wrong', `Bearer ${TOKEN}x`, TOKEN]) {
      const res = await fetch(bridge.url + path, {
        method: 'POST',
        headers: authorization ? { authorization } : {},
        body: JSON.stringify(body),
      });
      expect(res.status).toBe(401);
      expect(await res.json()).toEqual({ error: 'Unauthorized' });
    }
  });

  it('answers /health without auth', async () => {
    const res = await fetch(`${bridge.url}/health`);
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('ok');
  });

  it('base64-encodes every string except a top-level OK, keeping binary values intact', async () => {
    const bytes = Buffer.from([0xff, 0x00, 0xc3, 0x28, 0x4f, 0x4b]);
    const set = await post(`/set/${encodeURIComponent(key('bin'))}`, new Blob([bytes]));
    expect(await set.json()).toEqual({ result: 'OK' });
    expect(await direct.getBuffer(key('bin'))).toEqual(bytes);

    const base64 = { 'upstash-encoding': 'base64' };
    expect(await (await post('/', ['GET', key('bin')], base64)).json()).toEqual({ result: bytes.toString('base64') });
    expect(await (await post('/', ['SET', key('b64'), 'OK'], base64)).json()).toEqual({ result: 'OK' });
    expect(await (await post('/', ['PING'], base64)).json()).toEqual({
      result: Buffer.from('PONG').toString('base64'),
    });
    expect(
      await (
        await post(
          '/pipeline',
          [
            ['SET', key('b64'), 'v'],
            ['GET', key('b64')],
            ['EXISTS', key('b64')],
          ],
          base64,
        )
      ).json(),
    ).toEqual([{ result: 'OK' }, { result: 'dg==' }, { result: 1 }]);
    expect(await (await post('/', ['EVAL', "return {'OK', 7}", 0], base64)).json()).toEqual({ result: ['T0s=', 7] });
  });

  it('runs commands given in the URL path, with a POST body and query string as trailing arguments', async () => {
    const k = encodeURIComponent(key('path/ç'));
    expect(await (await post(`/set/${k}?EX=100`, 'pedaço')).json()).toEqual({ result: 'OK' });
    const get = await fetch(`${bridge.url}/get/${k}`, { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(await get.json()).toEqual({ result: 'pedaço' });
    expect(await direct.ttl(key('path/ç'))).toBeGreaterThan(0);
  });

  it('echoes the read-your-writes sync token', async () => {
    const res = await post('/', ['PING'], { 'upstash-sync-token': 'sync-42' });
    expect(res.headers.get('upstash-sync-token')).toBe('sync-42');
  });

  it('rejects malformed bodies with 400', async () => {
    const cases: [string, string][] = [
      ['/', '{"not":"json"'],
      ['/', '{"a":1}'],
      ['/', '[]'],
      ['/', '[1, "x"]'],
      ['/', '["GET", {"x":1}]'],
      ['/pipeline', '["GET", "x"]'],
      ['/pipeline', '[]'],
      ['/multi-exec', 'null'],
    ];
    for (const [path, body] of cases) {
      const res = await post(path, body);
      expect(res.status, `${path} ${body}`).toBe(400);
      expect(await res.json()).toHaveProperty('error');
    }
  });

  it('discards a whole transaction when a command cannot be queued', async () => {
    const res = await post('/multi-exec', [['SET', key('aborted'), 'x'], ['GET']]);
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ error: "ERR wrong number of arguments for 'get' command" });
    expect(await direct.exists(key('aborted'))).toBe(0);
  });

  it('returns Redis errors as 400 on / and inline on /pipeline', async () => {
    const res = await post('/', ['GET']);
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ error: "ERR wrong number of arguments for 'get' command" });
    const pipeline = await post('/pipeline', [
      ['SET', key('order'), '1'],
      ['SUBSCRIBE', 'x'],
      ['INCR', key('order')],
      ['HGET', key('order'), 'f'],
      ['GET', key('order')],
    ]);
    expect(await pipeline.json()).toEqual([
      { result: 'OK' },
      { error: "ERR Command is not available: 'SUBSCRIBE'" },
      { result: 2 },
      { error: 'WRONGTYPE Operation against a key holding the wrong kind of value' },
      { result: '2' },
    ]);
  });

  it('rejects bodies over 1 MB with 413', async () => {
    const res = await post('/', JSON.stringify(['SET', key('big'), 'x'.repeat(1024 * 1024)]));
    expect(res.status).toBe(413);
    expect(await direct.exists(key('big'))).toBe(0);
  });
});
