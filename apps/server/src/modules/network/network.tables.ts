import { CONTACT_FILE_FORMATS, CONTACT_IMPORT_STATUSES, EXCLUSION_KINDS } from '@vouch/contracts';
import { sql } from 'drizzle-orm';
import {
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { companyKey, createdAtColumn, oneOf, sameCompany, tsvector } from '../../platform/db/columns.ts';
import { companyIdColumn, memberships } from '../tenancy/tenancy.tables.ts';
import { contactNameCompanyKey } from './contact-name-key.ts';

const companyId = companyIdColumn;

/** A company or person this company must never be shown as a contact, as the admin entered it. */
export const exclusions = pgTable(
  'exclusions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    companyId: companyId(),
    kind: text('kind', { enum: EXCLUSION_KINDS }).notNull(),
    value: text('value').notNull(),
    /** Other names the same company goes by; company_name only. */
    variants: text('variants').array().notNull().default(sql`'{}'::text[]`),
    reason: text('reason').notNull(),
    createdById: uuid('created_by_id'),
    createdAt: timestamp('created_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [
    index('exclusions_company_created_idx').on(t.companyId, t.createdAt),
    companyKey(t),
    sameCompany(t.companyId, t.createdById, memberships, 'set null'),
    oneOf('exclusions_kind_ck', t.kind, EXCLUSION_KINDS),
  ],
);

/**
 * The folded keys an exclusion matches (a company name gives one per variant). One row per key keeps
 * the contact filter an index probe and makes "already excluded" a primary-key conflict.
 */
export const exclusionKeys = pgTable(
  'exclusion_keys',
  {
    companyId: companyId(),
    kind: text('kind', { enum: EXCLUSION_KINDS }).notNull(),
    key: text('key').notNull(),
    exclusionId: uuid('exclusion_id').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.companyId, t.kind, t.key] }),
    index('exclusion_keys_exclusion_idx').on(t.exclusionId),
    sameCompany(t.companyId, t.exclusionId, exclusions, 'cascade'),
    oneOf('exclusion_keys_kind_ck', t.kind, EXCLUSION_KINDS),
  ],
);

const createdAt = createdAtColumn;
const ownerMembershipId = () => uuid('owner_membership_id').notNull();

/** One uploaded contact file of one employee, with what it did; the history the employee sees. */
export const contactImports = pgTable(
  'contact_imports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    companyId: companyId(),
    ownerMembershipId: ownerMembershipId(),
    fileName: text('file_name').notNull(),
    /** As the file was read. */
    format: text('format', { enum: CONTACT_FILE_FORMATS }).notNull(),
    added: integer('added').notNull().default(0),
    updated: integer('updated').notNull().default(0),
    unchanged: integer('unchanged').notNull().default(0),
    excluded: integer('excluded').notNull().default(0),
    rejected: integer('rejected').notNull().default(0),
    /** [{ line, reason }], the first 1,000 only: enough to fix a file, bounded for a broken one. */
    rejectedRows: jsonb('rejected_rows').$type<{ line: number; reason: string }[]>().notNull().default([]),
    /** reading (the file goes into `contact_import_rows`) → merging (staged rows into contacts) → done */
    status: text('status', { enum: CONTACT_IMPORT_STATUSES }).notNull().default('done'),
    /** Progress for the page that polls it: the upload's size as announced, and what was done so far. */
    bytesTotal: integer('bytes_total'),
    bytesRead: integer('bytes_read').notNull().default(0),
    rowsRead: integer('rows_read').notNull().default(0),
    rowsStaged: integer('rows_staged').notNull().default(0),
    rowsWritten: integer('rows_written').notNull().default(0),
    createdAt: createdAt(),
    /** Moves with every chunk: an unfinished import that stopped moving was interrupted. */
    updatedAt: timestamp('updated_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [
    index('contact_imports_owner_created_idx').on(t.companyId, t.ownerMembershipId, t.createdAt),
    // One unfinished import per employee: two at once would both take a person for new.
    uniqueIndex('contact_imports_owner_running_uq')
      .on(t.companyId, t.ownerMembershipId)
      .where(sql`${t.status} <> 'done'`),
    companyKey(t),
    sameCompany(t.companyId, t.ownerMembershipId, memberships, 'cascade'),
    oneOf('contact_imports_format_ck', t.format, CONTACT_FILE_FORMATS),
    oneOf('contact_imports_status_ck', t.status, CONTACT_IMPORT_STATUSES),
  ],
);

/**
 * The rows of a file being imported, as read, before they are merged into `contacts`. Reading writes
 * them in short statements; merging takes them in order, a chunk per transaction, and deletes each
 * chunk in the transaction that merged it, so an interrupted merge resumes where it stopped.
 */
export const contactImportRows = pgTable(
  'contact_import_rows',
  {
    companyId: companyId(),
    importId: uuid('import_id').notNull(),
    /** The row's place in the file, counting contacts only: merging keeps the file's order. */
    seq: integer('seq').notNull(),
    firstName: text('first_name').notNull(),
    lastName: text('last_name').notNull(),
    email: text('email'),
    linkedinUrl: text('linkedin_url'),
    company: text('company'),
    position: text('position'),
    phone: text('phone'),
    connectedOn: text('connected_on'),
  },
  // Led by the import, not the company: deleting an import deletes its staged rows through this key.
  (t) => [
    primaryKey({ columns: [t.importId, t.seq] }),
    sameCompany(t.companyId, t.importId, contactImports, 'cascade'),
  ],
);

/**
 * A person in one employee's network. Private to that employee (the owner): the same person
 * imported by two colleagues is two rows. Marks and referrals will point at these rows.
 */
export const contacts = pgTable(
  'contacts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    companyId: companyId(),
    ownerMembershipId: ownerMembershipId(),
    firstName: text('first_name').notNull(),
    lastName: text('last_name').notNull(),
    email: text('email'),
    emailKey: text('email_key'),
    linkedinUrl: text('linkedin_url'),
    linkedinKey: text('linkedin_key'),
    company: text('company'),
    companyKey: text('company_key'),
    position: text('position'),
    phone: text('phone'),
    connectedOn: date('connected_on', { mode: 'string' }),
    sourceFormat: text('source_format', { enum: CONTACT_FILE_FORMATS }).notNull(),
    /** The latest import that contained this person; deleting that import deletes the contact. */
    lastImportId: uuid('last_import_id'),
    searchVector: tsvector('search_vector').notNull(),
    /** The employee skipped this contact in triage; it stays in their list but not in the queue. */
    skippedAt: timestamp('skipped_at', { withTimezone: true, precision: 3 }),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [
    // The merge rule of a re-import: one row per person per owner, by LinkedIn profile or by email.
    // Led by the tenant like every index, and the index an import's lookups of a batch's keys use.
    uniqueIndex('contacts_owner_linkedin_uq')
      .on(t.companyId, t.ownerMembershipId, t.linkedinKey)
      .where(sql`${t.linkedinKey} is not null`),
    uniqueIndex('contacts_owner_email_uq')
      .on(t.companyId, t.ownerMembershipId, t.emailKey)
      .where(sql`${t.emailKey} is not null`),
    // The owner's list, newest first, paged by keyset.
    index('contacts_owner_created_idx').on(t.companyId, t.ownerMembershipId, t.createdAt, t.id),
    index('contacts_last_import_idx').on(t.lastImportId),
    index('contacts_search_idx').using('gin', t.searchVector),
    // "Who knows this candidate": a candidate's keys looked up across every owner's contacts.
    index('contacts_company_email_idx').on(t.companyId, t.emailKey).where(sql`${t.emailKey} is not null`),
    index('contacts_company_linkedin_idx').on(t.companyId, t.linkedinKey).where(sql`${t.linkedinKey} is not null`),
    // Not partial on purpose: PostgreSQL keeps statistics only for expressions of non-partial indexes,
    // and without them the planner's estimate for a page of candidates turned its JIT on (+150 ms).
    index('contacts_company_name_company_idx').on(t.companyId, contactNameCompanyKey()),
    companyKey(t),
    sameCompany(t.companyId, t.ownerMembershipId, memberships, 'cascade'),
    sameCompany(t.companyId, t.lastImportId, contactImports, 'set null'),
    oneOf('contacts_source_format_ck', t.sourceFormat, CONTACT_FILE_FORMATS),
  ],
);
