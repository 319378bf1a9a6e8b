import { sql } from 'drizzle-orm';
import type { Db } from '../../src/platform/db/db.ts';
import { rowsOf } from '../../src/platform/db/ids.ts';

type Column = { table_name: string; column_name: string; data_type: string };

/**
 * Every column of every table that can hold text (text, varchar, json, jsonb, arrays, tsvector,
 * bytea read as text), read from the database's own catalogue: a table added later is searched
 * without anyone listing it.
 */
export async function searchableColumns(db: Db) {
  return rowsOf<Column>(
    await db.execute(sql`
      select c.table_name, c.column_name, c.data_type
      from information_schema.columns c
      join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
      where c.table_schema = current_schema() and t.table_type = 'BASE TABLE'
        and c.data_type in ('text', 'character varying', 'character', 'json', 'jsonb', 'ARRAY', 'tsvector', 'bytea', 'USER-DEFINED')
      order by c.table_name, c.column_name`),
  );
}

/** `table.column` of each column where any needle appears (case-insensitively), with how many rows. */
export async function findPerson(db: Db, needles: string[]) {
  const patterns = needles.map((n) => `%${n.toLowerCase()}%`);
  const hits: string[] = [];
  for (const c of await searchableColumns(db)) {
    const col = sql.identifier(c.column_name);
    const text = c.data_type === 'bytea' ? sql`encode(${col}, 'escape')` : sql`${col}::text`;
    const [row] = rowsOf<{ n: number | string }>(
      await db.execute(
        sql`select count(*) as n from ${sql.identifier(c.table_name)} where lower(${text}) like any(${sql`array[${sql.join(
          patterns.map((p) => sql`${p}`),
          sql`, `,
        )}]::text[]`})`,
      ),
    );
    if (Number(row.n) > 0) hits.push(`${c.table_name}.${c.column_name} (${row.n})`);
  }
  return hits;
}
