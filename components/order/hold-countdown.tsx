import { clockTime } from './use-deadline';

const minutesAndSeconds = (s: number) => `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;

/**
 * The deadline as a clock time, before the PIX code: the customer is about to leave for the bank
 * app, where a countdown is out of sight but "até 23:14" is easy to keep in mind.
 */
export function HoldCountdown({ until, left }: { until: string; left: number | null }) {
  const urgent = left !== null && left <= 60;
  return (
    <div
      className={`rounded-2xl p-4 text-center ring-1 ${urgent ? 'bg-red-50 ring-red-200' : 'bg-amber-50 ring-amber-200'}`}
    >
      <p className="text-lg">
        Pague até{' '}
        <strong className="text-2xl tabular-nums" data-testid="hold-deadline">
          {left === null ? '––:––' : clockTime(until)}
        </strong>
      </p>
      <p className={urgent ? 'font-semibold text-tomato' : 'text-stone-700'}>
        Seus pedaços ficam reservados por mais{' '}
        <span role="timer" aria-live="off" className="font-bold tabular-nums">
          {left === null ? '–:––' : minutesAndSeconds(left)}
        </span>
        . Depois disso, voltam para o balcão.
      </p>
    </div>
  );
}
