import type { NextRequest } from 'next/server';
import { guardRequest } from '@/lib/http/request-guard';

// Thin on purpose: the logic lives in lib/http/request-guard.ts (renaming this file proxy.ts, with
// `export function proxy`, is all the Next 16 convention asks).
export function middleware(request: NextRequest) {
  return guardRequest(request);
}

export const config = {
  runtime: 'nodejs',
  // Built assets carry no HTML; everything else (pages, routes, actions) gets the guard.
  matcher: ['/((?!_next/static|_next/image).*)'],
};
