import { z } from 'zod';
import { ZId, ZName } from './common.ts';
import { ZDomain } from './tenancy.ts';

/**
 * What an exclusion matches: a company by name (with variant names) or by email domain, or one
 * person by email or LinkedIn URL. Excluded contacts are never surfaced to anyone.
 */
export const EXCLUSION_KINDS = ['company_name', 'email_domain', 'email', 'linkedin_url'] as const;
export const ZExclusionKind = z.enum(EXCLUSION_KINDS);
export type TExclusionKind = z.infer<typeof ZExclusionKind>;
export const COMPANY_EXCLUSION_KINDS: readonly TExclusionKind[] = ['company_name', 'email_domain'];

export const ZExclusion = z.object({
  id: ZId,
  kind: ZExclusionKind,
  value: z.string(),
  variants: z.array(z.string()),
  reason: z.string(),
  addedBy: z.object({ id: ZId, name: z.string() }).nullable(),
  createdAt: z.string(),
});
export type TExclusion = z.infer<typeof ZExclusion>;
export const ZExclusionList = z.object({ items: z.array(ZExclusion) });

const emailShape = z.email('Not a valid email address');

export const ZSaveExclusionRequest = z
  .object({
    kind: ZExclusionKind,
    value: ZName(300),
    variants: z.array(ZName(200)).max(20, 'At most 20 variants').default([]),
    reason: ZName(500),
  })
  .superRefine((v, ctx) => {
    const bad = (message: string, path: (string | number)[] = ['value']) =>
      ctx.addIssue({ code: 'custom', message, path });
    if (v.kind === 'email' && !emailShape.safeParse(v.value).success) bad('Not a valid email address');
    if (v.kind === 'email_domain' && !ZDomain.safeParse(v.value.replace(/^@/, '')).success)
      bad('Not a valid domain, e.g. acme.example');
    if (v.kind === 'linkedin_url' && !/linkedin\.com\/(in|pub)\/[^/?#\s]+/i.test(v.value))
      bad('Use a profile URL like linkedin.com/in/name');
    if (v.kind !== 'company_name' && v.variants.length) bad('Only company names have variants', ['variants']);
  });
export type TSaveExclusionRequest = z.input<typeof ZSaveExclusionRequest>;
