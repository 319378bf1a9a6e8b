import type { TDomainEventOf } from '@vouch/contracts';
import type { Config } from '../../../platform/config.ts';
import type { Db } from '../../../platform/db/db.ts';
import { referralNoticeFacts } from '../../referrals/index.ts';
import { answerOf, stageOf } from '../notices.ts';
import { notify } from './notify.ts';

type Options = { config: Pick<Config, 'publicUrl'> };

/**
 * A referral moved to another status. Its referrer is told when the move changes what they would
 * read (two internal statuses can be one stage to them), unless they made the move themselves. When
 * the move was the referrer answering a recruiter's request, that recruiter is told instead, in the
 * app (the answer's own email already told them by email).
 */
export async function onStatusChanged(tx: Db, event: TDomainEventOf<'referral.status_changed'>, options: Options) {
  // A referral's first status is its creation: whoever made it knows, and a request emails the colleague itself.
  if (event.previousStatus === null) return;
  const facts = await referralNoticeFacts(tx, event.companyId, event.referralId);
  if (!facts) return;
  const answer = answerOf(facts.status);
  const answeredByReferrer =
    answer !== null && facts.referrerMembershipId !== null && facts.lastMoveBy === facts.referrerMembershipId;
  if (answeredByReferrer && facts.recruiterMembershipId && facts.recruiterMembershipId !== facts.referrerMembershipId) {
    await notify(
      tx,
      event.companyId,
      {
        membershipId: facts.recruiterMembershipId,
        kind: 'request_answered',
        referralId: facts.id,
        params: { answer, colleagueMembershipId: facts.referrerMembershipId },
      },
      { ...options, emailedElsewhere: true },
    );
  }
  const referrer = facts.referrerMembershipId;
  if (!referrer || facts.lastMoveBy === referrer) return;
  const stage = stageOf(facts.status);
  if (stage === stageOf(event.previousStatus)) return;
  await notify(
    tx,
    event.companyId,
    { membershipId: referrer, kind: 'referral_stage', referralId: facts.id, params: { stage } },
    // The recruiter's request for the introduction is an email to the referrer of its own.
    { ...options, emailedElsewhere: stage === 'introduction_requested' },
  );
}

/** An admin gave the referral to another referrer: the new one is told it is theirs, the old one that it moved. */
export async function onOwnershipChanged(
  tx: Db,
  event: TDomainEventOf<'referral.ownership_changed'>,
  options: Options,
) {
  const base = { referralId: event.referralId, params: {} };
  if (event.toMembershipId !== event.actorMembershipId)
    await notify(
      tx,
      event.companyId,
      { ...base, membershipId: event.toMembershipId, kind: 'referral_owner_in' },
      options,
    );
  if (event.fromMembershipId && event.fromMembershipId !== event.actorMembershipId)
    await notify(
      tx,
      event.companyId,
      { ...base, membershipId: event.fromMembershipId, kind: 'referral_owner_out' },
      options,
    );
}

/** The referral's bonus changed state: its referrer is told the new state. */
export async function onBonusChanged(tx: Db, event: TDomainEventOf<'referral.bonus_changed'>, options: Options) {
  if (event.state === event.previousState) return;
  const facts = await referralNoticeFacts(tx, event.companyId, event.referralId);
  if (!facts?.referrerMembershipId) return;
  await notify(
    tx,
    event.companyId,
    {
      membershipId: facts.referrerMembershipId,
      kind: 'referral_bonus',
      referralId: facts.id,
      params: { bonusState: event.state },
    },
    options,
  );
}
