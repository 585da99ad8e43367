import { describe, expect, it } from 'vitest';
import { slugSchema } from '@/lib/tenants/schemas';
import { toSlug } from '@/lib/tenants/suggest-slug';

describe('the address suggested from a pizzeria name', () => {
  it('turns accents, spaces and punctuation into a valid address', () => {
    for (const [name, slug] of [
      ['Pizzaria São João!', 'pizzaria-sao-joao'],
      ['  Forno & Lenha  ', 'forno-lenha'],
      ['Pizzaria Ñandú 24h', 'pizzaria-nandu-24h'],
    ] as const) {
      expect(toSlug(name)).toBe(slug);
      expect(slugSchema.safeParse(toSlug(name)).success).toBe(true);
    }
  });

  it('keeps a space typed between words as a hyphen while typing, and drops it at the end', () => {
    expect(toSlug('Pizzaria ', { typing: true })).toBe('pizzaria-');
    expect(toSlug('Pizzaria ')).toBe('pizzaria');
    expect(toSlug('x'.repeat(60))).toHaveLength(48);
  });
});
