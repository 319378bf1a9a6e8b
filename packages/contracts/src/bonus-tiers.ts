import { z } from 'zod';
import { ZId, ZName, ZOptionalText } from './common.ts';

/** A referral bonus level, e.g. "Engineering hire" worth "SEK 10 000"; the value is free text on purpose. */
export const ZBonusTier = z.object({
  id: ZId,
  name: z.string(),
  value: z.string(),
  description: z.string().nullable(),
  visibleToEmployees: z.boolean(),
  position: z.number(),
});
export type TBonusTier = z.infer<typeof ZBonusTier>;

/** What employees see: no ordering internals, no hidden tiers. */
export const ZVisibleBonusTier = ZBonusTier.pick({ id: true, name: true, value: true, description: true });
export type TVisibleBonusTier = z.infer<typeof ZVisibleBonusTier>;

export const ZSaveBonusTierRequest = z.object({
  name: ZName(120),
  value: ZName(120),
  description: ZOptionalText(1000),
  visibleToEmployees: z.boolean().default(true),
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
