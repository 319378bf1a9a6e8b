import { type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';

/**
 * A timestamp as JSON text written by PostgreSQL spells it: JavaScript's `toISOString()` form, as every
 * timestamp the API answers (milliseconds and `Z`; the columns keep milliseconds, so nothing is cut).
 */
export const isoTimestampText = (at: SQL | AnyPgColumn) =>
  sql<string>`to_char(${at} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
