import type { TFraudSignal } from '@vouch/contracts';
import { and, asc, eq, inArray, isNull, ne, or } from 'drizzle-orm';
import type { Db } from '../../platform/db/db.ts';
import { candidates } from '../hiring/index.ts';
import { memberships, users } from '../tenancy/index.ts';
import { signalSeverity } from './fraud-rules.ts';
import { referees, referenceChecks, referenceFraudSignals } from './references.tables.ts';

/** What the fraud rules compare a check's referees with: the candidate's contact keys, IP and device. */
export async function findFraudCheck(db: Db, companyId: string, checkId: string) {
  const [check] = await db
    .select({
      companyId: referenceChecks.companyId,
      candidateId: referenceChecks.candidateId,
      candidateIp: referenceChecks.candidateIp,
      candidateDevice: referenceChecks.candidateDevice,
      candidateEmail: candidates.emailKey,
      candidatePhone: candidates.phoneKey,
    })
    .from(referenceChecks)
    .innerJoin(candidates, eq(candidates.id, referenceChecks.candidateId))
    .where(and(eq(referenceChecks.companyId, companyId), eq(referenceChecks.id, checkId)));
  return check ?? null;
}

/** Every referee ever named on the check (removed ones too), oldest first. */
export async function refereesOfCheck(db: Db, companyId: string, checkId: string) {
  return db
    .select()
    .from(referees)
    .where(and(eq(referees.companyId, companyId), eq(referees.checkId, checkId)))
    .orderBy(referees.createdAt);
}

/**
 * Referees with one of these emails or phones on checks of the company's other candidates (never
 * looked up across companies), with the candidate and check they were given for.
 */
export async function refereesOfOtherCandidates(
  db: Db,
  companyId: string,
  candidateId: string,
  contacts: { emails: string[]; phones: string[] },
) {
  const matches = [
    ...(contacts.emails.length ? [inArray(referees.emailKey, contacts.emails)] : []),
    ...(contacts.phones.length ? [inArray(referees.phone, contacts.phones)] : []),
  ];
  return db
    .select({
      emailKey: referees.emailKey,
      phone: referees.phone,
      checkId: referenceChecks.id,
      candidateId: candidates.id,
      firstName: candidates.firstName,
      lastName: candidates.lastName,
    })
    .from(referees)
    .innerJoin(referenceChecks, eq(referenceChecks.id, referees.checkId))
    .innerJoin(candidates, eq(candidates.id, referenceChecks.candidateId))
    .where(
      and(
        eq(referees.companyId, companyId),
        eq(referenceChecks.companyId, companyId),
        ne(referenceChecks.candidateId, candidateId),
        or(...matches),
      ),
    );
}

/** Stores signals found on a check; one already there (reviewed or not) stays as it is. */
export async function insertFraudSignals(
  db: Db,
  companyId: string,
  checkId: string,
  found: Omit<typeof referenceFraudSignals.$inferInsert, 'companyId' | 'checkId'>[],
) {
  await db
    .insert(referenceFraudSignals)
    .values(found.map((f) => ({ ...f, companyId, checkId })))
    .onConflictDoNothing({
      target: [referenceFraudSignals.checkId, referenceFraudSignals.kind, referenceFraudSignals.dedupeKey],
    });
}

/** The check's fraud signals, oldest first, with the referee's and the reviewer's names. */
export async function listFraudSignals(db: Db, companyId: string, checkId: string): Promise<TFraudSignal[]> {
  const rows = await db
    .select({
      signal: referenceFraudSignals,
      refereeName: referees.name,
      reviewedByName: users.name,
    })
    .from(referenceFraudSignals)
    .leftJoin(referees, eq(referees.id, referenceFraudSignals.refereeId))
    .leftJoin(memberships, eq(memberships.id, referenceFraudSignals.reviewedById))
    .leftJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(referenceFraudSignals.companyId, companyId), eq(referenceFraudSignals.checkId, checkId)))
    .orderBy(asc(referenceFraudSignals.createdAt), asc(referenceFraudSignals.kind), asc(referenceFraudSignals.id));
  return rows.map(({ signal, refereeName, reviewedByName }) => ({
    id: signal.id,
    kind: signal.kind,
    severity: signalSeverity(signal.kind, signal.evidence),
    refereeId: signal.refereeId,
    refereeName,
    evidence: signal.evidence,
    reviewedAt: signal.reviewedAt?.toISOString() ?? null,
    reviewedByName: signal.reviewedAt ? reviewedByName : null,
    createdAt: signal.createdAt.toISOString(),
  }));
}

/** Marks one of the check's signals reviewed by a member, or not reviewed (null); false when not the company's. */
export async function setFraudSignalReview(
  db: Db,
  companyId: string,
  checkId: string,
  signalId: string,
  reviewedById: string | null,
) {
  const [row] = await db
    .update(referenceFraudSignals)
    .set(reviewedById ? { reviewedAt: new Date(), reviewedById } : { reviewedAt: null, reviewedById: null })
    .where(
      and(
        eq(referenceFraudSignals.companyId, companyId),
        eq(referenceFraudSignals.checkId, checkId),
        eq(referenceFraudSignals.id, signalId),
      ),
    )
    .returning({ id: referenceFraudSignals.id });
  return !!row;
}

/** Marks every unreviewed signal of the check reviewed by a member; returns how many it marked. */
export async function markAllFraudSignalsReviewed(db: Db, companyId: string, checkId: string, reviewedById: string) {
  const rows = await db
    .update(referenceFraudSignals)
    .set({ reviewedAt: new Date(), reviewedById })
    .where(
      and(
        eq(referenceFraudSignals.companyId, companyId),
        eq(referenceFraudSignals.checkId, checkId),
        isNull(referenceFraudSignals.reviewedAt),
      ),
    )
    .returning({ id: referenceFraudSignals.id });
  return rows.length;
}
