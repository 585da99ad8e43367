'use client';

import { QueryClient, QueryClientProvider, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useRealtimeRoom } from '@/components/realtime/use-realtime-room';
import type { FormAction } from '@/lib/actions/validated-action';
import type { KitchenBoard, KitchenOrder, KitchenStock } from '@/lib/kitchen/board';
import { statusLabel } from '@/lib/orders/status';
import type { Cursor, RealtimeEvent } from '@/lib/realtime/protocol';
import { roomName } from '@/lib/realtime/room-name';
import { OrderCard } from './order-card';
import { StockStrip } from './stock-strip';
import { useBeep } from './use-beep';

type Props = {
  tenantSlug: string;
  tenantId: string;
  tenantName: string;
  realtimeUrl: string;
  initialBoard: KitchenBoard;
  since: Cursor;
  /** The page's server actions: a component never imports app/. */
  moveOrderAction: FormAction;
  openPizzaAction: FormAction;
  /** Ends this session and shows the sign-in form: the next cook on a shared tablet signs in there. */
  signOutAction: () => Promise<void>;
};

export function KitchenDisplay(props: Props) {
  const [client] = useState(() => new QueryClient({ defaultOptions: { queries: { staleTime: 5_000, retry: 2 } } }));
  return (
    <QueryClientProvider client={client}>
      <Board {...props} />
    </QueryClientProvider>
  );
}

const EMPTY: Record<KitchenOrder['status'], string> = {
  PAID: 'Nenhum pedido novo. Os pedidos pagos aparecem aqui na hora.',
  IN_PREPARATION: 'Nada em preparo agora.',
  READY: 'Nenhum pedido esperando retirada.',
};
const COLUMNS: { status: KitchenOrder['status']; title: string }[] = (['PAID', 'IN_PREPARATION', 'READY'] as const).map(
  (status) => ({ status, title: statusLabel(status, 'kitchen') }),
);
/** How long "Pizza aberta" stays on the button after the server confirmed it. */
const OPENED_MS = 3_000;
const FLASH_MS = 5_000;
const TARGET_AFTER: Record<string, KitchenOrder['status'] | 'DELIVERED'> = {
  start: 'IN_PREPARATION',
  ready: 'READY',
  deliver: 'DELIVERED',
};

async function getJson<T>(url: string, init?: RequestInit): Promise<T> {
  const response = await fetch(url, { cache: 'no-store', ...init });
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return (await response.json()) as T;
}

function form(fields: Record<string, string>) {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.set(k, v);
  return data;
}

function Board({
  tenantSlug,
  tenantId,
  tenantName,
  realtimeUrl,
  initialBoard,
  since,
  moveOrderAction,
  openPizzaAction,
  signOutAction,
}: Props) {
  const queryClient = useQueryClient();
  const queryKey = ['kds', tenantSlug];
  const board = useQuery({
    queryKey,
    queryFn: () => getJson<KitchenBoard>(`/api/t/${tenantSlug}/kds`),
    initialData: initialBoard,
  }).data;
  const refresh = useCallback(
    () => void queryClient.invalidateQueries({ queryKey: ['kds', tenantSlug] }),
    [queryClient, tenantSlug],
  );

  const { enabled: soundOn, enable: enableSound, disable: disableSound, beep } = useBeep();
  const [flashing, setFlashing] = useState<ReadonlySet<string>>(new Set());
  const [lastMove, setLastMove] = useState<{
    orderId: string;
    code: string;
    to: KitchenOrder['status'] | 'DELIVERED';
  } | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  // "Abrir pizza": slices added on screen at the tap (pending), kept until the board has read them
  // back (done), dropped if the server says no (rolled back). The ref stops a double tap.
  const [opening, setOpening] = useState<Record<string, { slices: number; pizzasBefore: number }>>({});
  const [opened, setOpened] = useState<ReadonlySet<string>>(new Set());
  const openingNow = useRef(new Set<string>());
  const [message, setMessage] = useState<string | null>(null);

  const onEvents = useCallback(
    (events: RealtimeEvent[]) => {
      const paid = events.flatMap((e) => (e.type === 'order.paid' ? [e.aggregateId] : []));
      if (paid.length > 0) {
        beep();
        setFlashing((current) => new Set([...current, ...paid]));
        setTimeout(() => setFlashing((current) => new Set([...current].filter((id) => !paid.includes(id)))), FLASH_MS);
      }
      refresh();
    },
    [beep, refresh],
  );
  const connection = useRealtimeRoom({
    url: realtimeUrl,
    room: roomName.kds(tenantId),
    since,
    request: async () => ({
      room: 'kds',
      tenantId,
      token: (await getJson<{ token: string }>(`/api/t/${tenantSlug}/kds/token`, { method: 'POST' })).token,
    }),
    onEvents,
    onResync: refresh,
  });

  // Ages tick on the server's clock, so a tablet with a wrong clock still shows the truth.
  const [now, setNow] = useState(() => Date.parse(board.serverNow));
  useEffect(() => {
    const offset = Date.parse(board.serverNow) - Date.now();
    setNow(Date.now() + offset);
    const timer = setInterval(() => setNow(Date.now() + offset), 15_000);
    return () => clearInterval(timer);
  }, [board.serverNow]);

  function patchStatus(orderId: string, status: KitchenOrder['status'] | 'DELIVERED') {
    queryClient.setQueryData<KitchenBoard>(
      queryKey,
      (old) =>
        old && {
          ...old,
          orders:
            status === 'DELIVERED'
              ? old.orders.filter((o) => o.id !== orderId)
              : old.orders.map((o) => (o.id === orderId ? { ...o, status } : o)),
        },
    );
  }

  async function move(
    order: Pick<KitchenOrder, 'id' | 'code'>,
    fields: Record<string, string>,
    optimistic: KitchenOrder['status'] | 'DELIVERED',
  ) {
    setBusy(order.id);
    setMessage(null);
    // The undo button only ever names a move that is saved: none while another is on its way.
    setLastMove(null);
    patchStatus(order.id, optimistic);
    const result = await moveOrderAction(null, form({ tenant: tenantSlug, orderId: order.id, ...fields }));
    setBusy(null);
    if (!result.ok) setMessage(result.error.message);
    refresh();
    return result.ok;
  }

  async function forward(order: KitchenOrder, step: 'start' | 'ready' | 'deliver') {
    const to = TARGET_AFTER[step]!;
    if (await move(order, { move: step }, to)) setLastMove({ orderId: order.id, code: order.code, to });
  }

  async function undo() {
    if (!lastMove) return;
    const back = { IN_PREPARATION: 'PAID', READY: 'IN_PREPARATION', DELIVERED: 'READY', PAID: 'PAID' } as const;
    if (
      await move({ id: lastMove.orderId, code: lastMove.code }, { move: 'undo', from: lastMove.to }, back[lastMove.to])
    )
      setLastMove(null);
  }

  async function openPizza(flavor: KitchenStock) {
    const id = flavor.productId;
    if (openingNow.current.has(id)) return;
    openingNow.current.add(id);
    setMessage(null);
    setOpening((current) => ({ ...current, [id]: { slices: flavor.slicesPerPizza, pizzasBefore: flavor.openPizzas } }));
    const result = await openPizzaAction(null, form({ tenant: tenantSlug, productId: id })).catch(() => null);
    if (result?.ok) await queryClient.invalidateQueries({ queryKey: ['kds', tenantSlug] });
    else setMessage(result ? result.error.message : 'Não foi possível abrir a pizza. Tente de novo.');
    openingNow.current.delete(id);
    setOpening(({ [id]: _, ...rest }) => rest);
    if (result?.ok) {
      setOpened((current) => new Set([...current, id]));
      setTimeout(() => setOpened((current) => new Set([...current].filter((p) => p !== id))), OPENED_MS);
    }
  }
  // Added on screen until the board read from the server shows the new pizza itself (never twice).
  const stock = board.stock.map((f) => {
    const pending = opening[f.productId];
    return pending && f.openPizzas <= pending.pizzasBefore ? { ...f, slicesLeft: f.slicesLeft + pending.slices } : f;
  });

  return (
    <div className="flex h-dvh flex-col bg-stone-100">
      <header className="flex flex-wrap items-center gap-3 bg-stone-900 px-4 py-2 text-white">
        <h1 className="text-xl font-bold">{tenantName} · Cozinha</h1>
        <span
          aria-live="polite"
          className={`rounded-full px-2 py-0.5 text-xs ${connection === 'live' ? 'bg-basil' : 'bg-amber-500 text-stone-950'}`}
        >
          {connection === 'live' ? 'ao vivo' : 'conectando'}
        </span>
        <div className="ml-auto flex gap-2">
          {lastMove && (
            <button
              type="button"
              onClick={undo}
              disabled={busy !== null}
              className="min-h-11 rounded-md bg-stone-700 px-3 text-sm font-semibold"
            >
              Desfazer {statusLabel(lastMove.to, 'kitchen')} · {lastMove.code}
            </button>
          )}
          <button
            type="button"
            aria-pressed={soundOn}
            onClick={soundOn ? disableSound : enableSound}
            className={`min-h-11 rounded-md px-3 text-sm font-semibold ${soundOn ? 'bg-basil' : 'bg-tomato'}`}
          >
            {soundOn ? 'Som ligado' : 'Som desligado: tocar para ligar'}
          </button>
          <form action={signOutAction}>
            <button
              type="submit"
              className="min-h-11 rounded-md px-3 text-sm font-semibold underline underline-offset-4 hover:bg-stone-700"
            >
              Sair
            </button>
          </form>
        </div>
      </header>
      {connection === 'offline' && (
        <p role="status" className="bg-amber-400 px-4 py-2 text-center font-semibold text-amber-950">
          reconectando…
        </p>
      )}
      {message && (
        <p role="alert" className="bg-red-100 px-4 py-2 text-center text-red-800">
          {message}
        </p>
      )}
      <main className="grid min-h-0 flex-1 grid-cols-3 gap-3 p-3">
        {COLUMNS.map((column) => {
          const orders = board.orders.filter((o) => o.status === column.status);
          return (
            <section
              key={column.status}
              aria-label={column.title}
              className="flex min-h-0 flex-col rounded-xl bg-stone-200/60"
            >
              <h2 className="px-3 pt-2 text-lg font-bold">
                {column.title} <span className="text-stone-500 tabular-nums">({orders.length})</span>
              </h2>
              <div className="flex-1 space-y-3 overflow-y-auto p-3">
                {orders.length === 0 && <p className="p-2 text-stone-600">{EMPTY[column.status]}</p>}
                {orders.map((order) => (
                  <OrderCard
                    key={order.id}
                    order={order}
                    now={now}
                    flashing={flashing.has(order.id)}
                    busy={busy === order.id}
                    onMove={forward}
                  />
                ))}
              </div>
            </section>
          );
        })}
      </main>
      <StockStrip stock={stock} opening={opening} opened={opened} onOpen={openPizza} />
    </div>
  );
}
