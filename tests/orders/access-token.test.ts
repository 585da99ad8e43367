import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { isValidOrderAccessToken, orderAccessToken } from '@/lib/orders/access-token';

describe('order access token', () => {
  it('opens its own order only', () => {
    const [a, b] = [randomUUID(), randomUUID()];
    const token = orderAccessToken(a);
    expect(token).toMatch(/^[A-Za-z0-9_-]{24}$/);
    expect(isValidOrderAccessToken(a, token)).toBe(true);
    expect(isValidOrderAccessToken(b, token)).toBe(false);
    expect(isValidOrderAccessToken(a, token.slice(0, -1))).toBe(false);
    expect(isValidOrderAccessToken(a, '')).toBe(false);
  });
});
