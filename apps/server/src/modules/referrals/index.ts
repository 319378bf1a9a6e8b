/** Referrals: requests, the board, marks, introductions, bonus tiers. The only surface other modules import. */

export { onTheBoard } from './board-filters.ts';
export { runBonusEligibility } from './bonus-eligibility.ts';
export { listBonusTiers } from './bonus-tiers.repo.ts';
export { anonymiseIdleReferrals, anonymiseReferralsOf } from './erasure.repo.ts';
export { referrerShown, sharedReferralConditions } from './network-referral-filters.ts';
export { referralNoticeFacts, referralNoticeNames } from './notice-facts.repo.ts';
export { candidateReferralData, referrerReferralData } from './person-data.repo.ts';
export { moveReferralStatus } from './referral-status.ts';
export * from './referrals.tables.ts';
export { registerReferrals } from './register.ts';
export { runIntroductionSlaReminders } from './sla-reminders.ts';
export { runStaleReferralReminders } from './stale-reminders.ts';
export { referOnBehalf } from './use-cases/intake-entry.ts';
export { markContactIn } from './use-cases/mark-contact.ts';
