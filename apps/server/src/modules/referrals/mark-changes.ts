import type { TNetworkMark } from '@vouch/contracts';
import type { Db } from '../../platform/db/db.ts';
import { AppError, unknownId } from '../../platform/errors.ts';
import { searchVectorOf } from '../network/index.ts';
import {
  departmentWithoutItsJob,
  findOpenJob,
  keepOrStartIntroductionClock,
  type LockedReferral,
  type ReferralChanges,
  type Referrer,
  updateReferral,
} from './marks.repo.ts';

/** What marking sets, and any part of it a later change sets again. */
export type MarkChanges = {
  mark?: TNetworkMark;
  loveToWorkAgain?: boolean;
  note?: string | null;
  jobId?: string | null;
  skills?: string[];
};

/** The open job a mark is passed on for, with the department whose recruiters then see it. */
export async function openJobForMark(tx: Db, companyId: string, jobId: string) {
  const job = await findOpenJob(tx, companyId, jobId);
  if (!job) throw unknownId('jobId', 'referral.choose_open_job');
  return job;
}

type Person = Pick<LockedReferral, 'firstName' | 'lastName' | 'position' | 'company'>;

/** The search vector of a passed-on person; rewritten whenever their skills change. */
export const referralSearchVector = (person: Person, skills: string[]) =>
  searchVectorOf({
    name: `${person.firstName} ${person.lastName}`,
    title: person.position,
    company: person.company,
    skills,
  });

/**
 * Applies a change of mark to the employee's own referral. Only a status change is a timeline
 * event, so none is written here; `updated_at` still moves. The mark itself may not change once a
 * recruiter has acted on the referral: they chose how to reach the person from it.
 */
export async function applyMarkChanges(tx: Db, who: Referrer, current: LockedReferral, changes: MarkChanges) {
  if (current.status === 'withdrawn') throw new AppError('referral.withdrawn');
  const markChanges = changes.mark !== undefined && changes.mark !== current.source;
  if (markChanges && current.actedAt) throw new AppError('referral.recruiter_acting');

  const set: ReferralChanges = {};
  if (markChanges) {
    set.source = changes.mark;
    // The service-level clock runs for introductions only; it starts when something becomes one.
    set.dueAt = changes.mark === 'email_introduction' ? keepOrStartIntroductionClock(who.companyId) : null;
  }
  if (changes.loveToWorkAgain !== undefined) set.loveToWorkAgain = changes.loveToWorkAgain;
  if (changes.note !== undefined) set.referrerNote = changes.note;
  if (changes.skills !== undefined) {
    set.skills = changes.skills;
    set.searchVector = referralSearchVector(current, changes.skills);
  }
  if (changes.jobId === null) {
    set.jobId = null;
    set.departmentId = departmentWithoutItsJob;
  } else if (changes.jobId !== undefined && changes.jobId !== current.jobId) {
    const job = await openJobForMark(tx, who.companyId, changes.jobId);
    set.jobId = job.id;
    set.departmentId = job.departmentId;
  }
  await updateReferral(tx, who.companyId, current.id, set);
}
