import { and, eq, lt } from 'drizzle-orm';
import type { Db } from '../../platform/db/db.ts';
import { queueWork } from '../../platform/work/work.repo.ts';
import { type PERSON_EXPORT_SUBJECTS, personExports } from './person-export.tables.ts';

type PersonExportSubject = (typeof PERSON_EXPORT_SUBJECTS)[number];
export type PersonExportRow = typeof personExports.$inferSelect;
export const PERSON_EXPORT_WORK = 'person_export';

/** A new export and its place in the background queue: pass the caller's transaction. */
export async function insertPersonExport(
  db: Db,
  companyId: string,
  input: {
    requestedById: string;
    subjectKind: PersonExportSubject;
    subjectId: string;
    tokenHash: string;
    expiresAt: Date;
  },
) {
  const [row] = await db
    .insert(personExports)
    .values({ companyId, ...input })
    .returning();
  await queueWork(db, { kind: PERSON_EXPORT_WORK, subjectId: row.id, companyId, maxAttempts: 3 });
  return row;
}

export async function findPersonExport(db: Db, companyId: string, id: string): Promise<PersonExportRow | undefined> {
  const [row] = await db
    .select()
    .from(personExports)
    .where(and(eq(personExports.companyId, companyId), eq(personExports.id, id)));
  return row;
}

export async function finishPersonExport(db: Db, companyId: string, id: string, content: Buffer | null) {
  await db
    .update(personExports)
    .set({ status: content ? 'ready' : 'failed', content, finishedAt: new Date() })
    .where(and(eq(personExports.companyId, companyId), eq(personExports.id, id)));
}

/** Exports whose links ran out: the ZIP goes with them (it is a copy of personal data). */
export async function dropExpiredPersonExports(db: Db, now: Date) {
  const dropped = await db
    .delete(personExports)
    .where(lt(personExports.expiresAt, now))
    .returning({ id: personExports.id });
  return dropped.length;
}
