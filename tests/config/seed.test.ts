import { verify } from '@node-rs/argon2';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { memberships, users } from '@/db/schema';
import { DEMO_LOGINS, seedDemo } from '@/scripts/seed';
import { listFlavorsOnSale } from '@/lib/inventory';

describe('demo seed', () => {
  it('creates the demo pizzeria once, with six flavors, open pizzas and working logins', async () => {
    const first = await seedDemo();
    const second = await seedDemo();
    expect(second).toEqual({ created: false, tenantId: first.tenantId });

    const menu = await listFlavorsOnSale(first.tenantId);
    expect(menu).toHaveLength(6);
    expect(menu.filter((f) => f.slicesLeft === 0)).toHaveLength(1);
    expect(menu.every((f) => f.priceCents > 0)).toBe(true);

    for (const login of DEMO_LOGINS) {
      const [user] = await db.select().from(users).where(eq(users.email, login.email));
      expect(user!.passwordHash).toMatch(/^\$argon2id\$/);
      expect(await verify(user!.passwordHash, login.password)).toBe(true);
      const [member] = await db.select().from(memberships).where(eq(memberships.userId, user!.id));
      expect(member).toMatchObject({ tenantId: first.tenantId, role: login.role });
    }
  });
});
