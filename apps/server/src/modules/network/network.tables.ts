import { sql } from 'drizzle-orm';
import { index, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { companies, memberships } from '../tenancy/tenancy.tables.ts';

const companyId = () =>
  uuid('company_id')
    .notNull()
    .references(() => companies.id, { onDelete: 'cascade' });

/** A company or person this company must never be shown as a contact, as the admin entered it. */
export const exclusions = pgTable(
  'exclusions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    companyId: companyId(),
    /** company_name | email_domain | email | linkedin_url */
    kind: text('kind').notNull(),
    value: text('value').notNull(),
    /** Other names the same company goes by; company_name only. */
    variants: text('variants').array().notNull().default(sql`'{}'::text[]`),
    reason: text('reason').notNull(),
    createdById: uuid('created_by_id').references(() => memberships.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [index('exclusions_company_created_idx').on(t.companyId, t.createdAt)],
);

/**
 * The folded keys an exclusion matches (a company name gives one per variant). One row per key keeps
 * the contact filter an index probe and makes "already excluded" a primary-key conflict.
 */
export const exclusionKeys = pgTable(
  'exclusion_keys',
  {
    companyId: companyId(),
    kind: text('kind').notNull(),
    key: text('key').notNull(),
    exclusionId: uuid('exclusion_id')
      .notNull()
      .references(() => exclusions.id, { onDelete: 'cascade' }),
  },
  (t) => [
    primaryKey({ columns: [t.companyId, t.kind, t.key] }),
    index('exclusion_keys_exclusion_idx').on(t.exclusionId),
  ],
);
