import type { TReferralStatus, TWebhookReferralData } from '@vouch/contracts';
import type { Db } from '../../../platform/db/db.ts';
import { countBoardMoves, hasSubscriber } from '../webhook-events.repo.ts';
import { emitWebhookEvent } from './emit-webhook-event.ts';
import { readableReferral } from './v1-referrals.ts';

/**
 * `referral.created` or `referral.status_changed`, with the referral as it is now, only for a
 * referral `GET /api/v1/referrals/{id}` can read: a mark an employee passed on becomes `created` when
 * a recruiter first moves it onto the board, and a referral set back to `passed_on` (or whose person
 * is excluded) sends nothing until it returns. Referrals are the company's: sub-account endpoints
 * never hear them. The employee who referred is never part of it (a cold prospect asked not to be
 * named, and an applicant tracking system does not need them for any other source either).
 */
export async function emitReferralEvent(
  db: Db,
  input: { companyId: string; referralId: string; previousStatus: TReferralStatus | null },
) {
  if (!(await hasSubscriber(db, input.companyId, ['referral.created', 'referral.status_changed']))) return null;
  const referral = await readableReferral(db, input.companyId, input.referralId);
  if (!referral) return null;
  // This move is already in the timeline: it is the referral's first on the board when no other is.
  const boardMoves = await countBoardMoves(db, input.companyId, input.referralId);
  const type = boardMoves <= 1 ? 'referral.created' : 'referral.status_changed';
  const data: TWebhookReferralData = {
    id: referral.id,
    source: referral.source,
    status: referral.status,
    previous_status: input.previousStatus,
    candidate_id: referral.candidateId,
    job_id: referral.jobId,
  };
  return emitWebhookEvent(db, input.companyId, type, data, { subAccountId: null });
}
