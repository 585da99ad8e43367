import pino from 'pino';
import { env } from '@/lib/env.js';
import { currentRequest } from './request-context';

/** The request (or job run) a log line belongs to, from the request context. */
export function requestFields(): Record<string, string> {
  const context = currentRequest();
  return context ? { requestId: context.requestId, ...(context.tenant ? { tenant: context.tenant } : {}) } : {};
}

/** Structured JSON logs to stdout; the platform ships them. */
export const log = pino({
  level: env.LOG_LEVEL,
  base: { service: process.env.SERVICE_NAME ?? 'web' },
  timestamp: pino.stdTimeFunctions.isoTime,
  // Every line written while serving a request (or running a job) names it.
  mixin: requestFields,
  formatters: { level: (label) => ({ level: label }) },
});
