import { NextResponse, type NextRequest } from 'next/server';
import { findOrderByLink } from '@/lib/checkout/order-link';

type Params = { params: Promise<{ tenant: string; code: string }> };

/** The customer's order as JSON; the link's token is the only key. */
export async function GET(request: NextRequest, { params }: Params) {
  const { tenant, code } = await params;
  const found = await findOrderByLink({ slug: tenant, code, token: request.nextUrl.searchParams.get('t') });
  if (!found) return NextResponse.json({ error: 'Pedido não encontrado.' }, { status: 404 });
  return NextResponse.json(found.view, { headers: { 'Cache-Control': 'no-store' } });
}
