import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import { z } from 'zod';
import { db } from '@/db/client';
import { API_SCOPES, type ApiScope, apiKeys, tenants } from '@/db/schema';
import { fail, invalidInput, type Result } from '@/lib/result';
import { safeText } from '@/lib/validation';
import { newKeyMaterial, secretMatches, splitKey } from './key-format';

export const MAX_ACTIVE_KEYS = 20;

export const newApiKeySchema = z.object({
  name: safeText({
    required: 'Dê um nome à chave.',
    min: [1, 'Dê um nome à chave.'],
    max: [60, 'Nome longo demais (até 60 letras).'],
  }),
  // A form with one box ticked sends a single string.
  scopes: z.preprocess(
    (v) => (typeof v === 'string' ? [v] : v),
    z
      .array(z.enum(API_SCOPES, { error: 'Permissão desconhecida.' }), { error: 'Escolha ao menos uma permissão.' })
      .min(1, 'Escolha ao menos uma permissão.')
      .max(API_SCOPES.length, 'Permissão repetida.')
      .transform((s) => [...new Set(s)]),
  ),
});
export type NewApiKey = z.input<typeof newApiKeySchema>;

export type ApiKeyView = {
  id: string;
  name: string;
  prefix: string;
  scopes: ApiScope[];
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
};

const view = {
  id: apiKeys.id,
  name: apiKeys.name,
  prefix: apiKeys.prefix,
  scopes: apiKeys.scopes,
  createdAt: apiKeys.createdAt,
  lastUsedAt: apiKeys.lastUsedAt,
  revokedAt: apiKeys.revokedAt,
};

/** Makes a key; the answer holds the only copy of it there will ever be. */
export async function createApiKey(
  tenantId: string,
  raw: NewApiKey,
  createdBy: string | null,
): Promise<Result<{ key: string; apiKey: ApiKeyView }>> {
  const parsed = newApiKeySchema.safeParse(raw);
  if (!parsed.success) return invalidInput(parsed.error);
  const active = await db.$count(apiKeys, and(eq(apiKeys.tenantId, tenantId), isNull(apiKeys.revokedAt)));
  if (active >= MAX_ACTIVE_KEYS) {
    return fail({ code: 'too_many_keys', message: `Até ${MAX_ACTIVE_KEYS} chaves ativas: revogue uma antes.` });
  }
  const { key, prefix, secretHash } = newKeyMaterial();
  const [apiKey] = await db
    .insert(apiKeys)
    .values({ tenantId, name: parsed.data.name, scopes: parsed.data.scopes, prefix, secretHash, createdBy })
    .returning(view);
  return { ok: true, key, apiKey: apiKey as ApiKeyView };
}

export async function listApiKeys(tenantId: string): Promise<ApiKeyView[]> {
  const rows = await db
    .select(view)
    .from(apiKeys)
    .where(eq(apiKeys.tenantId, tenantId))
    .orderBy(desc(apiKeys.createdAt));
  return rows as ApiKeyView[];
}

/** Revoking twice is fine: the first time stays the one on record. */
export async function revokeApiKey(tenantId: string, keyId: string, revokedBy: string | null): Promise<Result> {
  const [row] = await db
    .update(apiKeys)
    .set({
      revokedAt: sql`coalesce(${apiKeys.revokedAt}, now())`,
      revokedBy: sql`coalesce(${apiKeys.revokedBy}, ${revokedBy})`,
    })
    .where(and(eq(apiKeys.tenantId, tenantId), eq(apiKeys.id, keyId)))
    .returning({ id: apiKeys.id });
  return row ? { ok: true } : fail({ code: 'not_found', message: 'Chave não encontrada.' });
}

export type VerifiedKey = { id: string; tenantId: string; tenantSlug: string; scopes: ApiScope[] };

/** Last use is written at most once a minute per key: a busy integration must not queue on one row. */
const LAST_USED_EVERY = sql`interval '1 minute'`;

/** The live key behind a presented one, or null (unknown, wrong secret or revoked: one answer for all). */
export async function verifyApiKey(presented: string): Promise<VerifiedKey | null> {
  const parts = splitKey(presented);
  if (!parts) return null;
  const [row] = await db
    .select({
      id: apiKeys.id,
      tenantId: apiKeys.tenantId,
      tenantSlug: tenants.slug,
      scopes: apiKeys.scopes,
      secretHash: apiKeys.secretHash,
      revokedAt: apiKeys.revokedAt,
      stale: sql<boolean>`${apiKeys.lastUsedAt} IS NULL OR ${apiKeys.lastUsedAt} < now() - ${LAST_USED_EVERY}`,
    })
    .from(apiKeys)
    .innerJoin(tenants, eq(tenants.id, apiKeys.tenantId))
    .where(eq(apiKeys.prefix, parts.prefix))
    .limit(1);
  if (!row || !secretMatches(parts.secret, row.secretHash) || row.revokedAt) return null;
  if (row.stale) {
    await db
      .update(apiKeys)
      .set({ lastUsedAt: sql`now()` })
      .where(
        and(
          eq(apiKeys.id, row.id),
          sql`(${apiKeys.lastUsedAt} IS NULL OR ${apiKeys.lastUsedAt} < now() - ${LAST_USED_EVERY})`,
        ),
      );
  }
  return { id: row.id, tenantId: row.tenantId, tenantSlug: row.tenantSlug, scopes: row.scopes as ApiScope[] };
}
