const brl = new Intl.NumberFormat('pt-BR', { style: 'currency', currency: 'BRL' });

/** Integer cents as Brazilian reais, e.g. 1250 → "R$ 12,50". */
export function formatBRL(cents: number) {
  return brl.format(cents / 100);
}
