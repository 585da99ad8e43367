'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useActionState, useEffect, useMemo, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { cartLines, cartTotals } from '@/components/cart/cart-summary';
import { useCart } from '@/components/cart/use-cart';
import { Field } from '@/components/form/field';
import { menuQueryKey, useMenu, type Menu } from '@/components/storefront/use-menu';
import type { CheckoutResult } from '@/lib/checkout/checkout-result';
import { formatBRL } from '@/lib/money';
import { CartReview } from './cart-review';
import { PaymentMethodPicker } from './payment-method-picker';
import { countOf } from '@/lib/format/plural';
import { SoldOutNotice } from './sold-out-notice';
import { useRememberedCustomer } from './use-remembered-customer';

/** 128 random bits; getRandomValues works on plain http too (a phone on the shop's Wi-Fi in development). */
function newRequestKey() {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
}

type Props = {
  slug: string;
  initial: Menu;
  holdMinutes: number;
  action: (previous: CheckoutResult | null, form: FormData) => Promise<CheckoutResult>;
};

export function CheckoutForm({ slug, initial, holdMinutes, action }: Props) {
  const router = useRouter();
  const queryClient = useQueryClient();
  const { data: menu } = useMenu(slug, initial);
  const { cart, ready, replace, clear } = useCart(slug);
  const { details, update } = useRememberedCustomer();
  const [state, submit, pending] = useActionState(action, null);
  const lines = cartLines(cart, menu.flavors);
  const totals = cartTotals(lines);
  const cartJson = JSON.stringify(lines.map((l) => ({ productId: l.flavor.productId, quantity: l.quantity })));
  // One key per cart: a double tap replays the same order, a changed cart is a new request.
  const idempotencyKey = useMemo(() => (cartJson ? newRequestKey() : ''), [cartJson]);
  const [done, setDone] = useState(false);
  // The answer the cart was already fitted to: its notice has done its job and goes away.
  const [settled, setSettled] = useState<CheckoutResult | null>(null);
  const shown = state === settled ? null : state;

  useEffect(() => {
    if (!state) return;
    if (state.ok) {
      setDone(true);
      clear();
      if (state.redirectUrl) window.location.assign(state.redirectUrl);
      else router.push(state.orderUrl);
    } else if (state.error.code === 'sold_out') {
      void queryClient.invalidateQueries({ queryKey: menuQueryKey(slug) });
    }
  }, [state, clear, router, queryClient, slug]);

  if (!ready) return <div className="min-h-96" aria-busy="true" />;
  if (lines.length === 0 && !done) {
    return (
      <p className="rounded-2xl bg-white p-4 ring-1 ring-stone-200">
        Seu carrinho está vazio.{' '}
        <Link
          href={`/${slug}`}
          className="inline-flex min-h-11 items-center font-semibold text-tomato underline underline-offset-4"
        >
          Escolher pedaços
        </Link>
      </p>
    );
  }

  const fieldError = (name: string) => (state && !state.ok ? state.error.fields?.[name] : undefined);
  const adjustToWhatIsLeft = () => {
    if (state?.ok !== false || !state.error.details) return;
    const next = { ...cart };
    for (const a of state.error.details) next[a.productId] = Math.min(next[a.productId] ?? 0, a.available);
    replace(next);
    setSettled(state);
  };

  return (
    <form action={submit} className="flex flex-col gap-5" noValidate>
      <CartReview lines={lines} totalCents={totals.cents} slug={slug} />
      <input type="hidden" name="tenantSlug" value={slug} />
      <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
      <input type="hidden" name="cart" value={cartJson} />

      <fieldset className="flex flex-col gap-4">
        <legend className="mb-2 text-lg font-semibold">Seus dados</legend>
        <Field
          name="name"
          label="Nome"
          autoComplete="name"
          required
          value={details.name}
          onChange={(e) => update('name', e.target.value)}
          error={fieldError('name')}
        />
        <Field
          name="phone"
          label="WhatsApp"
          type="tel"
          inputMode="tel"
          autoComplete="tel-national"
          required
          hint="Avisamos por aqui quando o pedido ficar pronto."
          value={details.phone}
          onChange={(e) => update('phone', e.target.value)}
          error={fieldError('phone')}
        />
        <Field
          name="email"
          label="E-mail"
          type="email"
          inputMode="email"
          autoComplete="email"
          required
          hint="Para o comprovante do pagamento."
          value={details.email}
          onChange={(e) => update('email', e.target.value)}
          error={fieldError('email')}
        />
      </fieldset>

      <PaymentMethodPicker error={fieldError('method')} />

      <div aria-live="polite" className="empty:hidden">
        {shown && !shown.ok && shown.error.code === 'sold_out' && shown.error.details ? (
          <SoldOutNotice availability={shown.error.details} onAdjust={adjustToWhatIsLeft} />
        ) : shown && !shown.ok ? (
          <p className="rounded-2xl bg-red-50 p-4 font-semibold text-tomato ring-1 ring-red-200">
            {shown.error.message}
          </p>
        ) : settled && state === settled ? (
          <p role="status" className="rounded-2xl bg-green-50 p-4 font-semibold text-basil ring-1 ring-green-200">
            Pedido ajustado ao que resta. Confira e reserve de novo.
          </p>
        ) : null}
      </div>

      <button
        type="submit"
        disabled={pending || done || !menu.isOpen}
        className="rounded-full bg-tomato px-6 py-4 text-lg font-bold text-white shadow hover:bg-tomato-dark disabled:opacity-60"
      >
        {pending || done ? 'Reservando seus pedaços…' : `Reservar e pagar ${formatBRL(totals.cents)}`}
      </button>
      <p className="text-center text-sm text-stone-600">
        {menu.isOpen
          ? `Depois de reservar, seus pedaços ficam guardados por ${countOf(holdMinutes, 'minuto', 'minutos')} enquanto você paga.`
          : 'A pizzaria está fechada agora: pedidos voltam quando ela abrir.'}
      </p>
    </form>
  );
}
