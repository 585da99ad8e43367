import Link from 'next/link';
import { CopyButton } from '@/components/copy-button';
import { kitchenPath, storefrontPath, storefrontUrl } from '@/lib/tenants/links';

type Props = { slug: string; qrDataUrl: string };

/** On "Hoje": where customers buy and where the kitchen works, to share, print and open. */
export function ShopLinksCard({ slug, qrDataUrl }: Props) {
  const url = storefrontUrl(slug);
  return (
    <section
      aria-labelledby="shop-links"
      className="flex flex-col gap-4 rounded-2xl bg-white p-4 shadow-sm ring-1 ring-stone-200 sm:flex-row sm:items-center"
    >
      {/* biome-ignore lint/performance/noImgElement: an SVG data: URL made on the server; there is nothing to optimize */}
      <img src={qrDataUrl} alt={`QR code da loja: ${url}`} width={128} height={128} className="size-32 self-center" />
      <div className="flex min-w-0 flex-1 flex-col gap-2">
        <h2 id="shop-links" className="font-semibold">
          Sua loja
        </h2>
        <p className="text-sm text-stone-700">Mande este link aos clientes ou imprima o QR code para o balcão.</p>
        <p className="font-mono text-sm break-all" data-testid="storefront-url">
          {url}
        </p>
        <div className="flex flex-wrap items-center gap-2">
          <CopyButton
            text={url}
            label="Copiar link"
            announce="Link da loja copiado"
            hint="Link copiado: cole no WhatsApp ou no Instagram."
          />
          <Link
            href={`/${slug}/admin/qr`}
            className="inline-flex min-h-11 items-center rounded-full px-4 font-semibold ring-1 ring-stone-300 hover:bg-stone-50"
          >
            Imprimir QR code
          </Link>
          <a
            href={storefrontPath(slug)}
            target="_blank"
            rel="noopener"
            className="inline-flex min-h-11 items-center rounded-full px-4 font-semibold ring-1 ring-stone-300 hover:bg-stone-50"
          >
            Ver loja<span className="sr-only"> (abre em outra aba)</span>
          </a>
          <a
            href={kitchenPath(slug)}
            className="inline-flex min-h-11 items-center rounded-full bg-basil px-4 font-semibold text-white hover:opacity-90"
          >
            Abrir cozinha
          </a>
        </div>
      </div>
    </section>
  );
}
