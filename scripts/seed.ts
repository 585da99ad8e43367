import { hash } from '@node-rs/argon2';
import { sql as raw } from 'drizzle-orm';
import { pathToFileURL } from 'node:url';
import { db, sql } from '@/db/client';
import { memberships, products, tenants, users, type Role } from '@/db/schema';
import { openBatch } from '@/lib/inventory';
import { getTenantBySlug } from '@/lib/tenants/queries';

export const DEMO_SLUG = 'pizzaria-demo';

/** Pizzas opened per flavor: the last one stays at zero so the menu shows "Esgotado". */
const FLAVORS = [
  {
    name: 'Margherita',
    description: 'Molho de tomate, muçarela, manjericão fresco e azeite.',
    priceCents: 1200,
    pizzas: 2,
  },
  { name: 'Calabresa', description: 'Calabresa fatiada, cebola roxa e orégano.', priceCents: 1100, pizzas: 2 },
  { name: 'Quatro Queijos', description: 'Muçarela, provolone, parmesão e gorgonzola.', priceCents: 1400, pizzas: 1 },
  {
    name: 'Portuguesa',
    description: 'Presunto, ovo cozido, cebola, ervilha, azeitona e muçarela.',
    priceCents: 1300,
    pizzas: 1,
  },
  {
    name: 'Frango com Catupiry',
    description: 'Frango desfiado temperado com Catupiry original.',
    priceCents: 1300,
    pizzas: 1,
  },
  {
    name: 'Chocolate com Morango',
    description: 'Chocolate ao leite derretido com morangos frescos.',
    priceCents: 1500,
    pizzas: 0,
  },
];

export const DEMO_LOGINS: { email: string; password: string; name: string; role: Role }[] = [
  { email: 'dono@pizzaria-demo.com.br', password: 'pedaco-dono-123', name: 'Dono da Pizzaria Demo', role: 'owner' },
  {
    email: 'cozinha@pizzaria-demo.com.br',
    password: 'pedaco-cozinha-123',
    name: 'Cozinha da Pizzaria Demo',
    role: 'kitchen',
  },
];

export type SeedResult = { created: boolean; tenantId: string };

/**
 * Creates the demo pizzeria once; does nothing if it exists. Uses the app's own client
 * because openBatch does, so the seed writes exactly as the app would.
 */
export async function seedDemo(): Promise<SeedResult> {
  const existing = await getTenantBySlug(DEMO_SLUG);
  if (existing) return { created: false, tenantId: existing.id };

  // argon2 is slow on purpose: hash before the transaction so it stays short.
  const passwordHashes = await Promise.all(DEMO_LOGINS.map((login) => hash(login.password))); // argon2id by default

  const created = await db.transaction(async (tx) => {
    const [tenant] = await tx
      .insert(tenants)
      .values({ slug: DEMO_SLUG, name: 'Pizzaria Demo' })
      .onConflictDoNothing({ target: tenants.slug })
      .returning({ id: tenants.id });
    if (!tenant) return null; // a concurrent seed won the race

    const menu = await tx
      .insert(products)
      .values(
        FLAVORS.map((f, i) => ({
          tenantId: tenant.id,
          name: f.name,
          description: f.description,
          priceCents: f.priceCents,
          sortOrder: i,
        })),
      )
      .returning({ id: products.id, name: products.name });

    // Users outlive tenants, so a reseed after deleting the tenant finds them: reset them to the demo passwords.
    const staff = await tx
      .insert(users)
      .values(
        DEMO_LOGINS.map((login, i) => ({ email: login.email, name: login.name, passwordHash: passwordHashes[i]! })),
      )
      .onConflictDoUpdate({ target: users.email, set: { passwordHash: raw`excluded.password_hash` } })
      .returning({ id: users.id, email: users.email });
    const roleOf = new Map(DEMO_LOGINS.map((login) => [login.email, login.role]));
    await tx
      .insert(memberships)
      .values(staff.map((user) => ({ userId: user.id, tenantId: tenant.id, role: roleOf.get(user.email)! })));

    return { tenantId: tenant.id, productIdByName: new Map(menu.map((p) => [p.name, p.id])) };
  });
  if (!created) return { created: false, tenantId: (await getTenantBySlug(DEMO_SLUG))!.id };

  for (const flavor of FLAVORS) {
    for (let n = 0; n < flavor.pizzas; n++) {
      const opened = await openBatch({
        tenantId: created.tenantId,
        productId: created.productIdByName.get(flavor.name)!,
      });
      if (!opened.ok) throw new Error(`could not open a ${flavor.name}: ${opened.error.message}`);
    }
  }
  return { created: true, tenantId: created.tenantId };
}

export function describeSeed(result: SeedResult): string {
  if (!result.created) return `${DEMO_SLUG} already exists: nothing to do.`;
  const logins = DEMO_LOGINS.map((l) => `  ${l.role.padEnd(8)} ${l.email}  /  ${l.password}`);
  return [`Seeded ${DEMO_SLUG} (/${DEMO_SLUG}). Logins:`, ...logins].join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    console.log(describeSeed(await seedDemo()));
  } finally {
    await sql.end();
  }
}
