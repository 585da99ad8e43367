import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { GATEWAY_TEMPLATE, renderGateway, writeNginxPrefix } from '@/infra/nginx/render';

const run = promisify(execFile);
const vars = {
  GATEWAY_LISTEN: '127.0.0.1:4499',
  WEB_1: '127.0.0.1:4491',
  WEB_2: '127.0.0.1:4492',
  REALTIME_1: '127.0.0.1:4493',
  REALTIME_2: '127.0.0.1:4494',
};
const dirs: string[] = [];
afterAll(() => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

/** `nginx -t` on a private prefix around the rendered template. */
async function nginxTest(template = GATEWAY_TEMPLATE) {
  const dir = await mkdtemp(path.join(tmpdir(), 'meu-pedaco-nginx-'));
  dirs.push(dir);
  const conf = await writeNginxPrefix(dir, await renderGateway(vars, template));
  return run('nginx', ['-t', '-p', dir, '-c', conf]);
}

describe('gateway config (infra/nginx)', () => {
  it('passes nginx -t', async () => {
    const { stderr } = await nginxTest();
    expect(stderr).toContain('test is successful');
  });

  it('fails nginx -t when a directive is wrong, so the check above means something', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'meu-pedaco-nginx-bad-'));
    dirs.push(dir);
    const broken = path.join(dir, 'broken.template');
    const text = await readFile(GATEWAY_TEMPLATE, 'utf8');
    await writeFile(broken, text.replace('least_conn;', 'least_conns;'));
    await expect(nginxTest(broken)).rejects.toThrow(/least_conns/);
  });

  it('refuses to render with a variable missing', async () => {
    const { WEB_2: _, ...partial } = vars;
    await expect(renderGateway(partial as typeof vars)).rejects.toThrow('no value for $' + '{WEB_2}');
  });

  it('keeps what the issue asks of the gateway', async () => {
    const text = await renderGateway(vars);
    expect(text).toMatch(/upstream web \{\s+#[^\n]*\n\s+least_conn;/);
    expect(text).toMatch(/upstream realtime \{[\s\S]*hash \$remote_addr consistent;/);
    expect(text).toContain('proxy_set_header X-Forwarded-For $remote_addr;');
    expect(text).toMatch(/location \/socket\.io\/ \{[\s\S]*proxy_read_timeout 75s;/);
  });
});
