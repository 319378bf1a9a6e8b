import type { TPlacementOrigin } from './hiring.ts';
import type { TChannel } from './messaging.ts';
import type { TCheckAttentionReason } from './notifications.ts';
import type { TErasureSubject } from './privacy.ts';
import type { TBonusState, TReferralStatus } from './referrals.ts';

/**
 * Domain events: what a module tells the others about a change, inside the change's transaction.
 * In-process only (never stored or sent as they are): subscribers registered at start run in the
 * publisher's transaction, so what they write commits or rolls back with the change. Every event
 * names its company; ids, not rows, so a subscriber reads what it needs as of now.
 */
type CheckEvent<T extends string, Extra = unknown> = { type: T; companyId: string; checkId: string } & Extra;
type RefereeEvent<T extends string, Extra = unknown> = { type: T; companyId: string; refereeId: string } & Extra;

export type TDomainEvent =
  /** A job was archived (its open referrals stop); `actorMembershipId` did it. */
  | { type: 'job.archived'; companyId: string; jobId: string; actorMembershipId: string }
  /** An archived job was opened again. */
  | { type: 'job.reopened'; companyId: string; jobId: string; actorMembershipId: string }
  /**
   * A re-import showed that contacts an employee already has are now on the company's exclude list;
   * the network hides them, and what they were passed on as is the referrals module's to withdraw.
   */
  | { type: 'contacts.excluded'; companyId: string; ownerMembershipId: string; contactIds: string[] }
  /**
   * An employee's contacts are about to be deleted: those whose latest import is `importId`, or all
   * of them (null). Passed-on people nobody acted on go with them (the referrals module's rows).
   */
  | { type: 'contacts.deleting'; companyId: string; ownerMembershipId: string; importId: string | null }
  /** A referral was created on the board or moved to another status (`previousStatus` null: its first). */
  | { type: 'referral.status_changed'; companyId: string; referralId: string; previousStatus: TReferralStatus | null }
  /** A referral row was created (any source); `referral.status_changed` follows for its first status. */
  | { type: 'referral.created'; companyId: string; referralId: string }
  /** An admin moved a referral to another referrer (`reason` recorded in its timeline). */
  | {
      type: 'referral.ownership_changed';
      companyId: string;
      referralId: string;
      fromMembershipId: string | null;
      toMembershipId: string;
      actorMembershipId: string;
    }
  /** A referral's bonus changed state (`previousState` null: the bonus was just created at the hire). */
  | {
      type: 'referral.bonus_changed';
      companyId: string;
      referralId: string;
      bonusId: string;
      state: TBonusState;
      previousState: TBonusState | null;
    }
  /**
   * A candidate was created (by a recruiter, through the API, or from a referral): employees' marks
   * on the same person (the duplicate keys) are linked to them, so they show on the candidate's
   * Referrals tab.
   */
  | { type: 'candidate.created'; companyId: string; candidateId: string }
  /**
   * A recruiter changed a candidate's email (`email`) or phone (`phone`) on their profile: what was
   * reported undeliverable at the old address may reach the new one.
   */
  | { type: 'candidate.contact_changed'; companyId: string; candidateId: string; email: boolean; phone: boolean }
  /**
   * A candidate was put on a job: by a recruiter, by applying (careers page or an employee's share
   * link, `shareLinkId`), by a referral, or by a match from another job (`matchedFromJobId`).
   */
  | {
      type: 'placement.created';
      companyId: string;
      placementId: string;
      candidateId: string;
      jobId: string;
      origin: TPlacementOrigin;
      shareLinkId?: string;
      matchedFromJobId?: string;
    }
  /** A candidate moved to another step of a job (`stepKind` of the step entered). */
  | {
      type: 'placement.moved';
      companyId: string;
      placementId: string;
      candidateId: string;
      jobId: string;
      stepKind: string;
      actorMembershipId: string | null;
    }
  | CheckEvent<'reference_check.created'>
  | CheckEvent<'reference_check.completed'>
  | CheckEvent<'reference_check.cancelled'>
  | CheckEvent<'reference_check.expired'>
  | RefereeEvent<'reference_check.referee_named', { addedBy: 'candidate' | 'recruiter' | 'api' }>
  | RefereeEvent<'reference_check.referee_answered'>
  | RefereeEvent<'reference_check.referee_declined'>
  | RefereeEvent<'reference_check.referee_bounced', { channel: TChannel }>
  | RefereeEvent<'reference_check.referee_expired'>
  /** An admin erased a person on request; the receipt says what went (for the audit log). */
  | {
      type: 'privacy.person_erased';
      companyId: string;
      receiptId: string;
      subjectKind: TErasureSubject;
      /** Null when a person's own request fell due and the background job erased them. */
      actorMembershipId: string | null;
    }
  /** A candidate or referee asked, through their own link, to be erased (admins are told). */
  | {
      type: 'privacy.erasure_requested';
      companyId: string;
      requestId: string;
      subjectKind: 'candidate' | 'referee';
      dueAt: string;
    }
  /** A candidate or referee withdrew their consent through their own link (for the audit log). */
  | {
      type: 'privacy.consent_withdrawn';
      companyId: string;
      subjectKind: 'candidate' | 'referee';
      subjectId: string;
    }
  /** An admin recorded a legal reason to keep the data of a person who asked to be erased. */
  | {
      type: 'privacy.erasure_kept';
      companyId: string;
      requestId: string;
      actorMembershipId: string;
    }
  /** An admin kept a candidate past the retention period, with a reason (for the audit log). */
  | {
      type: 'privacy.retention_extended';
      companyId: string;
      candidateId: string;
      extensionId: string;
      actorMembershipId: string;
    }
  /**
   * A check cannot finish on its own: a referee declined, bounced or never answered after the last
   * reminder (the candidate was asked for a replacement), or the candidate's own reminders ran out.
   */
  | CheckEvent<'reference_check.needs_attention', { refereeId: string | null; reason: TCheckAttentionReason }>
  /**
   * A message reported sent could not be delivered after all: a bounce email (DSN) or the SMS
   * provider's delivery report came back. Whatever the message was about may react.
   */
  | { type: 'message.undeliverable'; companyId: string; messageId: string; channel: TChannel; recipient?: string };

export type TDomainEventType = TDomainEvent['type'];
/** The event of one type, e.g. `TDomainEventOf<'job.archived'>`. */
export type TDomainEventOf<T extends TDomainEventType> = Extract<TDomainEvent, { type: T }>;
