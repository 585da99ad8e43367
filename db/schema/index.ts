export * from './catalog';
export * from './inventory';
export * from './media';
export * from './orders';
export * from './outbox';
export * from './payments';
export * from './tenants';
export * from './users';
