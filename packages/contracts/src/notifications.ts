import { z } from 'zod';
import { ZId } from './common.ts';
import { ZBonusState, ZNotificationMode } from './referrals.ts';

/**
 * What a member is told in the app and by email: a referral of theirs moved on (`referral_stage`),
 * was given to them or taken from them by an admin (`referral_owner_in` / `referral_owner_out`), its
 * bonus changed state (`referral_bonus`), or, for recruiters, the colleague they asked answered
 * (`request_answered`), or, for the recruiter who started a reference check, that the check needs
 * attention (`check_attention`: a referee declined, bounced or never answered, or the candidate's
 * reminders ran out).
 */
export const NOTIFICATION_KINDS = [
  'referral_stage',
  'referral_owner_in',
  'referral_owner_out',
  'referral_bonus',
  'request_answered',
  'check_attention',
  /** For admins: a candidate or referee asked to be erased (Company settings → Privacy lists it). */
  'erasure_requested',
] as const;
export const ZNotificationKind = z.enum(NOTIFICATION_KINDS);
export type TNotificationKind = z.infer<typeof ZNotificationKind>;

/**
 * A referral's status as its referrer is told it: never the recruiter's internal code, a note or a
 * reason for a rejection ("closed" says only that it ended without a hire).
 */
export const REFERRER_STAGES = [
  'received',
  'introduction_requested',
  'in_touch',
  'applied',
  'interviewing',
  'offer',
  'hired',
  'closed',
] as const;
export const ZReferrerStage = z.enum(REFERRER_STAGES);
export type TReferrerStage = z.infer<typeof ZReferrerStage>;

/** The colleague's answer a recruiter is told of. */
export const REQUEST_ANSWERS = ['will_reach_out', 'not_well_enough', 'introduced', 'declined'] as const;
export const ZRequestAnswer = z.enum(REQUEST_ANSWERS);
export type TRequestAnswer = z.infer<typeof ZRequestAnswer>;

/** Why a reference check needs the recruiter's (or the candidate's) attention. */
export const CHECK_ATTENTION_REASONS = [
  'referee_declined',
  'referee_bounced',
  'referee_silent',
  'candidate_silent',
  'candidate_unreachable',
] as const;
export const ZCheckAttentionReason = z.enum(CHECK_ATTENTION_REASONS);
export type TCheckAttentionReason = z.infer<typeof ZCheckAttentionReason>;

export const ZNotification = z.object({
  id: ZId,
  kind: ZNotificationKind,
  referralId: ZId.nullable(),
  /** The referred person's name, as of now (null when the referral is gone). */
  personName: z.string().nullable(),
  jobTitle: z.string().nullable(),
  stage: ZReferrerStage.nullable(),
  bonusState: ZBonusState.nullable(),
  answer: ZRequestAnswer.nullable(),
  /** The colleague who answered (request_answered only). */
  colleagueName: z.string().nullable(),
  /** The reference check it is about (check_attention only); personName is then its candidate's. */
  checkId: ZId.nullable(),
  /** The check's candidate, whose References tab shows the check. */
  candidateId: ZId.nullable(),
  attention: ZCheckAttentionReason.nullable(),
  readAt: z.string().nullable(),
  createdAt: z.string(),
});
export type TNotification = z.infer<typeof ZNotification>;

export const ZNotificationList = z.object({
  items: z.array(ZNotification),
  unread: z.number(),
  nextCursor: z.string().nullable(),
});
export type TNotificationList = z.infer<typeof ZNotificationList>;

export const ZNotificationListQuery = z.object({
  cursor: z.string().max(500).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});

export const ZUnreadCount = z.object({ unread: z.number() });
export const ZMarkAllReadResponse = z.object({ marked: z.number() });

export const ZNotificationSettings = z.object({ mode: ZNotificationMode });
export type TNotificationSettings = z.infer<typeof ZNotificationSettings>;
