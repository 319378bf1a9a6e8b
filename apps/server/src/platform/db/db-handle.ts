import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';

/** The handle every repository takes, whichever driver opened it (kept apart so the migration helpers can name it without importing the opener). */
// biome-ignore lint/suspicious/noExplicitAny: both drivers' result types differ; repositories never see them.
export type Db = PgDatabase<PgQueryResultHKT & any>;
