import { z } from 'zod';

/** "12,50", "12.5", "R$ 12" → integer cents; the form speaks reais, the database cents. */
export const priceInCentsSchema = z
  .string({ error: 'Informe o preço.' })
  .trim()
  .transform((v) => v.replace(/^R\$\s*/, ''))
  .pipe(z.string().regex(/^\d{1,4}([.,]\d{1,2})?$/, 'Use um preço como 12,50.'))
  .transform((v) => {
    const [reais, cents = ''] = v.replace('.', ',').split(',');
    return Number(reais) * 100 + Number(cents.padEnd(2, '0'));
  })
  .pipe(
    z.number().min(1, 'O preço precisa ser maior que zero.').max(100_000, 'O preço máximo por pedaço é R$ 1.000,00.'),
  );

/** Cents as the form shows them back: 1250 → "12,50". */
export function centsToInput(cents: number) {
  return (cents / 100).toFixed(2).replace('.', ',');
}
