import type { PaymentStatus } from '@/db/schema';

export type ProviderName = 'mercadopago' | 'dev';
export type PaymentMethod = 'pix' | 'card';

/** What the storefront and the order page show of a payment; the same shape for every provider. */
export type PaymentView = {
  id: string;
  provider: ProviderName;
  method: PaymentMethod;
  status: string;
  amountCents: number;
  pix?: { qrCode: string; qrImageDataUrl: string; expiresAt: string };
  /** Card: the checkout to go to. PIX: a page that shows the PIX (the dev provider's pay page). */
  redirectUrl?: string;
};

export type PaymentRequest = {
  /** Same key, same payment: a retried checkout never charges twice. */
  idempotencyKey: string;
  orderId: string;
  orderCode: string;
  amountCents: number;
  payerEmail: string | null;
  description: string;
  notificationUrl: string;
  /** Where the customer comes back to (the order link). */
  returnUrl: string;
  /** The order's hold: after it the slices may be someone else's. */
  holdExpiresAt: Date;
  /** The latest the hold can ever be extended to (the tenant's maximum from the order). */
  payableUntil: Date;
};

export type CreatedPix = {
  providerPaymentId: string;
  status: PaymentStatus;
  statusDetail: string | null;
  qrCode: string;
  qrImageDataUrl: string;
  expiresAt: Date;
  /** A page that shows this PIX (Mercado Pago's `ticket_url`; the dev provider's own page). */
  pageUrl: string | null;
};

export type CreatedCheckout = {
  /** Known at once for the dev provider; with Checkout Pro only when the customer pays. */
  providerPaymentId: string | null;
  providerRef: string | null;
  redirectUrl: string;
  expiresAt: Date;
};

/** A payment as the provider reports it now: the only thing a state change may rest on. */
export type ProviderPayment = {
  id: string;
  status: PaymentStatus;
  statusDetail: string | null;
  externalReference: string | null;
  amountCents: number;
};

export interface PaymentProvider {
  readonly name: ProviderName;
  createPix(request: PaymentRequest): Promise<CreatedPix>;
  createCheckout(request: PaymentRequest): Promise<CreatedCheckout>;
  getPayment(providerPaymentId: string): Promise<ProviderPayment>;
  /** Full refund; the same key never refunds twice. */
  refund(providerPaymentId: string, idempotencyKey: string): Promise<void>;
  /** Cancels a payment nobody paid yet (a PIX whose hold ended). */
  cancel(providerPaymentId: string, idempotencyKey: string): Promise<void>;
}
