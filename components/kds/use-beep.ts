'use client';

import { useCallback, useRef, useState } from 'react';

/**
 * A two-tone ring from the Web Audio API (no sound file to load). Browsers only let a page
 * play sound after a tap, so the board starts silent with a visible "Som" switch.
 */
export function useBeep() {
  const context = useRef<AudioContext | null>(null);
  const [enabled, setEnabled] = useState(false);

  const enable = useCallback(() => {
    context.current ??= new AudioContext();
    void context.current.resume().then(() => setEnabled(true));
  }, []);

  const disable = useCallback(() => {
    void context.current?.suspend().then(() => setEnabled(false));
  }, []);

  const beep = useCallback(() => {
    const ctx = context.current;
    if (ctx?.state !== 'running') return;
    [880, 1320].forEach((frequency, i) => {
      const start = ctx.currentTime + i * 0.18;
      const osc = ctx.createOscillator();
      const gain = ctx.createGain();
      osc.frequency.value = frequency;
      gain.gain.setValueAtTime(0.0001, start);
      gain.gain.exponentialRampToValueAtTime(0.4, start + 0.02);
      gain.gain.exponentialRampToValueAtTime(0.0001, start + 0.16);
      osc.connect(gain).connect(ctx.destination);
      osc.start(start);
      osc.stop(start + 0.17);
    });
  }, []);

  return { enabled, enable, disable, beep };
}
