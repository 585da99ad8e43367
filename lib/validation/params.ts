/**
 * What a pizzeria's URL segment can look like (lib/tenants/schemas.ts makes them). Anything else,
 * a NUL byte above all, names no pizzeria: lookups answer "not found" before asking Postgres.
 */
export const isSlugParam = (value: unknown): value is string =>
  typeof value === 'string' && value.length <= 48 && /^[a-z0-9-]+$/.test(value);

/** An opaque id in a URL (uuids, provider ids): word characters and hyphens, 64 at most. */
export const isIdParam = (value: unknown): value is string => typeof value === 'string' && /^[\w-]{1,64}$/.test(value);
