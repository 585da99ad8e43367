import 'server-only';
import { createHmac } from 'node:crypto';
import { env } from '@/lib/env.js';

/** The session signing key: derived from APP_SECRET so one variable configures everything, yet order links and sessions never share a key. */
export const sessionSecret = createHmac('sha256', env.APP_SECRET ?? '')
  .update('meu-pedaco:auth-session')
  .digest('base64url');

/** Cookies carry the `__Secure-` prefix exactly when the app is served over https. */
export const secureCookies = (env.APP_URL ?? '').startsWith('https://');
