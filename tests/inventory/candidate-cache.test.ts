import { describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { candidateCache } from '@/lib/inventory/candidate-cache';
import { findSellableSlices } from '@/lib/inventory/sellable';
import { createProduct, createTenant, openPizzas } from '../fixtures';

/** A cache of its own over the real sellable-slices read, counting its reads. */
function cacheOverDb() {
  let reads = 0;
  const cache = candidateCache(async (tenantId, w) => {
    reads++;
    return (await findSellableSlices(db, tenantId, [w])).get(w.productId) ?? [];
  });
  return { cache, reads: () => reads };
}

async function flavor(pizzas: number, sliceCount = 8) {
  const tenant = await createTenant();
  const product = await createProduct(tenant.id);
  await openPizzas(tenant.id, product.id, pizzas, sliceCount);
  const free = (await findSellableSlices(db, tenant.id, [{ productId: product.id, limit: 1000 }])).get(product.id)!;
  return { tenantId: tenant.id, productId: product.id, free };
}

describe('candidate cache', () => {
  it('hands concurrent reservations different stretches of one read, oldest first', async () => {
    const { tenantId, productId, free } = await flavor(2);
    const { cache, reads } = cacheOverDb();
    const asked = { productId, quantity: 2, limit: 4 };
    const lists = await Promise.all([1, 2, 3].map(() => cache.candidates(tenantId, [asked])));
    expect(reads()).toBe(1);
    expect(lists.map((l) => l.get(productId))).toEqual([free.slice(0, 4), free.slice(2, 6), free.slice(4, 8)]);
  });

  it('never offers fewer candidates than the read found, so a short list still means sold out', async () => {
    const { tenantId, productId, free } = await flavor(1, 4);
    const { cache } = cacheOverDb();
    const asked = { productId, quantity: 2, limit: 10 };
    for (let i = 0; i < 3; i++) {
      const ids = (await cache.candidates(tenantId, [asked])).get(productId)!;
      expect([...ids].sort((a, b) => a - b)).toEqual(free);
    }
  });

  it('after a re-read, offers the slices it handed out lately last', async () => {
    const { tenantId, productId, free } = await flavor(1);
    const { cache, reads } = cacheOverDb();
    const asked = { productId, quantity: 3, limit: 8 };
    expect((await cache.candidates(tenantId, [asked])).get(productId)).toEqual(free);
    cache.forget(tenantId, [productId]);
    // The first three are still free in Postgres (nobody reserved them), but another
    // checkout of this process is most likely claiming them right now.
    expect((await cache.candidates(tenantId, [asked])).get(productId)).toEqual([...free.slice(3), ...free.slice(0, 3)]);
    expect(reads()).toBe(2);
  });
});
