import { randomInt } from 'node:crypto';

// No 0/O, 1/I/L: the code is read aloud across a counter.
const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

export function newOrderCode(length = 5): string {
  let code = '';
  for (let i = 0; i < length; i++) code += ALPHABET[randomInt(ALPHABET.length)];
  return code;
}
