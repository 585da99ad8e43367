import { and, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { db } from '@/db/client';
import { paymentNotifications, tenants } from '@/db/schema';
import { BodyTooLarge } from '@/lib/http/capped-body';
import { log } from '@/lib/observability/log';
import { metrics } from '@/lib/observability/metrics';
import { ProviderError } from '../errors';
import { providerFor } from '../providers';
import { settlePayment } from '../settle';
import { verifySignature } from './signature';

export type WebhookAnswer = { status: number; body: { ok: boolean; message?: string; outcome?: string } };

/** Mercado Pago's notifications are a few hundred bytes. */
const MAX_BODY_BYTES = 16 * 1024;
const id = z.union([z.string().min(1).max(64), z.number().int()]).transform(String);
const bodySchema = z.object({
  id: id.optional(),
  type: z.string().max(64).optional(),
  action: z.string().max(64).optional(),
  data: z.object({ id }).optional(),
});

const answer = (status: number, message: string, outcome?: string): WebhookAnswer => ({
  status,
  body: { ok: status < 300, message, ...(outcome ? { outcome } : {}) },
});

/**
 * A payment notification, Mercado Pago's or the dev provider's (same shape, same path).
 * Tenant from the URL → its secret → signature (401) → body (400) → dedupe → re-read the
 * payment from the provider → settle. Processing is inline: one provider read with a short
 * timeout and one transaction fit well inside Mercado Pago's 22 s, and need no job queue (the
 * embedded default has none). Errors answer 5xx so the provider delivers again; every step is
 * idempotent, so a redelivery is harmless.
 */
export async function receiveNotification(request: Notification): Promise<WebhookAnswer> {
  const stop = metrics.webhookSeconds.startTimer();
  try {
    const answered = await handle(request);
    stop({ status: String(answered.status) });
    return answered;
  } catch (err) {
    stop({ status: '500' });
    throw err;
  }
}

type Notification = {
  url: string;
  headers: Headers;
  /** Read only once the signature (over the URL and headers) holds; at most MAX_BODY_BYTES. */
  readBody: (limitBytes: number) => Promise<string>;
};

async function handle(request: Notification): Promise<WebhookAnswer> {
  const url = new URL(request.url);
  const tenantId = url.searchParams.get('tenant');
  if (!z.uuid().safeParse(tenantId).success) return answer(400, 'tenant missing or invalid in the notification URL');
  const [tenant] = await db
    .select({ id: tenants.id, slug: tenants.slug })
    .from(tenants)
    .where(eq(tenants.id, tenantId!));
  if (!tenant) return answer(404, 'unknown tenant');
  const chosen = await providerFor(tenant);
  if (!chosen) return answer(404, 'payments are not configured for this tenant');

  const dataId = url.searchParams.get('data.id');
  const xRequestId = request.headers.get('x-request-id');
  const signature = verifySignature({
    xSignature: request.headers.get('x-signature'),
    xRequestId,
    dataId: dataId ?? '',
    secret: chosen.webhookSecret,
  });
  if (!signature.ok) {
    log.warn({ tenantId, reason: signature.reason, xRequestId }, 'webhook signature refused');
    return answer(401, `invalid signature: ${signature.reason}`);
  }

  if (!dataId || !/^[\w-]{1,64}$/.test(dataId)) return answer(400, 'data.id missing or invalid in the query string');
  let json: unknown;
  try {
    json = JSON.parse(await request.readBody(MAX_BODY_BYTES));
  } catch (err) {
    if (err instanceof BodyTooLarge) return answer(413, 'body too large');
    return answer(400, 'body is not JSON');
  }
  const body = bodySchema.safeParse(json);
  if (!body.success) return answer(400, 'body does not look like a notification');
  const topic = body.data.type ?? url.searchParams.get('type');
  if (topic !== 'payment') return answer(200, `ignored: topic ${topic ?? 'none'}`, 'ignored');
  if (body.data.data && body.data.data.id !== dataId)
    return answer(400, 'data.id in the body differs from the signed one');

  const notificationKey = body.data.id
    ? `id:${body.data.id}`
    : `req:${body.data.action ?? ''}:${dataId}:${xRequestId ?? ''}`;
  const receipt = { tenantId: tenant.id, provider: chosen.provider.name, notificationKey };
  await db
    .insert(paymentNotifications)
    .values({ ...receipt, action: body.data.action ?? null, dataId })
    .onConflictDoNothing();
  const [seen] = await db
    .select({ processedAt: paymentNotifications.processedAt })
    .from(paymentNotifications)
    .where(
      and(
        eq(paymentNotifications.tenantId, tenant.id),
        eq(paymentNotifications.provider, receipt.provider),
        eq(paymentNotifications.notificationKey, notificationKey),
      ),
    );
  if (seen?.processedAt) return answer(200, 'duplicate', 'duplicate');

  const started = performance.now();
  let outcome: string;
  try {
    const reported = await chosen.provider.getPayment(dataId);
    outcome = await settlePayment(tenant.id, chosen.provider, reported);
  } catch (err) {
    if (err instanceof ProviderError && err.status === 404)
      return answer(200, 'ignored: payment unknown to the provider', 'ignored');
    if (err instanceof ProviderError) {
      log.warn(
        { err, tenantId, dataId },
        'payment provider failed while handling a notification; it will be delivered again',
      );
      return answer(502, 'payment provider unavailable, retry later');
    }
    throw err;
  }
  await db
    .update(paymentNotifications)
    .set({ processedAt: sql`now()` })
    .where(
      and(
        eq(paymentNotifications.tenantId, tenant.id),
        eq(paymentNotifications.provider, receipt.provider),
        eq(paymentNotifications.notificationKey, notificationKey),
      ),
    );
  log.info(
    { tenantId, dataId, action: body.data.action, outcome, ms: Math.round(performance.now() - started) },
    'payment notification processed',
  );
  return answer(200, 'processed', outcome);
}
