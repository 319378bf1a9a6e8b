import { and, eq, exists, inArray, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/db.ts';
import { preparedInsert } from '../../platform/db/prepared.ts';
import { candidates } from '../hiring/index.ts';
import { type CheckScope, referenceChecks } from '../references/index.ts';

/** Candidates as `/api/v1` writes and reads them. */

/**
 * A candidate's row as `/api/v1` inserts it: the search vector is computed in the statement from
 * `searchText`, so the insert can be a named statement (one per set of columns given).
 */
type NewCandidateRow = Omit<typeof candidates.$inferInsert, 'searchVector'> & { searchText: string };

const candidateValues = ({ searchText, ...columns }: NewCandidateRow) => ({
  ...columns,
  searchVector: sql`to_tsvector('simple', ${searchText})`,
});

const insertRow = preparedInsert('insert_candidate', (db, row: NewCandidateRow, name) =>
  db.insert(candidates).values(candidateValues(row)).returning({ id: candidates.id }).prepare(name),
);

const insertUnlessTaken = preparedInsert('insert_candidate_unless_taken', (db, row: NewCandidateRow, name) =>
  db
    .insert(candidates)
    .values(candidateValues(row))
    .onConflictDoNothing()
    .returning({ id: candidates.id, email: candidates.email, phone: candidates.phoneKey })
    .prepare(name),
);

export async function insertCandidate(db: Db, companyId: string, values: Omit<NewCandidateRow, 'companyId'>) {
  const [row] = await insertRow(db, { ...values, companyId });
  return row!;
}

/**
 * A new candidate, or null when a unique index (the email's, the ATS id's) holds another live
 * candidate by now: `on conflict do nothing` instead of a savepoint, so a race costs no round trips
 * of its own.
 */
export async function insertCandidateUnlessTaken(
  db: Db,
  companyId: string,
  values: Omit<NewCandidateRow, 'companyId'>,
) {
  const [row] = await insertUnlessTaken(db, { ...values, companyId });
  return row ?? null;
}

/**
 * One of the company's candidates (anonymised ones are gone), or null; with a sub-accounts scope,
 * only a candidate of one of those sub-accounts' checks.
 */
export async function findVisibleCandidate(db: Db, companyId: string, candidateId: string, scope: CheckScope) {
  const inScope =
    scope.kind === 'sub_accounts'
      ? exists(
          db
            .select({ id: referenceChecks.id })
            .from(referenceChecks)
            .where(
              and(
                eq(referenceChecks.companyId, companyId),
                eq(referenceChecks.candidateId, candidates.id),
                inArray(referenceChecks.subAccountId, scope.ids),
              ),
            ),
        )
      : undefined;
  const [row] = await db
    .select()
    .from(candidates)
    .where(
      and(
        eq(candidates.companyId, companyId),
        eq(candidates.id, candidateId),
        isNull(candidates.anonymizedAt),
        inScope,
      ),
    );
  return row ?? null;
}
