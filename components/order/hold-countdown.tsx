'use client';

import { useEffect, useState } from 'react';

function remainingSeconds(until: string) {
  return Math.max(0, Math.ceil((Date.parse(until) - Date.now()) / 1000));
}

/** Time left to pay; the slices go back on sale when it reaches zero. */
export function HoldCountdown({ until, onElapsed }: { until: string; onElapsed?: () => void }) {
  const [left, setLeft] = useState<number | null>(null);
  useEffect(() => {
    const tick = () => {
      const seconds = remainingSeconds(until);
      setLeft(seconds);
      if (seconds === 0) onElapsed?.();
      return seconds;
    };
    if (tick() === 0) return;
    const timer = setInterval(() => {
      if (tick() === 0) clearInterval(timer);
    }, 1_000);
    return () => clearInterval(timer);
  }, [until, onElapsed]);

  // Rendered on the client only: the server's clock would not match the phone's first paint.
  const text = left === null ? '–:––' : `${Math.floor(left / 60)}:${String(left % 60).padStart(2, '0')}`;
  return (
    <p className={`text-center ${left !== null && left <= 30 ? 'text-tomato' : 'text-stone-700'}`}>
      Seus pedaços ficam reservados por mais{' '}
      <span role="timer" aria-live="off" className="font-bold tabular-nums">
        {text}
      </span>
    </p>
  );
}
