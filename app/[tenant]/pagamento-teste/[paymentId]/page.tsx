import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { BrandLink } from '@/components/brand-link';
import { DevPaymentForm } from '@/components/dev-payment-form';
import { formatBRL } from '@/lib/money';
import { getDevPayment } from '@/lib/payments/dev/decide';
import { decideDevPaymentAction } from './actions';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Pagamento de teste', robots: { index: false } };

type Props = { params: Promise<{ tenant: string; paymentId: string }> };

const METHOD = { pix: 'PIX', card: 'Cartão' } as const;

/** The dev provider's checkout: stands in for Mercado Pago when the pizzeria has no account. */
export default async function DevPaymentPage({ params }: Props) {
  const { tenant: slug, paymentId } = await params;
  const found = await getDevPayment(slug, paymentId);
  if (!found) notFound();
  const { payment, tenant, order } = found;

  return (
    <main className="mx-auto flex min-h-dvh max-w-md flex-col gap-6 px-5 pt-4 pb-12">
      <BrandLink />
      <header>
        <p className="text-sm font-semibold tracking-wide text-stone-600 uppercase">Pagamento de teste</p>
        <h1 className="text-2xl font-bold text-tomato">{tenant.name}</h1>
      </header>
      <dl className="grid grid-cols-2 gap-y-2 rounded-xl bg-white p-4 shadow-sm">
        <dt className="text-stone-600">Pedido</dt>
        <dd className="text-right font-semibold">{order.code}</dd>
        <dt className="text-stone-600">Forma</dt>
        <dd className="text-right">{METHOD[payment.method]}</dd>
        <dt className="text-stone-600">Total</dt>
        <dd className="text-right text-xl font-bold">{formatBRL(payment.amountCents)}</dd>
      </dl>
      {payment.status === 'pending' ? (
        <>
          <p className="text-sm leading-relaxed text-stone-700">
            Nenhum dinheiro de verdade é cobrado: esta página simula o Mercado Pago enquanto a pizzaria não configura
            sua conta.
          </p>
          <DevPaymentForm tenant={tenant.slug} paymentId={payment.id} action={decideDevPaymentAction} />
        </>
      ) : (
        <p role="status" className="leading-relaxed">
          Este pagamento já foi{' '}
          {payment.status === 'approved' || payment.status === 'refunded' ? 'aprovado' : 'encerrado'}.{' '}
          <Link
            href={found.orderPath}
            className="inline-flex min-h-11 items-center font-semibold text-tomato underline underline-offset-4"
          >
            Ver o pedido
          </Link>
        </p>
      )}
    </main>
  );
}
