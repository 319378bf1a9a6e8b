import { and, eq, ne, sql } from 'drizzle-orm';
import type { PgUpdateSetSource } from 'drizzle-orm/pg-core';
import type { Db } from '../../platform/db/db.ts';
import { referees } from './references.tables.ts';

type RefereeRow = typeof referees.$inferSelect;

/** How many of the check's referees answered. */
export async function countAnsweredReferees(db: Db, companyId: string, checkId: string): Promise<number> {
  const [{ answered }] = await db
    .select({ answered: sql<number>`count(*)::int` })
    .from(referees)
    .where(and(eq(referees.companyId, companyId), eq(referees.checkId, checkId), eq(referees.status, 'answered')));
  return answered;
}

/** The ids of every referee ever named on the check (removed ones too). */
export async function refereeIdsOfCheck(db: Db, companyId: string, checkId: string) {
  return db
    .select({ id: referees.id })
    .from(referees)
    .where(and(eq(referees.companyId, companyId), eq(referees.checkId, checkId)));
}

/** The check's referee locked for a change, or null when not one of its current ones. */
export async function lockRefereeRow(
  db: Db,
  companyId: string,
  checkId: string,
  refereeId: string,
): Promise<RefereeRow | null> {
  const [referee] = await db
    .select()
    .from(referees)
    .where(
      and(
        eq(referees.companyId, companyId),
        eq(referees.checkId, checkId),
        eq(referees.id, refereeId),
        ne(referees.status, 'removed'),
      ),
    )
    .for('update');
  return referee ?? null;
}

/** Changes columns of one of the company's referees. */
export async function updateReferee(
  db: Db,
  companyId: string,
  refereeId: string,
  values: PgUpdateSetSource<typeof referees>,
) {
  await db
    .update(referees)
    .set(values)
    .where(and(eq(referees.companyId, companyId), eq(referees.id, refereeId)));
}

/** Names referees on one of the company's checks; returns their ids in the order given. */
export async function insertReferees(
  db: Db,
  companyId: string,
  checkId: string,
  rows: Omit<typeof referees.$inferInsert, 'companyId' | 'checkId'>[],
) {
  return db
    .insert(referees)
    .values(rows.map((row) => ({ ...row, companyId, checkId })))
    .returning({ id: referees.id });
}
