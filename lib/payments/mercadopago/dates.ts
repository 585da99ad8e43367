/** Mercado Pago refuses a PIX expiring sooner than this. */
const PIX_MIN_LIFETIME_MS = 30 * 60 * 1000;
/** Slack for clock drift and request time, so "30 minutes" is never read as 29:59. */
const MARGIN_MS = 60 * 1000;

/**
 * A PIX must live at least 30 minutes at Mercado Pago, while our hold lasts ~2. So the PIX
 * expires at the later of the hold and now + 30 min (+1 min margin); the order shows the hold,
 * a job cancels the PIX when the hold ends unpaid, and a PIX paid in between goes through the
 * approved-after-expiry path (re-take the slices or refund).
 */
export function pixExpiry(holdExpiresAt: Date, now = new Date()): Date {
  return new Date(Math.max(holdExpiresAt.getTime(), now.getTime() + PIX_MIN_LIFETIME_MS + MARGIN_MS));
}

/** ISO 8601 with the -03:00 offset Mercado Pago's examples use (Brazil has no DST since 2019). */
export function toMercadoPagoDate(date: Date): string {
  const local = new Date(date.getTime() - 3 * 60 * 60 * 1000);
  return `${local.toISOString().slice(0, 23)}-03:00`;
}
