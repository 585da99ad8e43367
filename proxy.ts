import type { NextRequest } from 'next/server';
import { guardRequest } from '@/lib/http/request-guard';

// Thin on purpose: the logic lives in lib/http/request-guard.ts. Next 16 runs the proxy on Node.js.
export function proxy(request: NextRequest) {
  return guardRequest(request);
}

export const config = {
  // Built assets carry no HTML; everything else (pages, routes, actions) gets the guard.
  matcher: ['/((?!_next/static|_next/image).*)'],
};
