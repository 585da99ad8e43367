/** Most slices one order may hold: a counter, not a catering service. Its own module so the browser can import it. */
export const MAX_SLICES_PER_ORDER = 24;
