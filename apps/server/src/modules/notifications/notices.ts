import type {
  TBonusState,
  TCheckAttentionReason,
  TNotification,
  TNotificationKind,
  TReferralStatus,
  TReferrerStage,
  TRequestAnswer,
} from '@vouch/contracts';
import type { NotificationParams } from './notifications.repo.ts';

/**
 * A referral's status in its referrer's words (contracts' REFERRER_STAGES). Every way a referral
 * ends without a hire is "closed": whether the candidate declined or the recruiter rejected them
 * is the recruiter's to tell, not the app's.
 */
export function stageOf(status: TReferralStatus): TReferrerStage {
  switch (status) {
    case 'passed_on':
    case 'refer_request_sent':
      return 'received';
    case 'introduction_requested':
      return 'introduction_requested';
    case 'introduced':
    case 'recruiter_contacted':
    case 'referrer_contacted':
    case 'candidate_interested':
      return 'in_touch';
    case 'applied':
      return 'applied';
    case 'interviewing':
      return 'interviewing';
    case 'offer':
      return 'offer';
    case 'hired':
      return 'hired';
    case 'introduction_declined':
    case 'referrer_declined':
    case 'candidate_not_interested':
    case 'not_hired':
    case 'withdrawn':
      return 'closed';
  }
}

/** The colleague's answer that moved a referral to this status, when an answer does that. */
export function answerOf(status: TReferralStatus): TRequestAnswer | null {
  switch (status) {
    case 'referrer_contacted':
      return 'will_reach_out';
    case 'referrer_declined':
      return 'not_well_enough';
    case 'introduced':
      return 'introduced';
    case 'introduction_declined':
      return 'declined';
    default:
      return null;
  }
}

/** Where a notification leads: recruiters to the referral on the board, referrers to My referrals. */
export const MY_REFERRALS_PATH = '/network?tab=referrals';
export const linkOf = (kind: TNotificationKind, referralId: string | null, candidateId?: string | null) =>
  kind === 'erasure_requested'
    ? '/privacy'
    : kind === 'check_attention' && candidateId
      ? `/candidates/${candidateId}?tab=references`
      : kind === 'request_answered' && referralId
        ? `/referrals?open=${referralId}`
        : MY_REFERRALS_PATH;

/** The reference check a notification is about (check_attention keeps its id in params). */
export const checkIdOf = (params: NotificationParams) => (typeof params.checkId === 'string' ? params.checkId : null);

const text = (value: string | number | null | undefined) => (typeof value === 'string' ? value : null);

type Row = {
  id: string;
  kind: string;
  referralId: string | null;
  params: NotificationParams;
  readAt: Date | null;
  createdAt: Date;
};

/** A stored notification as it leaves the API (and as an email tells it), with names as of now. */
export function noticeOf(
  row: Row,
  names: Map<string, { personName: string; jobTitle: string | null }>,
  colleagues: Map<string, string>,
  checks: Map<string, { personName: string; jobTitle: string | null; candidateId: string }> = new Map(),
): TNotification {
  const checkId = checkIdOf(row.params);
  const check = checkId ? checks.get(checkId) : undefined;
  const about = row.referralId ? names.get(row.referralId) : check;
  const colleagueId = text(row.params.colleagueMembershipId);
  return {
    id: row.id,
    kind: row.kind as TNotificationKind,
    referralId: row.referralId,
    personName: about?.personName ?? null,
    jobTitle: about?.jobTitle ?? null,
    stage: text(row.params.stage) as TReferrerStage | null,
    bonusState: text(row.params.bonusState) as TBonusState | null,
    answer: text(row.params.answer) as TRequestAnswer | null,
    colleagueName: colleagueId ? (colleagues.get(colleagueId) ?? null) : null,
    checkId,
    candidateId: check?.candidateId ?? null,
    attention: text(row.params.attention) as TCheckAttentionReason | null,
    readAt: row.readAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}
