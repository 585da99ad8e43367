import { describe, expect, it } from 'vitest';
import { safeNextPath } from '@/lib/auth/next-path';
import { hasControlChars } from '@/lib/validation';
import { HOSTILE_NEXT } from './hostile-next';

describe('safeNextPath', () => {
  it('keeps same-site paths with their query and fragment', () => {
    expect(safeNextPath('/painel')).toBe('/painel');
    expect(safeNextPath('/demo/admin/pedidos?status=PAID#x')).toBe('/demo/admin/pedidos?status=PAID#x');
    expect(safeNextPath(undefined)).toBe('/painel');
  });

  it('never answers anything a browser resolves to another origin, for any trick of the class', () => {
    for (const next of HOSTILE_NEXT) {
      const path = safeNextPath(next);
      expect(new URL(path, 'https://app.example').origin, next).toBe('https://app.example');
      expect(path.startsWith('//') || path.includes('\\') || hasControlChars(path), next).toBe(false);
    }
  });
});
