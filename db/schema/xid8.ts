import { customType } from 'drizzle-orm/pg-core';

/** Postgres' 64-bit transaction id; read as a decimal string so no precision is lost. */
export const xid8 = customType<{ data: string; driverData: string }>({
  dataType: () => 'xid8',
});
