import { z } from 'zod';
import { ZId } from './common.ts';

/**
 * Privacy (issue 14): how long each kind of personal data is kept before the retention job
 * anonymises it, and erasure of a person on request. Defaults follow the Swedish authority's
 * guidance for recruitment data (about two years covers discrimination claims).
 */

/** Each setting's bounds: short enough to honour the purpose, long enough to stop accidents. */
export const RETENTION_LIMITS = {
  candidateMonths: { min: 6, max: 120, default: 24 },
  checkMonths: { min: 6, max: 120, default: 24 },
  departedContactDays: { min: 1, max: 365, default: 30 },
  messageDays: { min: 7, max: 730, default: 90 },
  webhookDays: { min: 7, max: 730, default: 90 },
  erasureRequestDays: { min: 1, max: 90, default: 30 },
} as const;

const bounded = (key: keyof typeof RETENTION_LIMITS) =>
  z.number().int().min(RETENTION_LIMITS[key].min).max(RETENTION_LIMITS[key].max);

export const ZRetentionSettings = z.object({
  /** Candidates never hired: months after their last activity. */
  candidateMonths: bounded('candidateMonths'),
  /** Reference checks, their referees and answers: months after the check's last activity. */
  checkMonths: bounded('checkMonths'),
  /** Imported contacts of members who were deactivated: days after the deactivation. */
  departedContactDays: bounded('departedContactDays'),
  /** Bodies and recipients of sent emails and texts: days after they were queued. */
  messageDays: bounded('messageDays'),
  /** Copies of webhook payloads: days after the event. */
  webhookDays: bounded('webhookDays'),
  /** A candidate's or referee's own request to be erased: days until it is carried out, unless an admin keeps the data. */
  erasureRequestDays: bounded('erasureRequestDays'),
});
export type TRetentionSettings = z.infer<typeof ZRetentionSettings>;
export const ZUpdateRetentionSettingsRequest = ZRetentionSettings.partial();
export type TUpdateRetentionSettingsRequest = z.input<typeof ZUpdateRetentionSettingsRequest>;

/** A candidate the retention job will anonymise within the next days (the dry run admins review). */
export const ZUpcomingAnonymisation = z.object({
  candidateId: ZId,
  name: z.string(),
  lastActivityAt: z.string(),
  dueAt: z.string(),
});
export const ZUpcomingAnonymisations = z.object({
  days: z.number().int(),
  candidates: z.array(ZUpcomingAnonymisation),
  /** How many of each other kind the job will anonymise by then (checks, departed members' contacts, messages, webhook payloads). */
  counts: z.object({
    candidates: z.number().int(),
    checks: z.number().int(),
    departedContacts: z.number().int(),
    messages: z.number().int(),
    webhookPayloads: z.number().int(),
  }),
});
export type TUpcomingAnonymisations = z.infer<typeof ZUpcomingAnonymisations>;

/** Keeping one candidate past the retention period, with the reason (consent to keep, recorded). */
export const ZRetentionExtensionRequest = z.object({
  candidateId: ZId,
  /** Months to keep from today. */
  months: z.number().int().min(1).max(36),
  reason: z.string().trim().min(3).max(500),
});
export type TRetentionExtensionRequest = z.input<typeof ZRetentionExtensionRequest>;
export const ZRetentionExtension = z.object({
  id: ZId,
  candidateId: ZId,
  candidateName: z.string(),
  keepUntil: z.string(),
  reason: z.string(),
  createdByName: z.string().nullable(),
  createdAt: z.string(),
});
export type TRetentionExtension = z.infer<typeof ZRetentionExtension>;

/** Who an erasure starts from; the same person found elsewhere (by email, phone, profile) goes too. */
export const ERASURE_SUBJECTS = ['candidate', 'referee', 'contact', 'member'] as const;
export type TErasureSubject = (typeof ERASURE_SUBJECTS)[number];
export const ZErasureRequest = z.object({ kind: z.enum(ERASURE_SUBJECTS), id: ZId });
export type TErasureRequest = z.input<typeof ZErasureRequest>;

/** What an erasure did. Holds no personal data: the email only as the SHA-256 of its lower-cased form. */
export const ZErasureReceipt = z.object({
  id: ZId,
  subjectKind: z.enum(ERASURE_SUBJECTS),
  emailSha256: z.string().nullable(),
  /** Kinds of data erased (`candidates`, `referees`, `messages`, …) with how many rows each. */
  erased: z.record(z.string(), z.number().int()),
  erasedByName: z.string().nullable(),
  erasedAt: z.string(),
});
export type TErasureReceipt = z.infer<typeof ZErasureReceipt>;
export const ZErasureReceipts = z.object({ receipts: z.array(ZErasureReceipt) });
