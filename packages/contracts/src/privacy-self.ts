import { z } from 'zod';
import { ZId, ZLanguage } from './common.ts';
import { ZRefereeStatus } from './references.ts';
import { ZPublicBranding } from './references-public.ts';

/**
 * The privacy page a candidate or referee reaches from their own link (`/c/<token>/privacy`,
 * `/r/<token>/privacy`): what they gave, withdrawing consent, and asking for erasure. The link's
 * token is the only credential; admins never see it.
 */
export const PRIVACY_SUBJECTS = ['candidate', 'referee'] as const;
export const ZPrivacySubject = z.enum(PRIVACY_SUBJECTS);
export type TPrivacySubject = z.infer<typeof ZPrivacySubject>;

export const ZPrivacyConsent = z.object({
  givenAt: z.string().nullable(),
  /** The version of the consent text they agreed to. */
  textVersion: z.string().nullable(),
  withdrawnAt: z.string().nullable(),
});

export const ZPrivacyPage = z.object({
  subject: ZPrivacySubject,
  branding: ZPublicBranding,
  language: ZLanguage,
  name: z.string(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  jobTitle: z.string().nullable(),
  /** Whom the reference was about (referees only). */
  candidateName: z.string().nullable(),
  consent: ZPrivacyConsent,
  /** A referee's answers, each question with its answer in words (empty once withdrawn). */
  answers: z.array(z.object({ question: z.string(), answer: z.string() })),
  /** The referees a candidate named themselves (candidates only). */
  referees: z.array(
    z.object({ name: z.string(), email: z.string().nullable(), phone: z.string().nullable(), status: ZRefereeStatus }),
  ),
  /** False once withdrawn, or when there is nothing left to withdraw. */
  canWithdraw: z.boolean(),
  /** Their request to be erased, once made: when it was made and when it is carried out. */
  erasure: z.object({ requestedAt: z.string(), dueAt: z.string(), kept: z.boolean() }).nullable(),
});
export type TPrivacyPage = z.infer<typeof ZPrivacyPage>;

/** Company settings → Privacy: a person's request to be erased, as admins see it. */
export const ZErasureRequestItem = z.object({
  id: ZId,
  subjectKind: ZPrivacySubject,
  /** The person's name as the company holds it (empty once erased). */
  name: z.string(),
  requestedAt: z.string(),
  dueAt: z.string(),
  keepReason: z.string().nullable(),
  keptByName: z.string().nullable(),
  keptAt: z.string().nullable(),
  erasedAt: z.string().nullable(),
});
export type TErasureRequestItem = z.infer<typeof ZErasureRequestItem>;
export const ZErasureRequestList = z.object({ requests: z.array(ZErasureRequestItem) });
export const ZKeepDataRequest = z.object({ reason: z.string().trim().min(3).max(500) });
export type TKeepDataRequest = z.input<typeof ZKeepDataRequest>;
