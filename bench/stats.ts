import { readdirSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';

/** mulberry32: a tiny seeded PRNG, so two runs make the same choices in the same order. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Nearest-rank percentile of unsorted samples (ms); NaN when empty. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return sorted[rank - 1]!;
}

export const round = (n: number, digits = 2) => (Number.isFinite(n) ? Number(n.toFixed(digits)) : n);

export const ms = (n: number) => `${n.toFixed(1)} ms`;

/** Resident memory of a running process, in MB (Linux). */
export const rssMb = (pid: number) =>
  Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))![1]) / 1024;

/** Busy and total jiffies of the whole machine (all cores), from /proc/stat; null off Linux. */
function cpuJiffies(): { busy: number; total: number } | null {
  try {
    const line = readFileSync('/proc/stat', 'utf8').split('\n')[0]!;
    const fields = line.trim().split(/\s+/).slice(1).map(Number);
    const idle = (fields[3] ?? 0) + (fields[4] ?? 0);
    const total = fields.reduce((a, b) => a + b, 0);
    return { busy: total - idle, total };
  } catch {
    return null;
  }
}

/**
 * CPU seconds used so far by processes named `comm` (e.g. postgres), from /proc. Backends
 * that exited were reaped by their parent, whose cutime/cstime count them, so the
 * parents' children-time is added: short-lived pgbench connections are not lost.
 */
function processSeconds(comm: string): number {
  return procTicks((pid, name) => pid !== 'self' && name === comm, true) / USER_HZ;
}

/** CPU seconds of the children this process spawned and reaped (pgbench). */
function childSeconds(): number {
  return procTicks((pid) => pid === 'self', false, true) / USER_HZ;
}

const USER_HZ = 100; // clock ticks in /proc/<pid>/stat: 100 on every Linux build that matters here

function procTicks(match: (pid: string, comm: string) => boolean, own: boolean, childrenOnly = false): number {
  let ticks = 0;
  try {
    for (const pid of [...readdirSync('/proc'), 'self']) {
      if (!/^\d+$/.test(pid) && pid !== 'self') continue;
      let stat: string;
      try {
        stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      } catch {
        continue; // exited meanwhile
      }
      const close = stat.lastIndexOf(')');
      if (!match(pid, stat.slice(stat.indexOf('(') + 1, close))) continue;
      // Fields after "(comm)": state is field 3; utime 14, stime 15, cutime 16, cstime 17.
      const f = stat.slice(close + 2).split(' ');
      if (own) ticks += Number(f[11]) + Number(f[12]);
      if (own || childrenOnly) ticks += Number(f[13]) + Number(f[14]);
    }
  } catch {
    return NaN;
  }
  return ticks;
}

export type CpuUsage = {
  /** Cores used by this process on average (1 = one core flat out). */
  nodeCores: number;
  /** Cores used by Postgres (postmaster and all backends). */
  postgresCores: number;
  /** Share of all the machine's cores in use, by anything. */
  machineBusy: number;
  /** Cores used by the child processes this one ran to completion (pgbench). */
  childCores: number;
  /** Cores the machine had. */
  cores: number;
  wallMs: number;
};

/** How busy this Node process, Postgres and the whole machine were over a stretch of wall time. */
export function cpuMeter(): () => CpuUsage {
  const wall0 = performance.now();
  const proc0 = process.cpuUsage();
  const sys0 = cpuJiffies();
  const pg0 = processSeconds('postgres');
  const child0 = childSeconds();
  return () => {
    const wallMs = performance.now() - wall0;
    const proc = process.cpuUsage(proc0);
    const sys1 = cpuJiffies();
    const machine = sys0 && sys1 && sys1.total > sys0.total ? (sys1.busy - sys0.busy) / (sys1.total - sys0.total) : NaN;
    return {
      nodeCores: (proc.user + proc.system) / 1000 / wallMs,
      postgresCores: (processSeconds('postgres') - pg0) / (wallMs / 1000),
      machineBusy: machine,
      childCores: (childSeconds() - child0) / (wallMs / 1000),
      cores: availableParallelism(),
      wallMs,
    };
  };
}
