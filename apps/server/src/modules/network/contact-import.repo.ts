import { and, eq, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/db.ts';
import { AppError } from '../../platform/errors.ts';
import { isUniqueViolation } from '../tenancy/index.ts';
import type { ContactValues, StoredContact } from './contact-merge.ts';
import type { ImportFormat } from './import/types.ts';
import { contactImports, contacts } from './network.tables.ts';
import { normalizeSearchText, searchVectorOfNormalized } from './search/index.ts';

/** Who an import writes for; every statement below is scoped to both. */
export type ImportScope = { companyId: string; ownerId: string; importId: string };

const ownedBy = (scope: ImportScope) =>
  and(eq(contacts.companyId, scope.companyId), eq(contacts.ownerMembershipId, scope.ownerId));

/**
 * Two imports of one employee at once would both see a person as new and collide on the unique
 * keys; a lock per owner, released at commit, makes the second wait instead.
 */
export async function lockOwnerContacts(tx: Db, ownerId: string) {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`contacts:${ownerId}`}))`);
}

/**
 * The import's row, at `reading`. An employee has one unfinished import at a time (a partial unique
 * index); a second upload meanwhile is a 409 rather than a race between two merges.
 */
export async function insertImport(
  db: Db,
  scope: ImportScope,
  file: { fileName: string; format: ImportFormat; bytesTotal: number | null },
) {
  try {
    await db.insert(contactImports).values({
      id: scope.importId,
      companyId: scope.companyId,
      ownerMembershipId: scope.ownerId,
      ...file,
      status: 'reading',
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new AppError('contact_import.already_running');
    }
    throw error;
  }
}

export async function ownerHasContacts(tx: Db, scope: ImportScope) {
  const [row] = await tx.select({ id: contacts.id }).from(contacts).where(ownedBy(scope)).limit(1);
  return !!row;
}

const storedColumns = {
  id: contacts.id,
  firstName: contacts.firstName,
  lastName: contacts.lastName,
  email: contacts.email,
  emailKey: contacts.emailKey,
  linkedinUrl: contacts.linkedinUrl,
  linkedinKey: contacts.linkedinKey,
  company: contacts.company,
  companyKey: contacts.companyKey,
  position: contacts.position,
  phone: contacts.phone,
  connectedOn: contacts.connectedOn,
};

/**
 * The owner's contacts that share a LinkedIn or email key with the batch: all a merge compares with.
 * One branch per key, each an equality the unique (company, owner, key) index answers; an OR of the
 * two let the planner walk all the owner's contacts instead, once per batch, while a fresh import's
 * statistics still said the table was empty.
 */
export async function findOwnContactsByKeys(
  tx: Db,
  scope: ImportScope,
  keys: { linkedin: string[]; email: string[] },
): Promise<StoredContact[]> {
  const branch = (column: SQL, values: string[]) =>
    tx
      .select(storedColumns)
      .from(contacts)
      .where(and(ownedBy(scope), sql`${column} = any(${textArray(values)}::text[])`));
  const linkedin = keys.linkedin.length ? branch(sql`${contacts.linkedinKey}`, keys.linkedin) : null;
  const email = keys.email.length ? branch(sql`${contacts.emailKey}`, keys.email) : null;
  if (linkedin && email) return linkedin.union(email);
  return (await (linkedin ?? email)) ?? [];
}

/** A PostgreSQL array literal, bound as one parameter; quoting every element keeps any text intact. */
export function textArray(values: readonly (string | null)[]): string {
  const element = (v: string | null) => (v === null ? 'NULL' : `"${v.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`);
  return `{${values.map(element).join(',')}}`;
}

const COLUMNS = [
  'first_name',
  'last_name',
  'email',
  'email_key',
  'linkedin_url',
  'linkedin_key',
  'company',
  'company_key',
  'position',
  'phone',
] as const;
const FIELD_OF = {
  first_name: 'firstName',
  last_name: 'lastName',
  email: 'email',
  email_key: 'emailKey',
  linkedin_url: 'linkedinUrl',
  linkedin_key: 'linkedinKey',
  company: 'company',
  company_key: 'companyKey',
  position: 'position',
  phone: 'phone',
} as const satisfies Record<(typeof COLUMNS)[number], keyof ContactValues>;

/**
 * A whole batch as one row source: each column travels as one array parameter (a dozen per batch,
 * not a dozen per row), plus the search texts already normalised for the vector.
 */
function batchRows(rows: readonly (ContactValues & { id?: string })[]) {
  const arrays = COLUMNS.map((column) => sql`${textArray(rows.map((r) => r[FIELD_OF[column]]))}::text[]`);
  const search = (pick: (r: ContactValues) => string | null) =>
    sql`${textArray(rows.map((r) => normalizeSearchText(pick(r) ?? '')))}::text[]`;
  return sql`unnest(
      ${textArray(rows.map((r) => r.id ?? null))}::uuid[], ${sql.join(arrays, sql`, `)},
      ${textArray(rows.map((r) => r.connectedOn))}::date[],
      ${search((r) => `${r.firstName} ${r.lastName}`)}, ${search((r) => r.position)}, ${search((r) => r.company)}
    ) as r(id, ${sql.raw(COLUMNS.join(', '))}, connected_on, search_name, search_title, search_company)`;
}

// Contacts have no skills yet; the vector keeps their place for when they do.
const vector = searchVectorOfNormalized({
  name: sql`r.search_name`,
  title: sql`r.search_title`,
  company: sql`r.search_company`,
  skills: [],
});

/** One INSERT … SELECT per batch. */
export async function insertContacts(tx: Db, scope: ImportScope, sourceFormat: string, rows: ContactValues[]) {
  if (!rows.length) return;
  const columns = sql.raw(COLUMNS.join(', '));
  await tx.execute(sql`
    insert into ${contacts} (company_id, owner_membership_id, ${columns}, connected_on, source_format,
      last_import_id, search_vector)
    select ${scope.companyId}::uuid, ${scope.ownerId}::uuid, ${sql.raw(COLUMNS.map((c) => `r.${c}`).join(', '))},
      r.connected_on, ${sourceFormat}, ${scope.importId}::uuid, ${vector}
    from ${batchRows(rows)}`);
}

/** One UPDATE … FROM unnest(…) per batch: the new values, the new search vector, this import. */
export async function updateContacts(tx: Db, scope: ImportScope, rows: StoredContact[]) {
  if (!rows.length) return;
  const assignments = sql.raw(COLUMNS.map((c) => `${c} = r.${c}`).join(', '));
  await tx.execute(sql`
    update ${contacts} as c set ${assignments}, connected_on = r.connected_on, search_vector = ${vector},
      last_import_id = ${scope.importId}::uuid, updated_at = now()
    from ${batchRows(rows)}
    where c.id = r.id and c.company_id = ${scope.companyId} and c.owner_membership_id = ${scope.ownerId}`);
}

/** Contacts the file named unchanged now belong to this import, so deleting an older one keeps them. */
export async function moveContactsToImport(tx: Db, scope: ImportScope, ids: string[]) {
  if (!ids.length) return;
  await tx
    .update(contacts)
    .set({ lastImportId: scope.importId })
    .where(and(ownedBy(scope), sql`${contacts.id} = any(${textArray(ids)}::uuid[])`));
}
