import { sql } from 'drizzle-orm';
import { boolean, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { companies } from '../tenancy/tenancy.tables.ts';

/** A company's referral bonus levels, shown to employees in the admin's order when visible. */
export const bonusTiers = pgTable(
  'bonus_tiers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    companyId: uuid('company_id')
      .notNull()
      .references(() => companies.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    /** Free text on purpose: "SEK 10 000" and "a weekend trip" are both bonuses. */
    value: text('value').notNull(),
    description: text('description'),
    visibleToEmployees: boolean('visible_to_employees').notNull().default(true),
    position: integer('position').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [
    index('bonus_tiers_company_position_idx').on(t.companyId, t.position),
    uniqueIndex('bonus_tiers_company_name_uq').on(t.companyId, sql`lower(${t.name})`),
  ],
);
