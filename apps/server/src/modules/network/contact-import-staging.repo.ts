import type { TRejectedRow } from '@vouch/contracts';
import { and, asc, eq, lte, ne, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/db.ts';
import { type ImportScope, textArray } from './contact-import.repo.ts';
import type { Contact } from './import/index.ts';
import type { ImportFormat } from './import/types.ts';
import { contactImportRows, contactImports } from './network.tables.ts';

/**
 * An import between upload and done: its rows wait in `contact_import_rows` and its progress is on
 * its `contact_imports` row. Every statement here is short; none holds a transaction open for long.
 */

const theImport = (scope: ImportScope) =>
  and(
    eq(contactImports.companyId, scope.companyId),
    eq(contactImports.ownerMembershipId, scope.ownerId),
    eq(contactImports.id, scope.importId),
  );
const itsRows = (scope: ImportScope) =>
  and(eq(contactImportRows.companyId, scope.companyId), eq(contactImportRows.importId, scope.importId));

/** One INSERT … SELECT FROM unnest(…) per batch; `firstSeq` numbers the batch's first row. */
export async function stageRows(db: Db, scope: ImportScope, firstSeq: number, rows: readonly Contact[]) {
  if (!rows.length) return;
  const column = (pick: (c: Contact) => string | null) => sql`${textArray(rows.map(pick))}::text[]`;
  await db.execute(sql`
    insert into ${contactImportRows} (company_id, import_id, seq, first_name, last_name, email, linkedin_url,
      company, position, phone, connected_on)
    select ${scope.companyId}::uuid, ${scope.importId}::uuid, ${firstSeq}::int + r.n - 1, r.first_name, r.last_name,
      r.email, r.linkedin_url, r.company, r.position, r.phone, r.connected_on
    from unnest(${column((c) => c.firstName)}, ${column((c) => c.lastName)}, ${column((c) => c.email)},
      ${column((c) => c.linkedinUrl)}, ${column((c) => c.company)}, ${column((c) => c.position)},
      ${column((c) => c.phone ?? null)}, ${column((c) => c.connectedOn)})
      with ordinality as r(first_name, last_name, email, linkedin_url, company, position, phone, connected_on, n)`);
}

export type ReadingProgress = {
  bytesRead: number;
  rowsRead: number;
  rowsStaged: number;
  excluded: number;
  rejected: number;
};

export async function recordReading(db: Db, scope: ImportScope, progress: ReadingProgress) {
  await db
    .update(contactImports)
    .set({ ...progress, updatedAt: new Date() })
    .where(theImport(scope));
}

/** The whole file is staged and valid: from here on the import only merges. */
export async function finishReading(
  db: Db,
  scope: ImportScope,
  result: ReadingProgress & { format: ImportFormat; rejectedRows: TRejectedRow[] },
) {
  await db
    .update(contactImports)
    .set({ ...result, status: 'merging', updatedAt: new Date() })
    .where(theImport(scope));
}

/** The import and, through the foreign key, its staged rows: a file refused halfway leaves nothing. */
export async function discardImport(db: Db, scope: ImportScope) {
  await db.delete(contactImports).where(theImport(scope));
}

/** The next staged rows in file order; the caller holds the owner's lock. */
export async function nextStagedRows(tx: Db, scope: ImportScope, limit: number) {
  return tx
    .select({
      seq: contactImportRows.seq,
      firstName: contactImportRows.firstName,
      lastName: contactImportRows.lastName,
      email: contactImportRows.email,
      linkedinUrl: contactImportRows.linkedinUrl,
      company: contactImportRows.company,
      position: contactImportRows.position,
      phone: contactImportRows.phone,
      connectedOn: contactImportRows.connectedOn,
    })
    .from(contactImportRows)
    .where(itsRows(scope))
    .orderBy(asc(contactImportRows.seq))
    .limit(limit);
}

/**
 * Deletes the merged rows and adds their counts, in the transaction that merged them: a chunk is
 * merged and gone, or neither, so merging again after an interruption never counts a row twice.
 */
export async function recordMerged(
  tx: Db,
  scope: ImportScope,
  throughSeq: number,
  counts: { added: number; updated: number; unchanged: number },
) {
  const deleted = await tx
    .delete(contactImportRows)
    .where(and(itsRows(scope), lte(contactImportRows.seq, throughSeq)))
    .returning({ seq: contactImportRows.seq });
  await tx
    .update(contactImports)
    .set({
      added: sql`${contactImports.added} + ${counts.added}`,
      updated: sql`${contactImports.updated} + ${counts.updated}`,
      unchanged: sql`${contactImports.unchanged} + ${counts.unchanged}`,
      rowsWritten: sql`${contactImports.rowsWritten} + ${deleted.length}`,
      updatedAt: new Date(),
    })
    .where(theImport(scope));
}

export async function finishMerging(tx: Db, scope: ImportScope) {
  await tx.update(contactImports).set({ status: 'done', updatedAt: new Date() }).where(theImport(scope));
}

export type UnfinishedImport = ImportScope & { status: string; format: string };

/**
 * Every company's unfinished imports that have not moved since `staleBefore`: what a process that
 * stopped mid-import left. Only the start-up recovery calls this; it acts on each within its company.
 */
export async function findUnfinishedImports(db: Db, staleBefore: Date): Promise<UnfinishedImport[]> {
  return db
    .select({
      companyId: contactImports.companyId,
      ownerId: contactImports.ownerMembershipId,
      importId: contactImports.id,
      status: contactImports.status,
      format: contactImports.format,
    })
    .from(contactImports)
    .where(and(ne(contactImports.status, 'done'), lte(contactImports.updatedAt, staleBefore)));
}
