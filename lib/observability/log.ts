import pino from 'pino';
import { env } from '@/lib/env.js';

/** Structured JSON logs to stdout; the platform ships them. */
export const log = pino({
  level: env.LOG_LEVEL,
  base: { service: process.env.SERVICE_NAME ?? 'web' },
  timestamp: pino.stdTimeFunctions.isoTime,
  formatters: { level: (label) => ({ level: label }) },
});
