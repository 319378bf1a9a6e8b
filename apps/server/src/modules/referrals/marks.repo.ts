import {
  NETWORK_MARKS,
  REFERRAL_STATUSES,
  type TBonusState,
  type TDomainEventOf,
  type TMyReferral,
  type TNetworkMark,
  type TReferralOutcome,
  type TReferralOwnership,
  type TReferralSource,
  type TReferralStatus,
} from '@vouch/contracts';
import { and, desc, eq, inArray, isNull, or, type SQL, sql } from 'drizzle-orm';
import type { PgInsertValue } from 'drizzle-orm/pg-core';
import type { Db } from '../../platform/db/db.ts';
import { decodeCursor, pageOf } from '../../platform/http/cursor.ts';
import { jobs } from '../hiring/index.ts';
import { contacts, contactsBeingDeleted, excludedContactPredicate } from '../network/index.ts';
import { companies } from '../tenancy/index.ts';
import { notExcludedReferral } from './introductions.repo.ts';
import { outcomeOf } from './referral-status.ts';
import { referralBonuses, referrals } from './referrals.tables.ts';

/** The member who referred: "My referrals" only ever reads their own rows. */
export type Referrer = { companyId: string; membershipId: string };

const ownReferrals = (r: Referrer) =>
  and(eq(referrals.companyId, r.companyId), eq(referrals.referrerMembershipId, r.membershipId));

const myReferralColumns = (companyId: string) => ({
  id: referrals.id,
  contactId: referrals.contactId,
  source: referrals.source,
  firstName: referrals.firstName,
  lastName: referrals.lastName,
  company: referrals.company,
  position: referrals.position,
  loveToWorkAgain: referrals.loveToWorkAgain,
  note: referrals.referrerNote,
  skills: referrals.skills,
  jobId: jobs.id,
  jobTitle: jobs.title,
  status: referrals.status,
  // The same rule that hides the referral from recruiters, so the employee is told why it is gone.
  excluded: sql<boolean>`not ${notExcludedReferral(companyId)}`,
  ownership: referrals.ownership,
  bonusState: referralBonuses.state,
  statusChangedAt: referrals.statusChangedAt,
  createdAt: referrals.createdAt,
});

type MyReferralRow = {
  id: string;
  contactId: string | null;
  source: TReferralSource;
  firstName: string;
  lastName: string;
  company: string | null;
  position: string | null;
  loveToWorkAgain: boolean;
  note: string | null;
  skills: string[];
  jobId: string | null;
  jobTitle: string | null;
  status: TReferralStatus;
  excluded: boolean;
  ownership: TReferralOwnership | null;
  bonusState: TBonusState | null;
  statusChangedAt: Date;
  createdAt: Date;
};

function myReferralOf({ jobId, jobTitle, ...r }: MyReferralRow): TMyReferral {
  const status = r.status;
  return {
    ...r,
    status: isNetworkMark(r.source) ? status : null,
    // A paid bonus is the end of the story whatever step the candidate is at now.
    outcome: r.bonusState === 'paid' ? 'hired' : outcomeOf(status),
    excluded: Boolean(r.excluded),
    selfApplied: false,
    job: jobId && jobTitle ? { id: jobId, title: jobTitle } : null,
    statusChangedAt: r.statusChangedAt.toISOString(),
    createdAt: r.createdAt.toISOString(),
  };
}

/** The statuses an employee is told a given outcome for, so the filter is an index-friendly IN. */
const statusesOf = (outcome: TReferralOutcome) => REFERRAL_STATUSES.filter((s) => outcomeOf(s) === outcome);

/** The outcome filter as the list shows it: a paid bonus reads as hired whatever the status. */
const outcomeIs = (outcome: TReferralOutcome) =>
  outcome === 'hired'
    ? or(inArray(referrals.status, statusesOf(outcome)), eq(referralBonuses.state, 'paid'))
    : and(inArray(referrals.status, statusesOf(outcome)), sql`${referralBonuses.state} is distinct from 'paid'`);

export type MyReferralFilter = { outcome?: TReferralOutcome; cursor?: string; limit: number };

const INTAKE_SOURCES = ['employee_referral', 'agent_submission', 'submission', 'share_link'] as const;

/**
 * Seed 001's display rules for "My referrals": a referral made after the member's link to that
 * candidate was retired (their bonus was paid) is hidden, the paid one itself stays; and a
 * candidate-level referral is not listed again beside the job referral it came with (unless it
 * carries the bonus).
 */
const shownToReferrer = (r: Referrer) => sql`not exists (select 1 from ${referrals} old
    where old.company_id = ${r.companyId} and old.referrer_membership_id = ${r.membershipId}
      and old.candidate_id = ${referrals.candidateId}
      and old.link_retired_at is not null and old.link_retired_at < ${referrals.createdAt})
  and not (${referrals.jobId} is null and ${referralBonuses.id} is null
    and ${inArray(referrals.source, [...INTAKE_SOURCES])}
    and exists (select 1 from ${referrals} sib where sib.company_id = ${r.companyId}
      and sib.referrer_membership_id = ${r.membershipId} and sib.candidate_id = ${referrals.candidateId}
      and sib.job_id is not null and sib.source in ${sql.raw(`('${INTAKE_SOURCES.join("', '")}')`)}))`;

/** Every referral the member owns (marks, requests, referrals and submissions), newest first, by keyset. */
export async function listOwnReferrals(db: Db, referrer: Referrer, filter: MyReferralFilter) {
  const after = decodeCursor(filter.cursor, ['timestamp', 'uuid']);
  const rows = await db
    .select(myReferralColumns(referrer.companyId))
    .from(referrals)
    .leftJoin(jobs, eq(jobs.id, referrals.jobId))
    .leftJoin(referralBonuses, eq(referralBonuses.referralId, referrals.id))
    .where(
      and(
        ownReferrals(referrer),
        shownToReferrer(referrer),
        filter.outcome ? outcomeIs(filter.outcome) : undefined,
        after
          ? sql`(${referrals.createdAt}, ${referrals.id}) < (${after[0]}::timestamptz, ${after[1]}::uuid)`
          : undefined,
      ),
    )
    .orderBy(desc(referrals.createdAt), desc(referrals.id))
    .limit(filter.limit + 1);
  return pageOf(rows.map(myReferralOf), filter.limit, (r) => [r.createdAt, r.id]);
}

export async function loadOwnReferral(db: Db, referrer: Referrer, referralId: string) {
  const [row] = await db
    .select(myReferralColumns(referrer.companyId))
    .from(referrals)
    .leftJoin(jobs, eq(jobs.id, referrals.jobId))
    .leftJoin(referralBonuses, eq(referralBonuses.referralId, referrals.id))
    .where(and(ownReferrals(referrer), eq(referrals.id, referralId)));
  return row ? myReferralOf(row) : null;
}

/** The referral's fields a change of mark works from, locked for the rest of the transaction. */
export async function lockOwnReferral(tx: Db, referrer: Referrer, by: { id: string } | { contactId: string }) {
  const [row] = await tx
    .select({
      id: referrals.id,
      source: referrals.source,
      status: referrals.status,
      jobId: referrals.jobId,
      actedAt: referrals.actedAt,
      contactId: referrals.contactId,
      firstName: referrals.firstName,
      lastName: referrals.lastName,
      company: referrals.company,
      position: referrals.position,
    })
    .from(referrals)
    .where(and(ownReferrals(referrer), 'id' in by ? eq(referrals.id, by.id) : eq(referrals.contactId, by.contactId)))
    .for('update');
  return row ?? null;
}
export type LockedReferral = NonNullable<Awaited<ReturnType<typeof lockOwnReferral>>>;

export const isNetworkMark = (source: string): source is TNetworkMark =>
  (NETWORK_MARKS as readonly string[]).includes(source);

/** An open job of the company with its department, or null: marks are only passed on for live roles. */
export async function findOpenJob(db: Db, companyId: string, jobId: string) {
  const [row] = await db
    .select({ id: jobs.id, departmentId: jobs.departmentId })
    .from(jobs)
    .where(and(eq(jobs.companyId, companyId), eq(jobs.id, jobId), eq(jobs.status, 'open')));
  return row ?? null;
}

/** When an email introduction is due: the company's service level from now, computed in the database. */
export const introductionDueAt = (companyId: string) =>
  sql`(select now() + make_interval(hours => c.introduction_sla_hours) from ${companies} c where c.id = ${companyId})`;

/** A deadline already running stays; otherwise one starts now (something became an introduction). */
export const keepOrStartIntroductionClock = (companyId: string) =>
  sql`coalesce(${referrals.dueAt}, ${introductionDueAt(companyId)})`;

/** The department that came with the job being removed goes with it; one a recruiter chose stays. */
export const departmentWithoutItsJob = sql`case when ${referrals.departmentId} is not distinct from
  (select j.department_id from ${jobs} j where j.id = ${referrals.jobId}) then null else ${referrals.departmentId} end`;

/** The member's own contact, unless an exclusion hides it, locked so two marks of it serialise. */
export async function lockMarkableContact(tx: Db, referrer: Referrer, contactId: string) {
  const [contact] = await tx
    .select()
    .from(contacts)
    .where(
      and(
        eq(contacts.companyId, referrer.companyId),
        eq(contacts.ownerMembershipId, referrer.membershipId),
        eq(contacts.id, contactId),
        excludedContactPredicate(referrer.companyId, {
          emailKey: contacts.emailKey,
          linkedinKey: contacts.linkedinKey,
          companyKey: contacts.companyKey,
        }),
      ),
    )
    .for('update');
  return contact ?? null;
}

export async function insertReferral(tx: Db, values: PgInsertValue<typeof referrals>) {
  const [row] = await tx.insert(referrals).values(values).returning({ id: referrals.id });
  return row.id;
}

type ReferralValues = typeof referrals.$inferInsert;
/** Columns to write, each a value or an SQL expression over the row. */
export type ReferralChanges = { [K in keyof ReferralValues]?: ReferralValues[K] | SQL };

export async function updateReferral(tx: Db, companyId: string, referralId: string, set: ReferralChanges) {
  await tx
    .update(referrals)
    .set({ ...set, updatedAt: sql`now()` })
    .where(and(eq(referrals.companyId, companyId), eq(referrals.id, referralId)));
}

export async function deleteReferral(tx: Db, companyId: string, referralId: string) {
  await tx.delete(referrals).where(and(eq(referrals.companyId, companyId), eq(referrals.id, referralId)));
}

/** Keeps a contact out of the triage queue (a withdrawn mark), or lets it back (a new mark). */
export async function setContactSkipped(tx: Db, companyId: string, contactId: string, skipped: boolean) {
  await tx
    .update(contacts)
    .set({ skippedAt: skipped ? sql`now()` : null })
    .where(and(eq(contacts.companyId, companyId), eq(contacts.id, contactId)));
}

/**
 * Marks no recruiter has acted on go with their contacts: deleting one's network takes back what
 * nobody used yet. The others keep their copied person; the foreign key then clears `contact_id`.
 */
export async function deleteUntouchedMarksOf(tx: Db, deleting: TDomainEventOf<'contacts.deleting'>) {
  await tx
    .delete(referrals)
    .where(
      and(
        eq(referrals.companyId, deleting.companyId),
        eq(referrals.status, 'passed_on'),
        isNull(referrals.actedAt),
        inArray(
          referrals.contactId,
          tx.select({ id: contacts.id }).from(contacts).where(contactsBeingDeleted(deleting)),
        ),
      ),
    );
}
