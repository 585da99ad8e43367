import { checkSlug } from '@/lib/tenants/slug';

/** Public, for the sign-up form's live check: is this address free? */
export async function GET(request: Request) {
  return Response.json(await checkSlug(new URL(request.url).searchParams.get('slug') ?? ''), {
    headers: { 'cache-control': 'no-store' },
  });
}
