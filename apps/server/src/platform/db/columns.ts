import { getTableName, type SQL, sql } from 'drizzle-orm';
import { type AnyPgColumn, check, customType, foreignKey, timestamp, unique, uuid } from 'drizzle-orm/pg-core';

/** Column shapes every module's tables share. Millisecond timestamps so keyset cursors compare exactly. */
export const idColumn = () => uuid('id').primaryKey().defaultRandom();
export const createdAtColumn = () =>
  timestamp('created_at', { withTimezone: true, precision: 3 }).notNull().defaultNow();
export const updatedAtColumn = () =>
  timestamp('updated_at', { withTimezone: true, precision: 3 }).notNull().defaultNow();
export const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });
/** Binary content kept in the database (CVs), so backups and erasure include it with the rows. */
export const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (value) => (Buffer.isBuffer(value) ? value : Buffer.from(value)),
});

/** The values as SQL literals. They come from the contracts' constant arrays, never from input. */
function literals(values: readonly string[]): SQL {
  return sql.raw(values.map((v) => `'${v.replaceAll("'", "''")}'`).join(', '));
}

/**
 * A `CHECK` that the column holds one of the contract's values (null passes, as `NOT NULL` decides
 * that). Paired with `text(name, { enum: VALUES })`, one array narrows the TypeScript type and makes
 * the database refuse anything else. A `CHECK` rather than a PostgreSQL enum: adding a value is a
 * constraint swap in one migration, not an `ALTER TYPE` that cannot run inside a transaction.
 */
export function oneOf(name: string, column: AnyPgColumn, values: readonly string[]) {
  return check(name, sql`${column} in (${literals(values)})`);
}

/** The same for an array column: every element is one of the values. */
export function allOf(name: string, column: AnyPgColumn, values: readonly string[]) {
  return check(name, sql`${column} <@ array[${literals(values)}]::text[]`);
}

type CompanyOwned = { companyId: AnyPgColumn; id: AnyPgColumn };

/** The unique `(company_id, id)` a company-owned table carries so that others can reference it with `sameCompany`. */
export function companyKey(t: CompanyOwned) {
  return unique(`${getTableName(t.id.table)}_company_key`).on(t.companyId, t.id);
}

/**
 * A foreign key from one company-owned row to another that includes `company_id`, so the database
 * itself refuses a row pointing at another company's (a referee on another company's check), as a
 * second wall behind the repositories' scoping. `set null` empties only the reference: the row keeps
 * its company (PostgreSQL 15's column list, which drizzle has no word for, so it is spelled out).
 */
export function sameCompany(
  companyId: AnyPgColumn,
  column: AnyPgColumn,
  parent: CompanyOwned,
  onDelete: 'cascade' | 'set null' | 'no action' = 'no action',
) {
  const name = `${getTableName(column.table)}_${column.name}_company_fk`;
  const action = onDelete === 'set null' ? `set null ("${column.name}")` : onDelete;
  return foreignKey({
    name,
    columns: [companyId, column],
    foreignColumns: [parent.companyId, parent.id],
    // biome-ignore lint/suspicious/noExplicitAny: the column list is valid SQL outside drizzle's union.
  }).onDelete(action as any);
}
