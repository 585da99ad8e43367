'use client';

import { useEffect, useState } from 'react';

const secondsUntil = (until: string) => Math.max(0, Math.ceil((Date.parse(until) - Date.now()) / 1000));

/** "23:14" on the phone's own clock, which is the one the customer reads. */
export const clockTime = (iso: string) =>
  new Date(iso).toLocaleTimeString('pt-BR', { hour: '2-digit', minute: '2-digit' });

/**
 * Seconds left until `until`, ticking every second; null until mounted, because the server's
 * clock and time zone would not match the phone's first paint. Calls `onElapsed` at zero.
 */
export function useSecondsLeft(until: string, onElapsed?: () => void) {
  const [left, setLeft] = useState<number | null>(null);
  useEffect(() => {
    const tick = () => {
      const seconds = secondsUntil(until);
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
  return left;
}
