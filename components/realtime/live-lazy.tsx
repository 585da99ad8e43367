'use client';

import dynamic from 'next/dynamic';
import { useEffect, useState, type ComponentProps } from 'react';

// socket.io-client stays out of the first load, and it is fetched only once the browser is idle
// after hydration, so it never competes with the customer's first taps. Nothing is missed
// meanwhile: the queries hold the server render, and the first join replays what committed since.
const LiveMenu = dynamic(() => import('./live-queries').then((m) => m.LiveMenu), { ssr: false });
const LiveOrder = dynamic(() => import('./live-queries').then((m) => m.LiveOrder), { ssr: false });

function useBrowserIdle() {
  const [idle, setIdle] = useState(false);
  useEffect(() => {
    if (typeof requestIdleCallback !== 'function') {
      const timer = setTimeout(() => setIdle(true), 0);
      return () => clearTimeout(timer);
    }
    const handle = requestIdleCallback(() => setIdle(true), { timeout: 2_000 });
    return () => cancelIdleCallback(handle);
  }, []);
  return idle;
}

export function LiveMenuLazy(props: ComponentProps<typeof LiveMenu>) {
  return useBrowserIdle() ? <LiveMenu {...props} /> : null;
}

export function LiveOrderLazy(props: ComponentProps<typeof LiveOrder>) {
  return useBrowserIdle() ? <LiveOrder {...props} /> : null;
}
