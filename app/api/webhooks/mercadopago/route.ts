import { readCappedText } from '@/lib/http/capped-body';
import { receiveNotification } from '@/lib/payments/webhook/receive';

// The SDK and the signature check need Node's crypto.
export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export async function POST(request: Request) {
  const answer = await receiveNotification({
    url: request.url,
    headers: request.headers,
    readBody: (limitBytes) => readCappedText(request, limitBytes),
  });
  return Response.json(answer.body, { status: answer.status });
}
