import { MercadoPagoConfig, MercadoPagoError, Payment, PaymentRefund, Preference } from 'mercadopago';
import { PAYMENT_STATUSES, type PaymentStatus } from '@/db/schema';
import { env } from '@/lib/env.js';
import { metrics } from '@/lib/observability/metrics';
import type { MercadoPagoCredentials } from '../credentials';
import { ProviderError } from '../errors';
import type { CreatedCheckout, CreatedPix, PaymentProvider, PaymentRequest, ProviderPayment } from '../types';
import { pixExpiry, toMercadoPagoDate } from './dates';

/**
 * A config per call: mercadopago 3.6.1 merges each call's requestOptions into the shared config,
 * so one call's idempotency key would leak into the next. An explicit timeout and few retries:
 * the SDK's 60 s × 4 attempts outlasts any request.
 */
function config(accessToken: string, idempotencyKey?: string) {
  return new MercadoPagoConfig({
    accessToken,
    options: {
      timeout: env.MERCADOPAGO_TIMEOUT_MS,
      maxRetries: env.MERCADOPAGO_MAX_RETRIES,
      initialDelay: 300,
      ...(idempotencyKey ? { idempotencyKey } : {}),
    },
  });
}

async function call<T>(what: string, run: () => Promise<T>): Promise<T> {
  // `what` is one of this file's literals ('PIX create' → pix_create): a bounded label.
  const operation = what.toLowerCase().replaceAll(' ', '_');
  const stop = metrics.mercadoPagoSeconds.startTimer({ operation });
  try {
    const result = await run();
    stop({ result: 'ok' });
    return result;
  } catch (err) {
    stop({ result: 'error' });
    metrics.mercadoPagoErrors.inc({ operation });
    if (err instanceof MercadoPagoError) {
      const status = err.status > 0 ? err.status : null;
      throw new ProviderError(
        `Mercado Pago ${what} failed: ${status ?? 'no answer'} ${err.error || err.message}`,
        status,
        err.causes,
      );
    }
    throw new ProviderError(`Mercado Pago ${what} failed: ${(err as Error).message}`, null);
  }
}

const reais = (cents: number) => Number((cents / 100).toFixed(2));
const cents = (amount: unknown) => Math.round(Number(amount) * 100);
const knownStatus = (s: unknown): PaymentStatus =>
  PAYMENT_STATUSES.includes(s as PaymentStatus) ? (s as PaymentStatus) : 'in_process';

export function mercadoPagoProvider(credentials: MercadoPagoCredentials): PaymentProvider {
  const { accessToken } = credentials;
  return {
    name: 'mercadopago',

    async createPix(request: PaymentRequest): Promise<CreatedPix> {
      const expiresAt = pixExpiry(request.holdExpiresAt);
      const created = await call('PIX create', () =>
        new Payment(config(accessToken, request.idempotencyKey)).create({
          body: {
            transaction_amount: reais(request.amountCents),
            payment_method_id: 'pix',
            description: request.description,
            external_reference: request.orderId,
            notification_url: request.notificationUrl,
            date_of_expiration: toMercadoPagoDate(expiresAt),
            payer: { email: request.payerEmail ?? '' },
          },
        }),
      );
      const data = created.point_of_interaction?.transaction_data;
      if (!created.id || !data?.qr_code || !data.qr_code_base64) {
        throw new ProviderError('Mercado Pago PIX create answered without a QR code', 502, created);
      }
      return {
        providerPaymentId: String(created.id),
        status: knownStatus(created.status),
        statusDetail: created.status_detail ?? null,
        qrCode: data.qr_code,
        qrImageDataUrl: `data:image/png;base64,${data.qr_code_base64}`,
        expiresAt: created.date_of_expiration ? new Date(created.date_of_expiration) : expiresAt,
        pageUrl: data.ticket_url ?? null,
      };
    },

    async createCheckout(request: PaymentRequest): Promise<CreatedCheckout> {
      const now = new Date();
      const created = await call('preference create', () =>
        new Preference(config(accessToken, request.idempotencyKey)).create({
          body: {
            items: [
              {
                id: request.orderId,
                title: request.description,
                quantity: 1,
                unit_price: reais(request.amountCents),
                currency_id: 'BRL',
              },
            ],
            ...(request.payerEmail ? { payer: { email: request.payerEmail } } : {}),
            back_urls: { success: request.returnUrl, pending: request.returnUrl, failure: request.returnUrl },
            auto_return: 'approved',
            external_reference: request.orderId,
            notification_url: request.notificationUrl,
            // The card is charged at once, so the checkout lives as long as the hold can.
            expires: true,
            expiration_date_from: toMercadoPagoDate(now),
            expiration_date_to: toMercadoPagoDate(request.payableUntil),
          },
        }),
      );
      const redirectUrl = accessToken.startsWith('TEST-')
        ? (created.sandbox_init_point ?? created.init_point)
        : created.init_point;
      if (!created.id || !redirectUrl)
        throw new ProviderError('Mercado Pago preference create answered without init_point', 502, created);
      return { providerPaymentId: null, providerRef: created.id, redirectUrl, expiresAt: request.payableUntil };
    },

    async getPayment(providerPaymentId: string): Promise<ProviderPayment> {
      const p = await call('payment get', () => new Payment(config(accessToken)).get({ id: providerPaymentId }));
      return {
        id: String(p.id),
        status: knownStatus(p.status),
        statusDetail: p.status_detail ?? null,
        externalReference: p.external_reference ?? null,
        amountCents: cents(p.transaction_amount),
      };
    },

    async refund(providerPaymentId: string, idempotencyKey: string) {
      await call('refund', () =>
        new PaymentRefund(config(accessToken, idempotencyKey)).create({ payment_id: providerPaymentId }),
      );
    },

    async cancel(providerPaymentId: string, idempotencyKey: string) {
      await call('cancel', () => new Payment(config(accessToken, idempotencyKey)).cancel({ id: providerPaymentId }));
    },
  };
}
