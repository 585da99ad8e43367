import { describe, expect, it } from 'vitest';
import { createMemoryHoldStore } from '@/lib/inventory/holds/memory-store';

describe('hold store without Redis', () => {
  it('claims atomically, all groups or none, and lets keys lapse', async () => {
    let now = 0;
    const store = createMemoryHoldStore(() => now);
    expect(await store.claim([{ candidates: ['a', 'b', 'c'], count: 2 }], 'o1', 10)).toEqual({
      ok: true,
      claimed: [['a', 'b']],
    });
    expect(
      await store.claim(
        [
          { candidates: ['c', 'd'], count: 1 },
          { candidates: ['a', 'b'], count: 1 },
        ],
        'o2',
        10,
      ),
    ).toEqual({ ok: false, free: [1, 0] });
    expect(await store.claim([{ candidates: ['c'], count: 1 }], 'o3', 10)).toEqual({ ok: true, claimed: [['c']] });
    expect(await store.extend(['a', 'c'], 'o1', 10)).toBe(1);
    now = 10_001;
    expect(await store.claim([{ candidates: ['a', 'b', 'c'], count: 3 }], 'o4', 10)).toEqual({
      ok: true,
      claimed: [['a', 'b', 'c']],
    });
  });
});
