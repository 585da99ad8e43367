import { describe, expect, it } from 'vitest';
import { guard } from '@/lib/inventory/holds';
import { createMemoryHoldStore } from '@/lib/inventory/holds/memory-store';

describe('hold store guard', () => {
  it('cools off after three failures in a row, not after one slow call', () => {
    let now = 0;
    const guarded = guard(createMemoryHoldStore(), () => now);
    guarded.failed(new Error('timeout'));
    guarded.failed(new Error('timeout'));
    expect(guarded.available()).not.toBeNull();
    guarded.succeeded();
    guarded.failed(new Error('timeout'));
    guarded.failed(new Error('timeout'));
    expect(guarded.available()).not.toBeNull();
    guarded.failed(new Error('timeout'));
    expect(guarded.available()).toBeNull();
    now = 5_001;
    expect(guarded.available()).not.toBeNull();
  });
});
