import { type SQL, sql } from 'drizzle-orm';

/**
 * "first last|company" folded exactly as hiring/normalize.ts folds a candidate's `name_company_key`
 * (NFKC, lower case, runs of spaces as one, trimmed), so a contact matches a candidate by name and
 * employer with one equality. Constants are inlined rather than bound: an index on this expression
 * is only used when the query's expression is the same tree.
 */
export function contactNameCompanyKey(alias?: string): SQL {
  const column = (name: string) => sql.raw(alias ? `${alias}.${name}` : name);
  return sql`(btrim(regexp_replace(lower(normalize(${column('first_name')} || ' ' || ${column('last_name')}, NFKC)), ${sql.raw(`'\\s+'`)}, ' ', 'g')) || '|' || ${column('company_key')})`;
}
