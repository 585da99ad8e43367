/**
 * pt-BR count words: one for exactly 1, the plural for everything else, 0 included ("0 pedaços").
 * Not Intl.PluralRules: CLDR puts 0 in pt's "one" class ("0 pedaço"), which reads wrong in Brazil.
 */
export const pluralize = (count: number, one: string, many: string) => (count === 1 ? one : many);

/** "1 pedaço", "3 pedaços", "1 hora". */
export const countOf = (count: number, one: string, many: string) => `${count} ${pluralize(count, one, many)}`;
