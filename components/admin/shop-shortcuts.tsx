import { CopyButton } from '@/components/copy-button';
import { kitchenPath, storefrontPath, storefrontUrl } from '@/lib/tenants/links';

const link =
  'inline-flex min-h-11 items-center font-semibold text-stone-700 underline underline-offset-4 hover:text-tomato';

/** In the admin header: the owner's own shop and kitchen, one tap away from every page. */
export function ShopShortcuts({ slug }: { slug: string }) {
  return (
    <nav aria-label="Sua loja" className="flex flex-wrap items-center gap-x-4 gap-y-1 text-sm">
      <a href={storefrontPath(slug)} target="_blank" rel="noopener" className={link}>
        Ver loja<span className="sr-only"> (abre em outra aba)</span>
      </a>
      <a href={kitchenPath(slug)} className={link}>
        Abrir cozinha
      </a>
      <CopyButton
        text={storefrontUrl(slug)}
        label="Copiar link da loja"
        announce="Link da loja copiado"
        className={`${link} cursor-pointer`}
      />
    </nav>
  );
}
