'use client';

import dynamic from 'next/dynamic';

// Loaded after the page is interactive: socket.io-client stays out of the first load, and the
// queries are already correct from the server render (polling covers the gap).
export const LiveMenuLazy = dynamic(() => import('./live-queries').then((m) => m.LiveMenu), { ssr: false });
export const LiveOrderLazy = dynamic(() => import('./live-queries').then((m) => m.LiveOrder), { ssr: false });
