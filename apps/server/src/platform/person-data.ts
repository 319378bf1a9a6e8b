/**
 * What a module holds about one person: its rows, by table name, as the database has them. Each
 * module answers for its own tables (from its index), so an export (and later erasure) asks every
 * module and a new table is added where it is defined.
 */
export type PersonRows = Record<string, Record<string, unknown>[]>;

/** A file kept about a person, to go beside the rows (a CV). */
export type PersonFile = { name: string; content: Buffer };
