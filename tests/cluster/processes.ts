/** The cluster's processes: each in its own process group, its output kept for a failure report. */
import { type ChildProcess, spawn } from 'node:child_process';

export type Proc = { name: string; child: ChildProcess; output: string[]; exited: Promise<number | null> };

const all = new Set<Proc>();

export function start(name: string, command: string, args: string[], env: Record<string, string | undefined>): Proc {
  const child = spawn(command, args, {
    env: env as NodeJS.ProcessEnv,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  const keep = (chunk: Buffer) => {
    output.push(chunk.toString('utf8'));
    if (output.length > 400) output.shift();
  };
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const proc = { name, child, output, exited };
  all.add(proc);
  void exited.then(() => all.delete(proc));
  return proc;
}

export function signal(proc: Proc, sig: NodeJS.Signals) {
  try {
    process.kill(-proc.child.pid!, sig);
  } catch {
    // already gone
  }
}

/** Every process still running: SIGTERM, then SIGKILL after `graceMs`. */
export async function stopAll(graceMs = 5_000) {
  const procs = [...all];
  for (const p of procs) signal(p, 'SIGTERM');
  const timer = setTimeout(() => {
    for (const p of procs) signal(p, 'SIGKILL');
  }, graceMs);
  await Promise.all(procs.map((p) => p.exited));
  clearTimeout(timer);
}

/** Polls `url` until it answers 2xx; fails early if the process exits. */
export async function waitHealthy(proc: Proc, url: string, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  let exited = false;
  void proc.exited.then(() => (exited = true));
  while (Date.now() < deadline && !exited) {
    const ok = await fetch(url, { signal: AbortSignal.timeout(2_000) }).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(
    `${proc.name} not healthy at ${url}${exited ? ' (exited)' : ''}:\n${proc.output.join('').slice(-3000)}`,
  );
}
