import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';

const running = new Set<ChildProcess>();

/** Stops every process spawned here, including one a timed-out test was still waiting for. */
export const stopServices = () =>
  Promise.all(
    [...running].map(
      (child) =>
        new Promise<void>((resolve) => {
          if (child.exitCode !== null || child.signalCode !== null) return resolve();
          child.once('exit', () => resolve());
          child.kill('SIGTERM');
        }),
    ),
  );

export type Service = { child: ChildProcess; metricsPort: number; lines: string[]; stop: () => Promise<void> };

/**
 * `npm run realtime` / `npm run worker` as real processes with a metrics port; resolves once the
 * process logged `metrics listening` (and, if named, `ready`: the line that says it works).
 */
export async function spawnService(entry: string, env: Record<string, string>, ready?: string): Promise<Service> {
  const child = spawn('node_modules/.bin/tsx', [entry], {
    env: { ...process.env, LOG_LEVEL: 'info', METRICS_PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  running.add(child);
  child.once('exit', () => running.delete(child));
  const lines: string[] = [];
  let metricsPort = 0;
  const started = new Promise<void>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`${entry} exited (${code}) before it was ready`)));
    let seenReady = !ready;
    // Read every line: an undrained pipe would stall the child.
    createInterface({ input: child.stdout! }).on('line', (line) => {
      lines.push(line);
      const entry = parse(line);
      if (entry?.msg === 'metrics listening') metricsPort = entry.port as number;
      if (entry?.msg === ready) seenReady = true;
      if (metricsPort && seenReady) resolve();
    });
  });
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  await started.catch(async (err) => {
    await stop();
    throw err;
  });
  return { child, metricsPort, lines, stop };
}

function parse(line: string): Record<string, unknown> | null {
  try {
    return JSON.parse(line) as Record<string, unknown>;
  } catch {
    return null;
  }
}

export const scrape = async (port: number) => (await fetch(`http://127.0.0.1:${port}/metrics`)).text();

/** A sample's value in a Prometheus text scrape, or 0 when the series is absent. */
export function sample(text: string, series: string) {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line ? Number(line.slice(series.length + 1)) : 0;
}
