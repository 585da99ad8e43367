/** Most slices one order may hold per flavor: a counter, not a catering service. Browser-safe. */
export const MAX_SLICES_PER_ORDER = 24;
/** Most flavors one order may carry. */
export const MAX_FLAVORS_PER_ORDER = 12;
