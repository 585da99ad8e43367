export { cartItemSchema, cartSchema } from './cart';
export { idempotencyKeySchema } from './idempotency';
export { MAX_FLAVORS_PER_ORDER, MAX_SLICES_PER_ORDER } from './limits';
export { CONTROL_CHAR_MESSAGE, emailAddress, hasControlChars, safeText } from './text';
export { isIdParam, isSlugParam } from './params';
