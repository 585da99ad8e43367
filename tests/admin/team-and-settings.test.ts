import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { tenants } from '@/db/schema';
import { checkCredentials } from '@/lib/auth/credentials';
import { addStaff, listStaff, removeStaff } from '@/lib/staff/team';
import { updateTenantSettings } from '@/lib/tenants/settings';
import { createUser } from '../auth/as-user';
import { createTenant } from '../fixtures';

describe('team', () => {
  it('adds staff who can sign in, and an existing account keeps its own password', async () => {
    const [tenant, other] = [await createTenant(), await createTenant()];
    const email = `cozinha-${Date.now()}@teste.com.br`;
    expect(
      await addStaff(tenant.id, { name: 'Cozinheira', email, password: 'senha-inicial', role: 'kitchen' }),
    ).toEqual({ ok: true, existingAccount: false });
    expect(await checkCredentials({ email, password: 'senha-inicial' }, '10.2.0.1')).toMatchObject({ ok: true });
    expect(await addStaff(tenant.id, { name: 'De novo', email, password: 'outra-senha', role: 'owner' })).toMatchObject(
      { ok: false, error: { code: 'already_member' } },
    );

    expect(await addStaff(other.id, { name: 'Cozinheira', email, password: 'outra-senha', role: 'manager' })).toEqual({
      ok: true,
      existingAccount: true,
    });
    expect(await checkCredentials({ email, password: 'senha-inicial' }, '10.2.0.1')).toMatchObject({ ok: true });
    expect((await listStaff(other.id)).map((s) => s.role)).toEqual(['manager']);
  });

  it('never removes the last owner, and removes only from this pizzeria', async () => {
    const [tenant, other] = [await createTenant(), await createTenant()];
    const owner = await createUser([{ tenantId: tenant.id, role: 'owner' }]);
    const outsider = await createUser([{ tenantId: other.id, role: 'kitchen' }]);
    expect(await removeStaff(tenant.id, owner.id)).toMatchObject({ ok: false, error: { code: 'last_owner' } });
    expect(await removeStaff(tenant.id, outsider.id)).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await listStaff(other.id)).toHaveLength(1);

    const second = await createUser([{ tenantId: tenant.id, role: 'owner' }]);
    // Both owners remove each other at once: one of them stays.
    const results = await Promise.all([removeStaff(tenant.id, owner.id), removeStaff(tenant.id, second.id)]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(await listStaff(tenant.id)).toHaveLength(1);
  });
});

describe('settings', () => {
  it('saves open/closed, hold time and freshness; the longest hold follows a longer hold', async () => {
    const tenant = await createTenant();
    expect(await updateTenantSettings(tenant.id, { isOpen: false, holdSeconds: 900, freshnessHours: 6 })).toEqual({
      ok: true,
    });
    const [saved] = await db.select().from(tenants).where(eq(tenants.id, tenant.id));
    expect(saved).toMatchObject({ isOpen: false, holdSeconds: 900, maxHoldSeconds: 900, freshnessHours: 6 });
  });
});
