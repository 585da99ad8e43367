import type { OrderStatus } from '@/db/schema';
import { ORDER_STATUS_LABELS } from '@/lib/orders/status';

const STEPS: OrderStatus[] = ['PENDING', 'PAID', 'IN_PREPARATION', 'READY', 'DELIVERED'];

/** The happy path as steps; an order that left it shows where it stopped instead. */
export function StatusTimeline({ status }: { status: OrderStatus }) {
  const current = STEPS.indexOf(status);
  if (current === -1) return null;
  return (
    <ol className="flex flex-col gap-0" aria-label="Andamento do pedido">
      {STEPS.map((step, i) => {
        const state = i < current ? 'done' : i === current ? 'current' : 'todo';
        return (
          <li
            key={step}
            className="flex items-center gap-3 py-1.5"
            aria-current={state === 'current' ? 'step' : undefined}
          >
            <span
              aria-hidden="true"
              className={`grid size-7 place-items-center rounded-full text-sm font-bold ${
                state === 'done'
                  ? 'bg-basil text-white'
                  : state === 'current'
                    ? 'bg-tomato text-white'
                    : 'bg-stone-200 text-stone-600'
              }`}
            >
              {state === 'done' ? '✓' : i + 1}
            </span>
            <span className={state === 'todo' ? 'text-stone-600' : 'font-semibold'}>
              {ORDER_STATUS_LABELS[step]}
              {state === 'done' && <span className="sr-only"> (concluído)</span>}
            </span>
          </li>
        );
      })}
    </ol>
  );
}
