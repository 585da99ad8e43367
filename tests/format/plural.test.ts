import { describe, expect, it } from 'vitest';
import { countOf, pluralize } from '@/lib/format/plural';
import { freshnessHoursSchema, holdSecondsSchema } from '@/lib/tenants/schemas';

describe('pt-BR plurals', () => {
  it('uses the singular for exactly one and the plural for zero and more', () => {
    expect([0, 1, 2, 16].map((n) => countOf(n, 'pedaço', 'pedaços'))).toEqual([
      '0 pedaços',
      '1 pedaço',
      '2 pedaços',
      '16 pedaços',
    ]);
    expect(pluralize(1, 'vendido', 'vendidos')).toBe('vendido');
  });

  it('refuses a setting in a full sentence with the unit agreeing with the number', () => {
    expect(freshnessHoursSchema.safeParse('0').error?.issues[0]?.message).toBe(
      'A validade da pizza aberta precisa ser de no mínimo 1 hora.',
    );
    expect(holdSecondsSchema.safeParse('5').error?.issues[0]?.message).toBe(
      'O tempo de reserva precisa ser de no mínimo 30 segundos.',
    );
  });
});
