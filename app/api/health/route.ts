import { checkDatabase } from '@/lib/health';
import { log } from '@/lib/observability/log';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

const noStore = { 'Cache-Control': 'no-store' };

export async function GET() {
  try {
    await checkDatabase();
    return Response.json({ ok: true }, { headers: noStore });
  } catch (err) {
    log.error({ err }, 'health check: database unavailable');
    return Response.json({ ok: false, error: 'database unavailable' }, { status: 503, headers: noStore });
  }
}
