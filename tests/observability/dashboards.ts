import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';

const ROOT = resolve('infra/grafana');

export type Target = { refId: string; datasource: { type: string; uid: string }; expr?: string; rawSql?: string };
export type Panel = { title: string; datasource: Target['datasource']; targets: Target[] };
export type Dashboard = {
  uid: string;
  title: string;
  panels: Panel[];
  templating: { list: { name: string; datasource: Target['datasource']; query: string }[] };
};

export async function dashboards(): Promise<Dashboard[]> {
  const dir = join(ROOT, 'dashboards');
  const files = (await readdir(dir)).filter((f) => f.endsWith('.json'));
  return Promise.all(files.map(async (f) => JSON.parse(await readFile(join(dir, f), 'utf8')) as Dashboard));
}

export async function provisionedDataSources(): Promise<{ uid: string; type: string }[]> {
  const file = await readFile(join(ROOT, 'provisioning/datasources/datasources.yml'), 'utf8');
  return (parse(file) as { datasources: { uid: string; type: string }[] }).datasources;
}

export const targets = (all: Dashboard[]) =>
  all.flatMap((d) => d.panels.flatMap((p) => p.targets.map((t) => ({ dashboard: d.title, panel: p.title, ...t }))));

/** A PromQL expression with the dashboard's variables filled in, as Prometheus will get it. */
export const promql = (expr: string, tenant = '00000000-0000-0000-0000-000000000000') =>
  expr.replaceAll('$tenant', tenant);

const KEYWORDS = new Set(['and', 'or', 'unless', 'by', 'without', 'on', 'ignoring', 'bool', 'offset', 'group_left']);

/**
 * The metric names an expression reads. Strings, label matchers, durations and grouping clauses are
 * dropped first; what is left that is an identifier not followed by `(` (a function) is a metric.
 */
export function metricNames(expr: string): string[] {
  const bare = expr
    .replace(/"(?:[^"\\]|\\.)*"/g, '""')
    .replace(/\{[^}]*\}/g, '')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/\b(by|without|on|ignoring|group_left|group_right)\s*\([^)]*\)/g, '');
  const names = new Set<string>();
  for (const m of bare.matchAll(/([A-Za-z_:][A-Za-z0-9_:]*)\s*(\()?/g)) {
    if (m[2] || KEYWORDS.has(m[1]!)) continue;
    names.add(m[1]!);
  }
  return [...names];
}

/** Recording rules by name, so a dashboard's `meupedaco:…` series lead back to the metrics they read. */
export async function recordingRules(): Promise<Map<string, string>> {
  const file = await readFile(resolve('infra/prometheus/rules/recording.yml'), 'utf8');
  const groups = (parse(file) as { groups: { rules: { record: string; expr: string }[] }[] }).groups;
  return new Map(groups.flatMap((g) => g.rules.map((r) => [r.record, r.expr] as const)));
}

/** The exported metrics an expression needs, through any recording rules it uses. */
export function sourceMetrics(expr: string, rules: Map<string, string>): string[] {
  return metricNames(expr).flatMap((name) => (rules.has(name) ? sourceMetrics(rules.get(name)!, rules) : [name]));
}
