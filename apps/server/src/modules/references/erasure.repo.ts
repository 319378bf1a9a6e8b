import { and, eq, inArray, isNull, or, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/db.ts';
import type { Erased, PersonKeys } from '../../platform/person-keys.ts';
import { referees, referenceChecks, referenceFraudSignals } from './references.tables.ts';

/** Referees of the company the keys name: by id, or as the same person (email, phone). */
export async function refereesMatching(db: Db, companyId: string, keys: PersonKeys) {
  const by = [
    keys.refereeIds.length ? inArray(referees.id, keys.refereeIds) : undefined,
    keys.emails.length ? inArray(referees.emailKey, keys.emails) : undefined,
    keys.phones.length ? inArray(referees.phone, keys.phones) : undefined,
  ].filter((c) => c !== undefined);
  if (!by.length) return [];
  return db
    .select({ id: referees.id, emailKey: referees.emailKey, phone: referees.phone })
    .from(referees)
    .where(and(eq(referees.companyId, companyId), or(...by), sql`${referees.name} <> 'Anonymised'`));
}

/** Answers without their free text: ratings, yes/no and chosen options stay for statistics. */
const answersWithoutText = sql`coalesce((select jsonb_object_agg(k, v) from jsonb_each(${referees.answers}) as e(k, v)
  where jsonb_typeof(v) <> 'string'), '{}'::jsonb)`;

const emptiedReferee = (answers: SQL) => ({
  name: 'Anonymised',
  email: null,
  emailKey: null,
  phone: null,
  company: null,
  workedTogether: null,
  declineReason: null,
  answers,
  ip: null,
  device: null,
  nextReminderAt: null,
});

/**
 * Anonymises whole checks (retention, or their candidate's erasure): every referee's name, contact
 * details and free-text answers go, with the candidate's consent IP and device and the fraud
 * signals' evidence (which quotes emails and phones). Ratings, statuses and dates stay.
 */
export async function anonymiseChecks(db: Db, companyId: string, checkIds: string[], now: Date): Promise<Erased> {
  if (!checkIds.length) return {};
  const people = await db
    .update(referees)
    .set(emptiedReferee(answersWithoutText))
    .where(and(eq(referees.companyId, companyId), inArray(referees.checkId, checkIds)))
    .returning({ id: referees.id });
  await db
    .update(referenceFraudSignals)
    .set({ evidence: {} })
    .where(and(eq(referenceFraudSignals.companyId, companyId), inArray(referenceFraudSignals.checkId, checkIds)));
  const checks = await db
    .update(referenceChecks)
    .set({ candidateIp: null, candidateDevice: null, anonymizedAt: now })
    .where(and(eq(referenceChecks.companyId, companyId), inArray(referenceChecks.id, checkIds)))
    .returning({ id: referenceChecks.id });
  return { reference_checks: checks.length, referees: people.length };
}

/** The checks about these candidates not yet anonymised. */
export async function checksOfCandidates(db: Db, companyId: string, candidateIds: string[]) {
  if (!candidateIds.length) return [];
  const rows = await db
    .select({ id: referenceChecks.id })
    .from(referenceChecks)
    .where(
      and(
        eq(referenceChecks.companyId, companyId),
        inArray(referenceChecks.candidateId, candidateIds),
        isNull(referenceChecks.anonymizedAt),
      ),
    );
  return rows.map((r) => r.id);
}

/**
 * A referee erased on request, even while the check is open: their details and every answer go, the
 * report says "answer withdrawn", and no reminder is sent again.
 */
export async function eraseReferees(db: Db, companyId: string, refereeIds: string[], now: Date): Promise<Erased> {
  if (!refereeIds.length) return {};
  const people = await db
    .update(referees)
    .set({
      ...emptiedReferee(sql`'{}'::jsonb`),
      answersWithdrawnAt: sql`case when ${referees.answers} <> '{}'::jsonb or ${referees.answeredAt} is not null then ${now.toISOString()}::timestamptz end`,
    })
    .where(and(eq(referees.companyId, companyId), inArray(referees.id, refereeIds)))
    .returning({ id: referees.id });
  await db
    .update(referenceFraudSignals)
    .set({ evidence: {} })
    .where(and(eq(referenceFraudSignals.companyId, companyId), inArray(referenceFraudSignals.refereeId, refereeIds)));
  return { referees: people.length };
}
