import { ERASURE_SUBJECTS, PRIVACY_SUBJECTS, RETENTION_LIMITS } from '@vouch/contracts';
import { sql } from 'drizzle-orm';
import { check, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAtColumn, idColumn, oneOf, sameCompany, updatedAtColumn } from '../../platform/db/columns.ts';
import { candidates } from '../hiring/hiring.tables.ts';
import { referees } from '../references/references.tables.ts';
import { companies, companyIdColumn, memberships } from '../tenancy/tenancy.tables.ts';

const L = RETENTION_LIMITS;
const between = (name: string, column: string, limits: { min: number; max: number }) =>
  check(name, sql.raw(`${column} between ${limits.min} and ${limits.max}`));

/** A company's retention periods (Company settings → Privacy). No row: every default. */
export const retentionSettings = pgTable(
  'retention_settings',
  {
    companyId: uuid('company_id')
      .primaryKey()
      .references(() => companies.id, { onDelete: 'cascade' }),
    candidateMonths: integer('candidate_months').notNull().default(L.candidateMonths.default),
    checkMonths: integer('check_months').notNull().default(L.checkMonths.default),
    departedContactDays: integer('departed_contact_days').notNull().default(L.departedContactDays.default),
    messageDays: integer('message_days').notNull().default(L.messageDays.default),
    webhookDays: integer('webhook_days').notNull().default(L.webhookDays.default),
    erasureRequestDays: integer('erasure_request_days').notNull().default(L.erasureRequestDays.default),
    updatedById: uuid('updated_by_id'),
    updatedAt: updatedAtColumn(),
  },
  (t) => [
    between('retention_settings_candidate_months_ck', 'candidate_months', L.candidateMonths),
    between('retention_settings_check_months_ck', 'check_months', L.checkMonths),
    between('retention_settings_departed_contact_days_ck', 'departed_contact_days', L.departedContactDays),
    between('retention_settings_message_days_ck', 'message_days', L.messageDays),
    between('retention_settings_webhook_days_ck', 'webhook_days', L.webhookDays),
    between('retention_settings_erasure_request_days_ck', 'erasure_request_days', L.erasureRequestDays),
    sameCompany(t.companyId, t.updatedById, memberships, 'set null'),
  ],
);

/**
 * One candidate kept past the retention period, with the admin's reason (the candidate's consent to
 * keep their profile, a legal claim), who recorded it and when. The latest `keep_until` wins.
 */
export const retentionExtensions = pgTable(
  'retention_extensions',
  {
    id: idColumn(),
    companyId: companyIdColumn(),
    candidateId: uuid('candidate_id').notNull(),
    keepUntil: timestamp('keep_until', { withTimezone: true, precision: 3 }).notNull(),
    reason: text('reason').notNull(),
    createdById: uuid('created_by_id'),
    createdAt: createdAtColumn(),
  },
  (t) => [
    index('retention_extensions_candidate_idx').on(t.companyId, t.candidateId, t.keepUntil),
    sameCompany(t.companyId, t.candidateId, candidates, 'cascade'),
    sameCompany(t.companyId, t.createdById, memberships, 'set null'),
  ],
);

/**
 * The proof that a person was erased on request: what kinds of data, how many rows, when and by
 * whom. It holds no personal data: the email only as the SHA-256 of its lower-cased form, so a
 * later request from the same address can be matched to it.
 */
export const erasureReceipts = pgTable(
  'erasure_receipts',
  {
    id: idColumn(),
    companyId: companyIdColumn(),
    subjectKind: text('subject_kind', { enum: ERASURE_SUBJECTS }).notNull(),
    emailSha256: text('email_sha256'),
    erased: jsonb('erased').$type<Record<string, number>>().notNull(),
    erasedById: uuid('erased_by_id'),
    erasedAt: createdAtColumn(),
  },
  (t) => [
    index('erasure_receipts_company_idx').on(t.companyId, t.erasedAt),
    sameCompany(t.companyId, t.erasedById, memberships, 'set null'),
    oneOf('erasure_receipts_subject_kind_ck', t.subjectKind, ERASURE_SUBJECTS),
  ],
);

const at = (name: string) => timestamp(name, { withTimezone: true, precision: 3 });

/**
 * A candidate's or referee's own request to be erased, made from their privacy page. The job
 * erases it at `due_at` unless an admin recorded a legal reason to keep the data; an admin may also
 * erase at once. One open request per person: asking twice finds the first.
 */
export const erasureRequests = pgTable(
  'erasure_requests',
  {
    id: idColumn(),
    companyId: companyIdColumn(),
    subjectKind: text('subject_kind', { enum: PRIVACY_SUBJECTS }).notNull(),
    /** The candidate (subject `candidate`) or the referee (subject `referee`) who asked. */
    subjectId: uuid('subject_id').notNull(),
    candidateId: uuid('candidate_id'),
    refereeId: uuid('referee_id'),
    requestedAt: createdAtColumn(),
    dueAt: at('due_at').notNull(),
    keepReason: text('keep_reason'),
    keptById: uuid('kept_by_id'),
    keptAt: at('kept_at'),
    erasedAt: at('erased_at'),
    receiptId: uuid('receipt_id'),
  },
  (t) => [
    uniqueIndex('erasure_requests_subject_uq').on(t.companyId, t.subjectKind, t.subjectId),
    index('erasure_requests_due_idx').on(t.dueAt).where(sql`${t.erasedAt} is null and ${t.keptAt} is null`),
    index('erasure_requests_company_idx').on(t.companyId, t.requestedAt),
    sameCompany(t.companyId, t.candidateId, candidates, 'set null'),
    sameCompany(t.companyId, t.refereeId, referees, 'set null'),
    sameCompany(t.companyId, t.keptById, memberships, 'set null'),
    oneOf('erasure_requests_subject_kind_ck', t.subjectKind, PRIVACY_SUBJECTS),
  ],
);
