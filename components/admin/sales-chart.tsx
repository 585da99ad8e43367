import { formatBRL } from '@/lib/money';
import { countOf } from '@/lib/format/plural';

const W = 480;
const H = 140;
const PAD = 20;

/** Sales by hour as plain SVG bars, with a text summary for screen readers. */
export function SalesChart({ byHour }: { byHour: { count: number; cents: number }[] }) {
  const max = Math.max(1, ...byHour.map((h) => h.cents));
  const barW = (W - PAD) / 24;
  const busiest = byHour.reduce((best, h, i) => (h.cents > (byHour[best]?.cents ?? 0) ? i : best), 0);
  const summary = byHour.some((h) => h.cents > 0)
    ? `Vendas por hora; pico às ${busiest}h com ${formatBRL(byHour[busiest]!.cents)}.`
    : 'Nenhuma venda hoje ainda.';
  return (
    <figure className="rounded-2xl bg-white p-4 shadow-sm ring-1 ring-stone-200">
      <figcaption className="mb-2 font-semibold">Vendas por hora</figcaption>
      <svg viewBox={`0 0 ${W} ${H + 16}`} role="img" aria-label={summary} className="h-auto w-full">
        {byHour.map((h, hour) => {
          const height = (h.cents / max) * (H - 4);
          return (
            <g
              // biome-ignore lint/suspicious/noArrayIndexKey: the index is the hour of the day, the bar's identity
              key={hour}
            >
              <rect
                x={PAD + hour * barW + 1}
                y={H - height}
                width={barW - 2}
                height={height}
                rx={2}
                className="fill-tomato"
              >
                <title>{`${hour}h: ${countOf(h.count, 'venda', 'vendas')}, ${formatBRL(h.cents)}`}</title>
              </rect>
              {hour % 3 === 0 && (
                <text
                  x={PAD + hour * barW + barW / 2}
                  y={H + 13}
                  textAnchor="middle"
                  className="fill-stone-500 text-[10px]"
                >
                  {hour}h
                </text>
              )}
            </g>
          );
        })}
        <line x1={PAD} x2={W} y1={H} y2={H} className="stroke-stone-300" />
      </svg>
    </figure>
  );
}
