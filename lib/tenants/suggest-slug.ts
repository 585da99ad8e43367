/**
 * What a person types as a pizzeria's name or address, turned into a valid address as they type:
 * "Pizzaria São João!" → "pizzaria-sao-joao". No imports: the sign-up form runs it in the browser.
 * `typing` keeps one trailing hyphen, so a space typed between two words survives the next keystroke.
 */
export function toSlug(text: string, { typing = false } = {}) {
  const slug = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+/, '')
    .slice(0, 48);
  return typing ? slug : slug.replace(/-$/, '');
}
