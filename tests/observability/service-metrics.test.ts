import { afterAll, describe, expect, inject, it } from 'vitest';
import { startPreparation } from '@/lib/orders/transitions';
import { mintKdsToken } from '@/lib/realtime/kds-token';
import { listen, shopWithPaidOrder, waitFor } from '../realtime/helpers';
import { sample, scrape, spawnService, stopServices } from './processes';

afterAll(stopServices);

describe('the realtime and worker processes each serve their own metrics', () => {
  it('realtime: sockets by room kind, commit-to-emit lag, outbox reads and replays', async () => {
    const realtime = await spawnService(
      'realtime/main.ts',
      { DATABASE_URL: inject('databaseUrl'), REALTIME_PORT: '0', SERVICE_NAME: 'realtime' },
      'realtime listening',
    );
    const port = realtime.lines.map((l) => JSON.parse(l)).find((e) => e.msg === 'realtime listening').port;
    const url = `http://127.0.0.1:${port}`;
    const { tenant, order } = await shopWithPaidOrder();
    const request = async () => ({
      room: 'kds' as const,
      tenantId: tenant.id,
      token: await mintKdsToken({ userId: crypto.randomUUID(), tenantId: tenant.id, role: 'manager' }),
    });
    const kitchen = await listen(url, request);
    const cursor = kitchen.client.cursorOf(kitchen.room)!;
    await startPreparation({ tenantId: tenant.id, orderId: order.id });
    await waitFor(() => kitchen.events.length > 0, 10_000, 'the move to reach the kitchen');
    // A second kitchen joins from before the move: it is replayed.
    const late = await listen(url, request, cursor);
    await waitFor(() => late.events.length > 0, 10_000, 'the replay');

    const text = await scrape(realtime.metricsPort);
    kitchen.client.close();
    late.client.close();
    expect(sample(text, 'realtime_connected_sockets{room_kind="kds"}')).toBe(2);
    expect(sample(text, 'realtime_emit_lag_seconds_count')).toBeGreaterThanOrEqual(1);
    expect(sample(text, 'realtime_replays_total{outcome="replayed"}')).toBe(1);
    expect(sample(text, 'realtime_replayed_events_total')).toBeGreaterThanOrEqual(1);
    expect(sample(text, 'realtime_outbox_last_read_timestamp_seconds')).toBeGreaterThan(Date.now() / 1000 - 60);
  }, 90_000);

  it('worker: runs and durations by job, last success, queue depth', async () => {
    const worker = await spawnService(
      'worker/main.ts',
      { DATABASE_URL: inject('databaseUrl'), SERVICE_NAME: 'worker' },
      'worker started',
    );
    const ran = (t: string) => sample(t, 'worker_job_runs_total{job="holds.expire",outcome="ok"}') >= 1;
    let text = await scrape(worker.metricsPort);
    for (const deadline = Date.now() + 20_000; !ran(text) && Date.now() < deadline; ) {
      await new Promise((r) => setTimeout(r, 200));
      text = await scrape(worker.metricsPort);
    }
    expect(ran(text)).toBe(true);
    expect(text).toContain('worker_job_duration_seconds_count{job="holds.expire"}');
    expect(sample(text, 'worker_job_last_success_timestamp_seconds{job="holds.expire"}')).toBeGreaterThan(0);
    expect(text).toMatch(/worker_queue_depth\{queue="holds\.expire"\} \d+/);
  }, 90_000);
});
