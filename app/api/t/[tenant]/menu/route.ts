import { NextResponse } from 'next/server';
import { listFlavorsOnSale } from '@/lib/inventory';
import { getTenantBySlug } from '@/lib/tenants/queries';

/** The public menu with live slice counts; the storefront polls it (and realtime tells it when). */
export async function GET(_request: Request, { params }: { params: Promise<{ tenant: string }> }) {
  const tenant = await getTenantBySlug((await params).tenant);
  if (!tenant) return NextResponse.json({ error: 'Pizzaria não encontrada.' }, { status: 404 });
  const flavors = await listFlavorsOnSale(tenant.id);
  return NextResponse.json({ isOpen: tenant.isOpen, flavors }, { headers: { 'Cache-Control': 'no-store' } });
}
