import { hash, verify } from '@node-rs/argon2';
import { describe, expect, it } from 'vitest';

describe('runtime', () => {
  it('is Node 24 LTS, as engines and .nvmrc say', () => {
    expect(process.versions.node.split('.')[0]).toBe('24');
  });

  it('loads the native argon2 addon that hashes staff passwords', async () => {
    const digest = await hash('pedaco-dono-123');
    expect(digest).toMatch(/^\$argon2id\$/);
    expect(await verify(digest, 'pedaco-dono-123')).toBe(true);
    expect(await verify(digest, 'outra-senha')).toBe(false);
  });
});
