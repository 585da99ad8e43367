import type { Metadata } from 'next';
import { requireMember, ROLES } from '@/lib/auth';
import { storefrontUrl } from '@/lib/tenants/links';
import { storefrontQrDataUrl } from '@/lib/tenants/storefront-qr';
import { PrintButton } from './print-button';

export const metadata: Metadata = { title: 'QR code da loja' };

type Props = { params: Promise<{ tenant: string }> };

/** A sheet for the counter: printed as is, the admin header hides itself on paper. */
export default async function StorefrontQrPage({ params }: Props) {
  const { tenant: slug } = await params;
  const { tenant } = await requireMember(slug, ROLES.staffAdmin, `/${slug}/admin/qr`);
  const qr = await storefrontQrDataUrl(slug);
  return (
    <div className="flex flex-col items-center gap-6">
      <PrintButton />
      <article className="flex w-full max-w-md flex-col items-center gap-4 rounded-3xl bg-white p-8 text-center ring-1 ring-stone-200 print:ring-0">
        <h1 className="text-3xl font-bold text-tomato">{tenant.name}</h1>
        <p className="text-xl font-semibold">Peça seus pedaços pelo celular</p>
        {/* biome-ignore lint/performance/noImgElement: an SVG data: URL made on the server; it prints sharp */}
        <img src={qr} alt={`QR code da loja: ${storefrontUrl(slug)}`} width={320} height={320} className="size-80" />
        <p className="text-stone-700">Aponte a câmera, escolha os pedaços e pague com PIX. Retire no balcão.</p>
        <p className="font-mono text-sm break-all">{storefrontUrl(slug)}</p>
      </article>
    </div>
  );
}
