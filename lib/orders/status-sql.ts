import { type SQL, sql } from 'drizzle-orm';
import { type OrderStatus, PAID_STATUSES } from './status';

/** A status list as SQL text, `('PAID', …)`: constants, so the query text (and its plan) stays the same. */
const statusList = (statuses: readonly OrderStatus[]): SQL => sql.raw(`(${statuses.map((s) => `'${s}'`).join(', ')})`);

/** `status IN ${PAID_STATUSES_SQL}`: orders that count as sales, whatever the kitchen has done since. */
export const PAID_STATUSES_SQL = statusList(PAID_STATUSES);
