import { execFile } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';

const run = promisify(execFile);
const DIR = resolve('infra/prometheus');
/** promtool from Debian's `prometheus` package (.ci/run installs it). */
const promtool = (...args: string[]) => run('promtool', args, { cwd: DIR });

type RuleFile = { groups: { rules: { alert?: string; record?: string }[] }[] };
type AlertTests = { tests: { name: string; alert_rule_test: { alertname: string; exp_alerts: unknown[] }[] }[] };

describe('Prometheus configuration, rules and alerts', () => {
  it('the compose scrape config and its rule files are valid', async () => {
    const { stdout } = await promtool('check', 'config', 'prometheus.yml');
    expect(stdout).toContain('SUCCESS: prometheus.yml is valid');
  });

  it('the Kubernetes scrape config is valid once its pod discovery is set aside', async () => {
    // Debian builds promtool without Kubernetes discovery, so the `kubernetes_sd_configs` block is
    // swapped for a file-based one; everything else (relabelling regexes, rule files) is checked.
    const config = parse(await readFile(join(DIR, 'prometheus-k8s.yml'), 'utf8'));
    const dir = await mkdtemp(join(tmpdir(), 'prom-k8s-'));
    for (const job of config.scrape_configs) {
      expect(job.kubernetes_sd_configs?.[0]).toMatchObject({ role: 'pod', namespaces: { names: ['meu-pedaco'] } });
      delete job.kubernetes_sd_configs;
      job.file_sd_configs = [{ files: [join(dir, 'targets.json')] }];
    }
    config.rule_files = config.rule_files.map((f: string) => join(DIR, f));
    await writeFile(join(dir, 'prometheus.yml'), stringify(config));
    const { stdout } = await run('promtool', ['check', 'config', join(dir, 'prometheus.yml')]);
    expect(stdout).toContain('is valid prometheus config file syntax');
  });

  it('recording rules and alerts pass promtool check rules', async () => {
    const { stdout } = await promtool('check', 'rules', 'rules/recording.yml', 'rules/alerts.yml');
    expect(stdout).toMatch(/SUCCESS: \d+ rules found[\s\S]*SUCCESS: 8 rules found/);
  });

  it('every alert has a unit test where it fires and one where it stays quiet, and all pass', async () => {
    const alerts = (parse(await readFile(join(DIR, 'rules/alerts.yml'), 'utf8')) as RuleFile).groups
      .flatMap((g) => g.rules)
      .flatMap((r) => (r.alert ? [r.alert] : []));
    const cases = (parse(await readFile(join(DIR, 'tests/alerts.test.yml'), 'utf8')) as AlertTests).tests.flatMap(
      (t) => t.alert_rule_test,
    );
    for (const alert of alerts) {
      const mine = cases.filter((c) => c.alertname === alert);
      expect(
        mine.some((c) => c.exp_alerts.length > 0),
        `${alert} fires somewhere`,
      ).toBe(true);
      expect(
        mine.some((c) => c.exp_alerts.length === 0),
        `${alert} stays quiet somewhere`,
      ).toBe(true);
    }
    const { stdout } = await promtool('test', 'rules', 'tests/alerts.test.yml');
    expect(stdout).toContain('SUCCESS');
  });
});
