import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '../..');
const dirs: string[] = [];
afterAll(() => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

/** Debian's docker-compose (v1) validates without a daemon. */
const compose = (file: string, ...args: string[]) =>
  run('docker-compose', ['--project-directory', root, '-f', file, ...args], { cwd: root });

describe('docker-compose.yml', () => {
  it('is valid (docker-compose config -q)', async () => {
    await compose('docker-compose.yml', 'config', '-q');
  });

  it('starts only the development services by default; the stack and observability behind profiles', async () => {
    // v1 lists every service whatever the profile: read each one's profiles from the resolved file.
    const resolved = parse((await compose('docker-compose.yml', 'config')).stdout) as {
      services: Record<string, { profiles?: string[]; command?: string[] }>;
    };
    const inProfile = (profile: string | undefined) =>
      Object.entries(resolved.services)
        .filter(([, s]) => s.profiles?.[0] === profile)
        .map(([name]) => name)
        .sort();
    expect(inProfile(undefined)).toEqual(['postgres', 'redis', 'redis-rest']);
    expect(inProfile('app')).toEqual(
      ['gateway', 'migrate', 'realtime-1', 'realtime-2', 'web-1', 'web-2', 'worker'].sort(),
    );
    expect(inProfile('observability')).toEqual(['grafana', 'prometheus']);
    // One image, the process chosen by the command.
    expect(resolved.services['realtime-2']!.command).toEqual(['realtime']);
    expect(resolved.services.migrate!.command).toEqual(['migrate']);
  });

  it('fails the check on a misspelled key, so the check above means something', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'meu-pedaco-compose-'));
    dirs.push(dir);
    const broken = path.join(dir, 'docker-compose.yml');
    const text = await readFile(path.join(root, 'docker-compose.yml'), 'utf8');
    await writeFile(
      broken,
      text.replace(
        '    healthcheck:\n      test: ["CMD", "pg_isready"',
        '    healthchek:\n      test: ["CMD", "pg_isready"',
      ),
    );
    await expect(compose(broken, 'config', '-q')).rejects.toThrow(/healthchek/);
  });
});
