import { z } from 'zod';
import { ZMoneyAmount } from './bonus-tiers.ts';
import { ZCommaList, ZId, ZIsoDate, ZName, ZPage, ZPageQuery } from './common.ts';
import { BONUS_STATES, ZBonusState } from './referrals.ts';

/**
 * A referral's bonus on its way to payout, as admins see it on the payouts page: the tier's rule as
 * copied at the hire, the referrer, the candidate and the job, and each step's date.
 */
export const ZReferralBonus = z.object({
  id: ZId,
  referralId: ZId,
  state: ZBonusState,
  value: z.string(),
  amount: z.number().nullable(),
  currency: z.string().nullable(),
  referrer: z.object({ id: ZId, name: z.string(), email: z.string() }).nullable(),
  candidateName: z.string(),
  job: z.object({ id: ZId, title: z.string() }).nullable(),
  hiredAt: z.string(),
  startDate: z.string(),
  waitingDays: z.number().int(),
  eligibleOn: z.string(),
  eligibleAt: z.string().nullable(),
  approvedAt: z.string().nullable(),
  paidOn: z.string().nullable(),
  paidAmount: z.number().nullable(),
  payrollReference: z.string().nullable(),
  forfeitedAt: z.string().nullable(),
  forfeitReason: z.string().nullable(),
});
export type TReferralBonus = z.infer<typeof ZReferralBonus>;

/** States as a comma-separated list (`eligible,approved`); none: every state. */
const ZBonusStateList = ZCommaList(BONUS_STATES, 200);

export const ZReferralBonusQuery = ZPageQuery.extend({ state: ZBonusStateList });
export type TReferralBonusQuery = z.input<typeof ZReferralBonusQuery>;
export const ZReferralBonusExportQuery = z.object({ state: ZBonusStateList });

export const ZReferralBonusPage = ZPage(ZReferralBonus);
export type TReferralBonusPage = z.infer<typeof ZReferralBonusPage>;

/** The payroll reference is an identifier: letters, digits and a few separators, never markup. */
export const ZPayrollReference = z
  .string()
  .trim()
  .min(1, 'Required')
  .max(100, 'At most 100 characters')
  .regex(/^[\p{L}\p{N} ._\-/#:]+$/u, 'Letters, digits, spaces and . _ - / # : only');

export const ZMarkBonusPaidRequest = z.object({
  paidOn: ZIsoDate,
  amount: ZMoneyAmount,
  payrollReference: ZPayrollReference,
});
export type TMarkBonusPaidRequest = z.input<typeof ZMarkBonusPaidRequest>;

export const ZForfeitBonusRequest = z.object({ reason: ZName(1000) });
export type TForfeitBonusRequest = z.input<typeof ZForfeitBonusRequest>;

/** While the bonus is pending: the hire's start date (its eligible day follows). */
export const ZSetBonusStartDateRequest = z.object({ startDate: ZIsoDate });
export type TSetBonusStartDateRequest = z.input<typeof ZSetBonusStartDateRequest>;
