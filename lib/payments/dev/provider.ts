import { randomBytes } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import QRCode from 'qrcode';
import { db } from '@/db/client';
import { devProviderPayments } from '@/db/schema';
import { env } from '@/lib/env.js';
import { ProviderError } from '../errors';
import { devPaymentPath } from '../links';
import type { CreatedCheckout, CreatedPix, PaymentMethod, PaymentProvider, PaymentRequest } from '../types';

type Tenant = { id: string; slug: string };

/**
 * Stands in for Mercado Pago when a pizzeria has none: its "payments" live in
 * dev_provider_payments, the dev payment page approves or declines them, and the notification
 * goes through the same webhook path as Mercado Pago's.
 */
export function devProvider(tenant: Tenant): PaymentProvider {
  async function open(request: PaymentRequest, method: PaymentMethod) {
    await db
      .insert(devProviderPayments)
      .values({
        id: `dev_${randomBytes(12).toString('hex')}`,
        tenantId: tenant.id,
        idempotencyKey: request.idempotencyKey,
        externalReference: request.orderId,
        method,
        amountCents: request.amountCents,
      })
      .onConflictDoNothing();
    const [row] = await db
      .select()
      .from(devProviderPayments)
      .where(
        and(
          eq(devProviderPayments.tenantId, tenant.id),
          eq(devProviderPayments.idempotencyKey, request.idempotencyKey),
        ),
      );
    return row!;
  }

  return {
    name: 'dev',

    async createPix(request): Promise<CreatedPix> {
      const row = await open(request, 'pix');
      // Scanning the code opens the dev payment page: the same screens as a real PIX.
      const qrCode = `${env.APP_URL.replace(/\/$/, '')}${devPaymentPath(tenant.slug, row.id)}`;
      return {
        providerPaymentId: row.id,
        status: row.status,
        statusDetail: null,
        qrCode,
        qrImageDataUrl: await QRCode.toDataURL(qrCode, { margin: 1, width: 256 }),
        expiresAt: request.holdExpiresAt,
        pageUrl: devPaymentPath(tenant.slug, row.id),
      };
    },

    async createCheckout(request): Promise<CreatedCheckout> {
      const row = await open(request, 'card');
      return {
        providerPaymentId: row.id,
        providerRef: null,
        redirectUrl: devPaymentPath(tenant.slug, row.id),
        expiresAt: request.holdExpiresAt,
      };
    },

    async getPayment(id) {
      const row = await find(tenant.id, id);
      if (!row) throw new ProviderError(`dev payment ${id} not found`, 404);
      return {
        id: row.id,
        status: row.status,
        statusDetail: null,
        externalReference: row.externalReference,
        amountCents: row.amountCents,
      };
    },

    async refund(id) {
      const [row] = await db
        .update(devProviderPayments)
        .set({ status: 'refunded', updatedAt: sql`now()` })
        .where(
          and(
            eq(devProviderPayments.tenantId, tenant.id),
            eq(devProviderPayments.id, id),
            sql`${devProviderPayments.status} IN ('approved', 'refunded')`,
          ),
        )
        .returning();
      if (!row) throw new ProviderError(`dev payment ${id} is not approved: nothing to refund`, 400);
    },

    async cancel(id) {
      await db
        .update(devProviderPayments)
        .set({ status: 'cancelled', updatedAt: sql`now()` })
        .where(
          and(
            eq(devProviderPayments.tenantId, tenant.id),
            eq(devProviderPayments.id, id),
            eq(devProviderPayments.status, 'pending'),
          ),
        );
    },
  };
}

async function find(tenantId: string, id: string) {
  const [row] = await db
    .select()
    .from(devProviderPayments)
    .where(and(eq(devProviderPayments.tenantId, tenantId), eq(devProviderPayments.id, id)));
  return row ?? null;
}
