import { eq, inArray, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import {
  apiKeys,
  batches,
  memberships,
  orders,
  paymentCredentials,
  payments,
  productImages,
  products,
  slices,
  tenants,
  users,
} from '@/db/schema';
import { createApiKey } from '@/lib/api/keys';
import { reserveSlices } from '@/lib/inventory';
import { decideDevPayment } from '@/lib/payments/dev/decide';
import { startPayment } from '@/lib/payments';
import { createUser } from '../auth/as-user';
import { createProduct, createTenant, key, openPizzas } from '../fixtures';

/** A pizzeria with a menu, an open pizza, an order and its staff: what another tenant must never reach. */
export async function createShop() {
  const tenant = await createTenant();
  const product = await createProduct(tenant.id);
  await openPizzas(tenant.id, product.id, 1);
  const [batch] = await db.select().from(batches).where(eq(batches.tenantId, tenant.id));
  const reserved = await reserveSlices({
    tenantId: tenant.id,
    idempotencyKey: key(),
    items: [{ productId: product.id, quantity: 2 }],
    customer: { name: 'Cliente', phone: '11 99999-0000' },
  });
  if (!reserved.ok) throw new Error(reserved.error.message);
  // Paid through the dev provider, as a customer would: a refund is possible, so refusing it means something.
  const started = await startPayment({ tenantId: tenant.id, orderId: reserved.order.id, method: 'card' });
  if (!started.ok) throw new Error(started.error.message);
  const paid = await decideDevPayment(tenant.slug, started.payment.redirectUrl!.split('/').pop()!, 'approve');
  if (!paid.ok) throw new Error(paid.error.message);
  const owner = await createUser([{ tenantId: tenant.id, role: 'owner' }]);
  const manager = await createUser([{ tenantId: tenant.id, role: 'manager' }]);
  const kitchen = await createUser([{ tenantId: tenant.id, role: 'kitchen' }]);
  const apiKey = await createApiKey(
    tenant.id,
    { name: 'Integração', scopes: ['read', 'orders:write', 'stock:write'] },
    owner.id,
  );
  if (!apiKey.ok) throw new Error(apiKey.error.message);
  return {
    tenant,
    product,
    batch: batch!,
    order: reserved.order,
    owner,
    manager,
    kitchen,
    /** The shop's API key (all scopes), as its integration would send it. */
    apiKey: apiKey.key,
    /** Route params naming this shop's rows, by the names app/ uses. */
    params: {
      tenant: tenant.slug,
      productId: product.id,
      batchId: batch!.id,
      orderId: reserved.order.id,
      userId: owner.id,
      keyId: apiKey.apiKey.id,
    } as Record<string, string>,
  };
}
export type Shop = Awaited<ReturnType<typeof createShop>>;

/** Everything a tenant owns, to prove an attempt changed nothing. */
export async function snapshot(tenantId: string) {
  const staff = await db
    .select()
    .from(memberships)
    .where(eq(memberships.tenantId, tenantId))
    .orderBy(memberships.userId);
  return JSON.stringify({
    tenant: await db.select().from(tenants).where(eq(tenants.id, tenantId)),
    products: await db.select().from(products).where(eq(products.tenantId, tenantId)).orderBy(products.id),
    batches: await db.select().from(batches).where(eq(batches.tenantId, tenantId)).orderBy(batches.id),
    slices: await db
      .select({ id: slices.id, status: slices.status, orderId: slices.orderId })
      .from(slices)
      .where(eq(slices.tenantId, tenantId))
      .orderBy(slices.id),
    orders: await db.select().from(orders).where(eq(orders.tenantId, tenantId)).orderBy(orders.id),
    payments: await db.select().from(payments).where(eq(payments.tenantId, tenantId)).orderBy(payments.id),
    credentials: await db.select().from(paymentCredentials).where(eq(paymentCredentials.tenantId, tenantId)),
    // A key's last use is a read being recorded, not a change to the pizzeria.
    apiKeys: await db
      .select({ id: apiKeys.id, name: apiKeys.name, scopes: apiKeys.scopes, revokedAt: apiKeys.revokedAt })
      .from(apiKeys)
      .where(eq(apiKeys.tenantId, tenantId))
      .orderBy(apiKeys.id),
    images: await db.select({ id: productImages.id }).from(productImages).where(eq(productImages.tenantId, tenantId)),
    staff,
    users: staff.length
      ? await db
          .select()
          .from(users)
          .where(
            inArray(
              users.id,
              staff.map((s) => s.userId),
            ),
          )
          .orderBy(users.id)
      : [],
    events: (await db.execute(sql`SELECT count(*)::int AS n FROM outbox_events WHERE tenant_id = ${tenantId}`))[0],
  });
}
