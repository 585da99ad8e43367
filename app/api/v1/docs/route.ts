import { referencePage } from '@/lib/api/reference-page';

export function GET(request: Request) {
  return referencePage(request.headers.get('x-nonce'));
}
