import { env } from '@/lib/env.js';

/** Where a pizzeria's customers and kitchen go: the owner shares and prints these. */
export const storefrontPath = (slug: string) => `/${slug}`;
export const kitchenPath = (slug: string) => `/${slug}/kds`;
export const storefrontUrl = (slug: string) => `${env.APP_URL.replace(/\/$/, '')}${storefrontPath(slug)}`;
