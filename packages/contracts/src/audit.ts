import { z } from 'zod';
import { ZId, ZIsoDate } from './common.ts';

/**
 * What the audit log records: who did what to personal data. Codes, never sentences (the clients
 * translate them); a new action is added here, and the database keeps any text (old codes stay readable).
 */
export const AUDIT_ACTIONS = [
  /** A reference check's report was opened (`detail.format`: `page` or `pdf`). */
  'report.viewed',
  /** A candidate's file (a CV) was downloaded. */
  'cv.viewed',
  /** A list was downloaded as CSV (`detail.list` names it, `detail.rows` how many rows). */
  'data.exported',
  /** A member's role changed (`detail.from`, `detail.to`). */
  'member.role_changed',
  'member.deactivated',
  'member.reactivated',
  'api_key.created',
  'api_key.revoked',
  'webhook_endpoint.created',
  'webhook_endpoint.updated',
  'webhook_endpoint.deleted',
  'webhook_endpoint.secret_rotated',
  /** A receiver answered 410 Gone and the endpoint was turned off (the system did it). */
  'webhook_endpoint.disabled',
  'auth.signed_in',
  /** A wrong password for an existing account (recorded in each company the account belongs to). */
  'auth.sign_in_failed',
  /** A password set again through a reset link (recorded in each company the login is active in). */
  'auth.password_reset',
  /** Staff copied a referee's answer link or a candidate's link of a check. */
  'link.copied',
  /** An admin asked for everything held about a person (`detail.subject`); the ZIP was downloaded. */
  'person.export_requested',
  'person.export_downloaded',
  /**
   * A member deleted imported contacts of their own: one import (the target) or all of them (no
   * target); `detail.contacts` counts them.
   */
  'contacts.deleted',
  /** A person erased on request (target: the erasure's receipt; `detail.subject`: which kind of person). */
  'person.erased',
  /** A candidate's data kept past retention, with a reason (`detail.extensionId`). */
  'retention.extended',
  /** A candidate or referee withdrew their consent from their privacy page (`detail.subject`). */
  'consent.withdrawn',
  /** A candidate or referee asked to be erased (target: the request; `detail.subject`). */
  'erasure.requested',
  /** An admin recorded a legal reason to keep a person's data despite their request (target: the request). */
  'erasure.kept',
  /** The audit log's own retention setting changed (`detail.from`, `detail.to` in years). */
  'audit.retention_changed',
] as const;
export const ZAuditAction = z.enum(AUDIT_ACTIONS);
export type TAuditAction = z.infer<typeof ZAuditAction>;

/** What an entry is about. */
export const AUDIT_TARGET_KINDS = [
  'reference_check',
  'referee',
  'candidate',
  'candidate_file',
  'membership',
  'user',
  'api_key',
  'webhook_endpoint',
  'export',
  'company',
  'contact',
  /** The receipt of an erasure: the person is gone, the receipt says what went. */
  'erasure_receipt',
  'contact_import',
  /** A candidate's or referee's own request to be erased. */
  'erasure_request',
] as const;
export const ZAuditTargetKind = z.enum(AUDIT_TARGET_KINDS);
export type TAuditTargetKind = z.infer<typeof ZAuditTargetKind>;

/**
 * Who did it: a member (`id` is the membership), a user before a company is known (a failed sign-in:
 * the account tried, not necessarily its owner), an API key, or Vouch itself (background work).
 */
export const AUDIT_ACTOR_KINDS = ['member', 'user', 'api_key', 'system'] as const;
export const ZAuditActorKind = z.enum(AUDIT_ACTOR_KINDS);
export type TAuditActorKind = z.infer<typeof ZAuditActorKind>;

/** Non-personal detail: codes, counts, ids. Never names, emails or free text. */
export const ZAuditDetail = z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()]));
export type TAuditDetail = z.infer<typeof ZAuditDetail>;

export const ZAuditEntry = z.object({
  id: ZId,
  createdAt: z.string(),
  action: z.string(),
  actor: z.object({ kind: ZAuditActorKind, id: ZId.nullable() }),
  target: z.object({ kind: z.string(), id: ZId }).nullable(),
  detail: ZAuditDetail,
  ip: z.string().nullable(),
});
export type TAuditEntry = z.infer<typeof ZAuditEntry>;

/** The filters of the log; `from` and `to` are whole days (UTC), both included. */
const auditFilterShape = z.object({
  actorId: ZId.optional(),
  action: ZAuditAction.optional(),
  targetKind: ZAuditTargetKind.optional(),
  targetId: ZId.optional(),
  from: ZIsoDate.optional(),
  to: ZIsoDate.optional(),
});

function checkFilters(q: z.infer<typeof auditFilterShape>, issues: z.RefinementCtx) {
  if (q.from && q.to && q.from > q.to)
    issues.addIssue({ code: 'custom', path: ['to'], message: 'The end comes before the start' });
  if (q.targetId && !q.targetKind)
    issues.addIssue({ code: 'custom', path: ['targetKind'], message: 'Choose what kind of thing the id names' });
}

export const ZAuditFilters = auditFilterShape.superRefine(checkFilters);
export type TAuditFilters = z.infer<typeof ZAuditFilters>;

export const ZAuditQuery = auditFilterShape
  .extend({
    cursor: z.string().max(500).optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
  })
  .superRefine(checkFilters);
export type TAuditQuery = z.infer<typeof ZAuditQuery>;

export const ZAuditPage = z.object({ items: z.array(ZAuditEntry), nextCursor: z.string().nullable() });
export type TAuditPage = z.infer<typeof ZAuditPage>;

/** How long entries are kept: five years unless an admin chooses otherwise. */
export const AUDIT_RETENTION_YEARS = { min: 1, default: 5, max: 10 } as const;
export const ZAuditSettings = z.object({
  retentionYears: z.number().int().min(AUDIT_RETENTION_YEARS.min).max(AUDIT_RETENTION_YEARS.max),
});
export type TAuditSettings = z.infer<typeof ZAuditSettings>;

/**
 * A consent a person gave, as the candidate's page lists them: the candidate's own to a reference
 * check, and each of their referees' to answer it. `textVersion` is the consent text they agreed to
 * (null: given before versions were kept, shown as "version unknown").
 */
export const ZConsentRecord = z.object({
  person: z.enum(['candidate', 'referee']),
  /** The referee's id and name; null for the candidate's own consent. */
  refereeId: ZId.nullable(),
  refereeName: z.string().nullable(),
  /** What was agreed: a reference check, or an application on the careers page. */
  purpose: z.enum(['reference_check', 'careers_application']),
  /** The reference check agreed to; null for an application. */
  checkId: ZId.nullable(),
  jobTitle: z.string().nullable(),
  givenAt: z.string(),
  textVersion: z.string().nullable(),
  /** The words as the person saw them, where they were kept (applications keep them). */
  wording: z.string().nullable(),
  /** Whether that version is the consent text shown today. */
  currentText: z.boolean(),
});
export type TConsentRecord = z.infer<typeof ZConsentRecord>;
export const ZConsentRecordList = z.object({ items: z.array(ZConsentRecord) });
export type TConsentRecordList = z.infer<typeof ZConsentRecordList>;
