import { startRedisRestBridge } from './server.js';

const token = process.env.UPSTASH_REDIS_REST_TOKEN;
if (!token) {
  console.error('UPSTASH_REDIS_REST_TOKEN is required');
  process.exit(1);
}
const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const port = Number(process.env.PORT ?? 8079);

const bridge = await startRedisRestBridge({ redisUrl, token, port });
console.log(JSON.stringify({ msg: 'redis-rest bridge ready', url: bridge.url, redisUrl: redactPassword(redisUrl) }));

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    bridge.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  });
}

function redactPassword(url: string): string {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = '***';
  return parsed.toString();
}
