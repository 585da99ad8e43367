export { listFlavorsOnSale, type FlavorOnSale } from './availability';
export { confirmSale, confirmSaleOfLockedOrder } from './confirm-sale';
export type { FlavorAvailability, InventoryError, Result } from './errors';
export { expireHolds } from './expire-holds';
export { extendHold } from './extend-hold';
export { openBatch } from './open-batch';
export { dropHolds, releaseLockedOrder, releaseOrder, type ReleaseReason } from './release';
export { reserveSlices, type ReservedOrder } from './reserve';
export { closeBatch, wasteStaleBatches } from './waste';
