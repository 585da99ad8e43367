import type { PaymentView } from '@/lib/payments';
import { CopyButton } from '@/components/copy-button';

/** How to pay an order still waiting for it: PIX code and QR, or the card checkout. */
export function PaymentPanel({ payment, deadline }: { payment: PaymentView | null; deadline: string | null }) {
  if (!payment) {
    return <p className="text-center text-stone-700">Preparando o pagamento…</p>;
  }
  return (
    <section
      aria-labelledby="pay-heading"
      className="flex flex-col items-center gap-3 rounded-2xl bg-white p-4 ring-1 ring-stone-200"
    >
      <h2 id="pay-heading" className="text-lg font-semibold">
        {payment.method === 'pix' ? 'Pague com PIX' : 'Pague com cartão'}
      </h2>
      {payment.pix && (
        <>
          {/* biome-ignore lint/performance/noImgElement: a data: URL QR code made on the server; there is nothing to optimize */}
          <img
            src={payment.pix.qrImageDataUrl}
            alt="QR code do PIX"
            width={220}
            height={220}
            className="size-55 rounded-lg"
          />
          <label htmlFor="pix-code" className="self-stretch text-sm font-semibold">
            PIX copia e cola
          </label>
          <textarea
            id="pix-code"
            readOnly
            rows={3}
            value={payment.pix.qrCode}
            className="w-full resize-none rounded-xl border border-stone-300 bg-stone-50 p-2 font-mono text-xs break-all"
            onFocus={(e) => e.currentTarget.select()}
          />
          <CopyButton
            text={payment.pix.qrCode}
            label="Copiar código PIX"
            announce="Código copiado"
            hint={`Código copiado. Cole no app do seu banco e pague até ${deadline ?? 'o fim da reserva'}.`}
          />
        </>
      )}
      {payment.redirectUrl && (
        <a
          href={payment.redirectUrl}
          className="rounded-full bg-tomato px-6 py-3 text-center font-semibold text-white hover:bg-tomato-dark"
        >
          {payment.provider === 'dev'
            ? 'Abrir a página de pagamento de teste'
            : payment.method === 'card'
              ? 'Pagar com cartão no Mercado Pago'
              : 'Abrir o PIX no Mercado Pago'}
        </a>
      )}
      {payment.provider === 'dev' && (
        <p className="text-center text-sm text-stone-600">Ambiente de teste: nenhum dinheiro de verdade é cobrado.</p>
      )}
    </section>
  );
}
