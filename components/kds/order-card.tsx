'use client';

import type { KitchenOrder } from '@/lib/kitchen/board';

const LATE_MINUTES = 10;
const WARN_MINUTES = 5;

const NEXT: Record<KitchenOrder['status'], { move: 'start' | 'ready' | 'deliver'; label: string }> = {
  PAID: { move: 'start', label: 'Começar preparo' },
  IN_PREPARATION: { move: 'ready', label: 'Pronto' },
  READY: { move: 'deliver', label: 'Entregue' },
};

type Props = {
  order: KitchenOrder;
  now: number;
  flashing: boolean;
  busy: boolean;
  onMove: (order: KitchenOrder, move: 'start' | 'ready' | 'deliver') => void;
};

export function OrderCard({ order, now, flashing, busy, onMove }: Props) {
  const minutes = Math.max(0, Math.floor((now - Date.parse(order.paidAt)) / 60_000));
  const age =
    minutes >= LATE_MINUTES
      ? 'bg-red-600 text-white'
      : minutes >= WARN_MINUTES
        ? 'bg-amber-300 text-amber-950'
        : 'bg-stone-200 text-stone-800';
  const next = NEXT[order.status];
  return (
    <article
      aria-label={`Pedido ${order.code}`}
      className={`rounded-xl border-2 bg-white p-4 shadow-sm ${flashing ? 'animate-pulse border-tomato ring-4 ring-tomato/40' : 'border-stone-200'}`}
    >
      <header className="flex items-baseline justify-between gap-2">
        <h3 className="font-mono text-2xl font-bold tracking-wider">{order.code}</h3>
        <span
          className={`rounded-full px-2 py-0.5 text-sm font-semibold tabular-nums ${age}`}
          title="Tempo desde o pagamento"
        >
          {minutes} min
        </span>
      </header>
      {order.customerFirstName && <p className="text-lg text-stone-700">{order.customerFirstName}</p>}
      <ul className="my-3 space-y-1 text-lg">
        {order.items.map((item) => (
          <li key={item.productId} className="flex justify-between gap-2">
            <span>{item.name}</span>
            <span className="font-semibold tabular-nums">× {item.quantity}</span>
          </li>
        ))}
      </ul>
      <button
        type="button"
        disabled={busy}
        onClick={() => onMove(order, next.move)}
        className="w-full rounded-lg bg-tomato px-4 py-3 text-lg font-semibold text-white active:bg-tomato-dark disabled:opacity-50"
      >
        {next.label}
      </button>
    </article>
  );
}
