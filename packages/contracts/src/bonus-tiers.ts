import { z } from 'zod';
import { ZId, ZName, ZOptionalText } from './common.ts';

/** ISO 4217 currency code, e.g. SEK. */
export const ZCurrency = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{3}$/, 'Use a three-letter currency code like SEK');
/** Money as payroll pays it: not negative, whole cents. */
export const ZMoneyAmount = z
  .number()
  .min(0, 'Not negative')
  .max(9_999_999_999.99, 'Too large')
  .refine((v) => Math.abs(Math.round(v * 100) - v * 100) < 1e-6, 'At most two decimals');

/** A referral bonus level, e.g. "Engineering hire" worth "SEK 10 000"; the value is free text on purpose. */
export const ZBonusTier = z.object({
  id: ZId,
  name: z.string(),
  value: z.string(),
  description: z.string().nullable(),
  visibleToEmployees: z.boolean(),
  position: z.number(),
  /** The rule: the jobs of this department, or every job (null). */
  departmentId: ZId.nullable(),
  /** What payroll pays when the bonus is money; null when it is only the words in `value`. */
  amount: z.number().nullable(),
  currency: z.string().nullable(),
  /** Days after the hire's start date before the bonus becomes eligible. */
  waitingDays: z.number().int(),
});
export type TBonusTier = z.infer<typeof ZBonusTier>;

/** What employees see: no ordering internals, no hidden tiers. */
export const ZVisibleBonusTier = ZBonusTier.pick({ id: true, name: true, value: true, description: true });
export type TVisibleBonusTier = z.infer<typeof ZVisibleBonusTier>;

export const ZSaveBonusTierRequest = z
  .object({
    name: ZName(120),
    value: ZName(120),
    description: ZOptionalText(1000),
    visibleToEmployees: z.boolean().default(true),
    departmentId: ZId.nullish().transform((v) => v ?? null),
    amount: ZMoneyAmount.nullish().transform((v) => v ?? null),
    currency: ZCurrency.nullish().transform((v) => v || null),
    waitingDays: z.number().int().min(0).max(730).default(90),
  })
  .superRefine((tier, ctx) => {
    // Money has a currency; free text alone has neither.
    if ((tier.amount === null) !== (tier.currency === null))
      ctx.addIssue({
        code: 'custom',
        path: [tier.amount === null ? 'amount' : 'currency'],
        message: 'Give both the amount and its currency, or neither',
      });
  });
export type TSaveBonusTierRequest = z.input<typeof ZSaveBonusTierRequest>;

/** Every tier of the company, each once, in the new order. */
export const ZReorderBonusTiersRequest = z.object({
  ids: z
    .array(ZId)
    .max(200)
    .refine((ids) => new Set(ids).size === ids.length, 'Each tier only once'),
});

export const ZBonusTierList = z.object({ items: z.array(ZBonusTier) });
export const ZVisibleBonusTierList = z.object({ items: z.array(ZVisibleBonusTier) });
