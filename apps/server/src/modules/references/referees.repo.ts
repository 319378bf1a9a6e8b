import { and, asc, eq, inArray, ne, sql } from 'drizzle-orm';
import type { PgUpdateSetSource } from 'drizzle-orm/pg-core';
import type { Db } from '../../platform/db/db.ts';
import { candidates } from '../hiring/index.ts';
import { referees, referenceChecks } from './references.tables.ts';

export type RefereeRow = typeof referees.$inferSelect;

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
    .returning();
}

/** The check's named (not removed) and answered referees, counted. */
export async function countRefereesOfCheck(db: Db, companyId: string, checkId: string) {
  const [counts] = await db
    .select({
      named: sql<number>`count(*) filter (where ${referees.status} <> 'removed')::int`,
      answered: sql<number>`count(*) filter (where ${referees.status} = 'answered')::int`,
    })
    .from(referees)
    .where(and(eq(referees.companyId, companyId), eq(referees.checkId, checkId)));
  return counts;
}

/** No more reminders for the check's referees who have not answered. */
export async function clearRemindersOfCheck(db: Db, companyId: string, checkId: string) {
  await db
    .update(referees)
    .set({ nextReminderAt: null })
    .where(and(eq(referees.companyId, companyId), eq(referees.checkId, checkId), ne(referees.status, 'answered')));
}

/** One of the company's referees, or null. */
export async function findReferee(db: Db, companyId: string, refereeId: string): Promise<RefereeRow | null> {
  const [referee] = await db
    .select()
    .from(referees)
    .where(and(eq(referees.companyId, companyId), eq(referees.id, refereeId)));
  return referee ?? null;
}

/** What the referee rules compare with: the check's referee channel and the candidate's own contact keys. */
export async function findRefereeRulesContext(db: Db, companyId: string, checkId: string) {
  const [context] = await db
    .select({
      channel: referenceChecks.refereeChannel,
      candidateEmail: candidates.emailKey,
      candidatePhone: candidates.phoneKey,
    })
    .from(referenceChecks)
    .innerJoin(candidates, eq(candidates.id, referenceChecks.candidateId))
    .where(and(eq(referenceChecks.companyId, companyId), eq(referenceChecks.id, checkId)));
  return context;
}

/** The contact keys of the check's current referees, but for the one being replaced. */
export async function otherRefereeContacts(db: Db, companyId: string, checkId: string, replacing?: string) {
  return db
    .select({ emailKey: referees.emailKey, phone: referees.phone })
    .from(referees)
    .where(
      and(
        eq(referees.companyId, companyId),
        eq(referees.checkId, checkId),
        ne(referees.status, 'removed'),
        replacing ? ne(referees.id, replacing) : undefined,
      ),
    );
}

/** The check's referees who answered, in the order they were named. */
export async function answeredRefereesOfCheck(db: Db, companyId: string, checkId: string) {
  return db
    .select()
    .from(referees)
    .where(and(eq(referees.companyId, companyId), eq(referees.checkId, checkId), eq(referees.status, 'answered')))
    .orderBy(asc(referees.createdAt), asc(referees.id));
}

/** The referees the candidate named themselves on the check (never the recruiter's), as their page lists them. */
export async function candidateNamedReferees(db: Db, companyId: string, checkId: string) {
  return db
    .select()
    .from(referees)
    .where(
      and(
        eq(referees.companyId, companyId),
        eq(referees.checkId, checkId),
        eq(referees.addedBy, 'candidate'),
        inArray(referees.status, ['invited', 'opened', 'answered', 'declined', 'bounced']),
      ),
    )
    .orderBy(asc(referees.createdAt), asc(referees.id));
}

/** The check's referees who may still answer or did (invited, opened, answered). */
export async function countActiveReferees(db: Db, companyId: string, checkId: string): Promise<number> {
  const [{ active }] = await db
    .select({ active: sql<number>`count(*)::int` })
    .from(referees)
    .where(
      and(
        eq(referees.companyId, companyId),
        eq(referees.checkId, checkId),
        inArray(referees.status, ['invited', 'opened', 'answered']),
      ),
    );
  return active;
}
