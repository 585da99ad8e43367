import { env } from '@/lib/env.js';

/**
 * The framework's floor for a JSON route on this machine: `npm run bench:api` compares the
 * public API's orders against it in the same run. Only a server started with
 * BENCH_BASELINE_PAGE=1 answers; everywhere else it is a 404.
 */
export function GET() {
  if (env.BENCH_BASELINE_PAGE !== '1') return Response.json({ error: 'Não encontrado.' }, { status: 404 });
  return Response.json({ isOpen: true, flavors: [{ name: 'Calabresa', slicesLeft: 8 }] });
}
