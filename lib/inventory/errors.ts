import { type Result as DomainResult, fail } from '@/lib/result';

export { fail };

/** What a caller can be told went wrong; `message` is shown to people as is (pt-BR). */
export type InventoryError =
  | { code: 'invalid_input'; message: string; issues: { path: string; message: string }[] }
  | { code: 'tenant_not_found'; message: string }
  | { code: 'shop_closed'; message: string }
  | { code: 'unknown_product'; message: string; productIds: string[] }
  | { code: 'product_inactive'; message: string; productIds: string[] }
  | { code: 'sold_out'; message: string; availability: FlavorAvailability[] }
  | { code: 'idempotency_conflict'; message: string }
  | { code: 'order_not_found'; message: string }
  | { code: 'batch_not_found'; message: string }
  | { code: 'order_closed'; message: string; status: string }
  | { code: 'hold_expired'; message: string }
  | { code: 'hold_already_extended'; message: string }
  | { code: 'hold_at_limit'; message: string }
  | { code: 'stock_lost'; message: string; missing: { productId: string; quantity: number }[] };

export type FlavorAvailability = { productId: string; name: string; requested: number; available: number };

export type Result<T extends object> = DomainResult<T, InventoryError>;

export const errors = {
  tenantNotFound: () => fail({ code: 'tenant_not_found', message: 'Pizzaria não encontrada.' }),
  shopClosed: () => fail({ code: 'shop_closed', message: 'A pizzaria está fechada agora.' }),
  orderNotFound: () => fail({ code: 'order_not_found', message: 'Pedido não encontrado.' }),
};
