import { Counter, Gauge, Histogram } from 'prom-client';
import { metricGroup } from './registry';

/**
 * The domain's metrics, each recorded at its one write point (lib/orders/transitions.ts,
 * lib/inventory, lib/payments). Labels stay bounded: a tenant id (one per pizzeria), a status, an
 * outcome from a closed list — never an order id, a path or a message.
 */
export const metrics = metricGroup('domain', (registers) => ({
  ordersCreated: new Counter({
    name: 'orders_created_total',
    help: 'Orders written by a successful reservation',
    labelNames: ['tenant'] as const,
    registers,
  }),
  orderTransitions: new Counter({
    name: 'order_transitions_total',
    help: 'Order status changes, by pizzeria and move',
    labelNames: ['tenant', 'from', 'to'] as const,
    registers,
  }),
  reservations: new Counter({
    name: 'inventory_reservations_total',
    help: 'Reservation attempts by outcome',
    labelNames: ['outcome'] as const,
    registers,
  }),
  reserveSeconds: new Histogram({
    name: 'inventory_reserve_duration_seconds',
    help: 'Time to reserve slices for one order',
    buckets: [0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1],
    registers,
  }),
  lostSales: new Counter({
    name: 'inventory_lost_sales_total',
    help: 'Checkouts refused because a flavor had too few slices',
    labelNames: ['tenant'] as const,
    registers,
  }),
  lostSlices: new Counter({
    name: 'inventory_lost_slices_total',
    help: 'Slices asked for beyond what was left, in refused checkouts',
    labelNames: ['tenant'] as const,
    registers,
  }),
  holdExpiries: new Counter({
    name: 'inventory_hold_expiries_total',
    help: 'Pending orders whose hold ran out (released by the worker)',
    labelNames: ['tenant'] as const,
    registers,
  }),
  holdExtensions: new Counter({
    name: 'inventory_hold_extensions_total',
    help: 'Holds given more time by the customer',
    labelNames: ['tenant'] as const,
    registers,
  }),
  redisFallbacks: new Counter({
    name: 'inventory_redis_fallback_total',
    help: 'Reservations served by Postgres alone because the hold store was unreachable',
    registers,
  }),
  redisFallbackActive: new Gauge({
    name: 'inventory_redis_fallback_active',
    help: '1 while the hold store is skipped after failing (reservations go through Postgres alone)',
    registers,
  }),
  payments: new Counter({
    name: 'payments_total',
    help: 'Payment results as the provider reports them (error: the provider could not be reached)',
    labelNames: ['provider', 'method', 'outcome'] as const,
    registers,
  }),
  refunds: new Counter({
    name: 'payment_refunds_total',
    help: 'Money given back, by why',
    labelNames: ['provider', 'reason'] as const,
    registers,
  }),
  webhookSeconds: new Histogram({
    name: 'payment_webhook_duration_seconds',
    help: 'Handling of one payment notification, by HTTP status answered',
    labelNames: ['status'] as const,
    buckets: [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers,
  }),
  mercadoPagoSeconds: new Histogram({
    name: 'mercadopago_request_duration_seconds',
    help: 'Calls to the Mercado Pago API, by operation and result',
    labelNames: ['operation', 'result'] as const,
    buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers,
  }),
  mercadoPagoErrors: new Counter({
    name: 'mercadopago_request_errors_total',
    help: 'Failed calls to the Mercado Pago API, by operation',
    labelNames: ['operation'] as const,
    registers,
  }),
  rateLimitRejections: new Counter({
    name: 'rate_limit_rejections_total',
    help: 'Requests refused by a rate limit, by limiter',
    labelNames: ['limiter'] as const,
    registers,
  }),
}));
