import { customType, timestamp, uuid } from 'drizzle-orm/pg-core';

/** Column shapes every module's tables share. Millisecond timestamps so keyset cursors compare exactly. */
export const idColumn = () => uuid('id').primaryKey().defaultRandom();
export const createdAtColumn = () =>
  timestamp('created_at', { withTimezone: true, precision: 3 }).notNull().defaultNow();
export const updatedAtColumn = () =>
  timestamp('updated_at', { withTimezone: true, precision: 3 }).notNull().defaultNow();
export const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });
