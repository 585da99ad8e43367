import { execFile } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { sql as pg } from '@/db/client';
import { confirmSale, reserveSlices } from '@/lib/inventory';
import { startPreparation } from '@/lib/orders/transitions';
import { createProduct, createTenant, key, openPizzas } from '../fixtures';
import { dashboards, promql, provisionedDataSources, targets, type Dashboard } from './dashboards';

const run = promisify(execFile);
let all: Dashboard[];
beforeAll(async () => {
  all = await dashboards();
});

/** Grafana's SQL macros as Grafana expands them for "the last 7 days". */
const expandSql = (raw: string, tenantId: string) =>
  raw
    .replace(/\$__timeFilter\(([^)]+)\)/g, "$1 BETWEEN now() - interval '7 days' AND now() + interval '1 minute'")
    .replaceAll('$tenant', tenantId);

describe('Grafana dashboards', () => {
  it('are the four the README names, each with a tenant variable from Postgres', () => {
    expect(all.map((d) => d.title).sort()).toEqual(['Estoque', 'Operação', 'Pagamentos', 'Vendas']);
    for (const d of all) {
      const tenant = d.templating.list.find((v) => v.name === 'tenant');
      expect(tenant, `${d.title} has a tenant variable`).toBeDefined();
    }
  });

  it('name only the data sources provisioning creates, by uid and type', async () => {
    const provisioned = await provisionedDataSources();
    const byUid = new Map(provisioned.map((s) => [s.uid, s.type]));
    const used = [
      ...all.flatMap((d) => d.templating.list.map((v) => v.datasource)),
      ...all.flatMap((d) => d.panels.map((p) => p.datasource)),
      ...targets(all).map((t) => t.datasource),
    ];
    for (const source of used) expect(byUid.get(source.uid), source.uid).toBe(source.type);
    expect(new Set(used.map((s) => s.uid))).toEqual(new Set(byUid.keys()));
  });

  it('every PromQL expression parses (promtool, as recording rules)', async () => {
    const exprs = targets(all).filter((t) => t.expr);
    expect(exprs.length).toBeGreaterThan(20);
    const rules = exprs.map((t, i) => ({ record: `dashboard:check:${i}`, expr: promql(t.expr!) }));
    const dir = await mkdtemp(join(tmpdir(), 'dash-promql-'));
    await writeFile(join(dir, 'rules.json'), JSON.stringify({ groups: [{ name: 'dashboards', rules }] }));
    const { stdout } = await run('promtool', ['check', 'rules', join(dir, 'rules.json')]);
    expect(stdout).toContain(`SUCCESS: ${rules.length} rules found`);
  });

  it('every SQL panel runs against the database as the read-only role, and the money adds up', async () => {
    const tenant = await createTenant();
    const product = await createProduct(tenant.id, { name: 'Portuguesa', priceCents: 1300 });
    await openPizzas(tenant.id, product.id, 1, 4);
    const reserved = await reserveSlices({
      tenantId: tenant.id,
      idempotencyKey: key(),
      items: [{ productId: product.id, quantity: 2 }],
    });
    if (!reserved.ok) throw new Error(reserved.error.message);
    await confirmSale({ tenantId: tenant.id, orderId: reserved.order.id });
    await startPreparation({ tenantId: tenant.id, orderId: reserved.order.id });
    await reserveSlices({
      tenantId: tenant.id,
      idempotencyKey: key(),
      items: [{ productId: product.id, quantity: 5 }],
    });

    // The role is cluster-wide and other suites run this too: a concurrent update is retried once.
    const role = await readFile('infra/grafana/readonly-role.sql', 'utf8');
    await pg.unsafe(role).catch(() => pg.unsafe(role));
    const asGrafana = <T>(query: string) =>
      pg.begin(async (tx) => {
        await tx.unsafe('SET LOCAL ROLE grafana_ro');
        return (await tx.unsafe(query)) as unknown as T[];
      });

    const sqlTargets = targets(all).filter((t) => t.rawSql);
    expect(sqlTargets.length).toBeGreaterThanOrEqual(8);
    const answers = new Map<string, unknown[]>();
    for (const t of sqlTargets) {
      answers.set(t.panel, await asGrafana(expandSql(t.rawSql!, tenant.id)));
    }
    const variable = all[0]!.templating.list.find((v) => v.name === 'tenant')!;
    const options = await asGrafana<{ __text: string; __value: string }>(variable.query);
    expect(options).toContainEqual({ __text: tenant.slug, __value: tenant.id });

    // Days start at midnight in the pizzeria's time zone (São Paulo: 03:00 UTC).
    expect(answers.get('Vendas por dia (R$)')).toEqual([
      { time: expect.stringMatching(/ 03:00:00\+00$/), vendas: '26.0000000000000000' },
    ]);
    expect(answers.get('Vendas por sabor')).toEqual([
      { sabor: 'Portuguesa', pedaços: '2', 'vendas (R$)': '26.0000000000000000' },
    ]);
    expect(answers.get('Vendas perdidas: pedaços pedidos sem estoque')).toEqual([
      { sabor: 'Portuguesa', 'pedidos recusados': '1', 'pedaços que faltaram': '3' },
    ]);
    // The role cannot write.
    await expect(asGrafana(`UPDATE tenants SET name = 'x' WHERE id = '${tenant.id}'`)).rejects.toThrow(
      /permission denied|read-only/,
    );
  });
});
