/**
 * Fills the gateway template as the nginx image does in docker-compose, and lays out a private
 * nginx prefix (its own pid, logs and temp folders) so tests can run the real nginx as an
 * unprivileged foreground process on loopback.
 */
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

export type GatewayVars = {
  GATEWAY_LISTEN: string;
  WEB_1: string;
  WEB_2: string;
  REALTIME_1: string;
  REALTIME_2: string;
};

export const GATEWAY_TEMPLATE = path.resolve(import.meta.dirname, 'gateway.conf.template');

export async function renderGateway(vars: GatewayVars, template = GATEWAY_TEMPLATE) {
  const text = await readFile(template, 'utf8');
  return text.replace(/\$\{(\w+)\}/g, (whole, name: string) => {
    const value = (vars as Record<string, string>)[name];
    if (value === undefined) throw new Error(`gateway template: no value for ${whole}`);
    return value;
  });
}

/** Writes `<dir>/nginx.conf` around the rendered gateway; returns its path. */
export async function writeNginxPrefix(dir: string, gateway: string) {
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'];
  for (const name of ['logs', ...temp]) await mkdir(path.join(dir, name), { recursive: true });
  // nginx's workers drop to `nobody` when started as root (CI): they must write the temp folders.
  for (const name of [dir, ...temp.map((t) => path.join(dir, t))]) await chmod(name, 0o777);
  await writeFile(path.join(dir, 'gateway.conf'), gateway);
  const conf = path.join(dir, 'nginx.conf');
  await writeFile(
    conf,
    `daemon off;
worker_processes 1;
pid ${dir}/nginx.pid;
error_log stderr warn;
events { worker_connections 2048; }
http {
  access_log off;
  client_body_temp_path ${dir}/client_body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  include ${dir}/gateway.conf;
}
`,
  );
  return conf;
}
