import { sql } from 'drizzle-orm';
import { check, index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { bytea, companyKey, createdAtColumn, idColumn, oneOf, sameCompany } from '../../platform/db/columns.ts';
import { companyIdColumn, memberships } from '../tenancy/tenancy.tables.ts';

export const PERSON_EXPORT_SUBJECTS = ['candidate', 'referee', 'member'] as const;
export const PERSON_EXPORT_STATUSES = ['pending', 'ready', 'failed'] as const;

/**
 * An admin's export of everything held about one person (GDPR art. 15/20), built in the background
 * into a ZIP kept here until its link expires. The link's token is never stored, only its SHA-256;
 * only the admin who asked may download, and only before `expires_at`.
 */
export const personExports = pgTable(
  'person_exports',
  {
    id: idColumn(),
    companyId: companyIdColumn(),
    requestedById: uuid('requested_by_id').notNull(),
    subjectKind: text('subject_kind', { enum: PERSON_EXPORT_SUBJECTS }).notNull(),
    /** A plain id: the export outlives nothing, and the person may be erased while it waits. */
    subjectId: uuid('subject_id').notNull(),
    status: text('status', { enum: PERSON_EXPORT_STATUSES }).notNull().default('pending'),
    tokenHash: text('token_hash').notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    content: bytea('content'),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
    createdAt: createdAtColumn(),
  },
  (t) => [
    uniqueIndex('person_exports_token_uq').on(t.tokenHash),
    index('person_exports_company_created_idx').on(t.companyId, t.createdAt),
    index('person_exports_expires_idx').on(t.expiresAt),
    companyKey(t),
    sameCompany(t.companyId, t.requestedById, memberships, 'cascade'),
    oneOf('person_exports_subject_kind_ck', t.subjectKind, PERSON_EXPORT_SUBJECTS),
    oneOf('person_exports_status_ck', t.status, PERSON_EXPORT_STATUSES),
    check('person_exports_content_ck', sql`(${t.status} = 'ready') = (${t.content} is not null)`),
  ],
);
