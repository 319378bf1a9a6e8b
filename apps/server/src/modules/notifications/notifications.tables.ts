import { NOTIFICATION_MODES } from '@vouch/contracts';
import { sql } from 'drizzle-orm';
import { check, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { createdAtColumn, idColumn, oneOf, sameCompany } from '../../platform/db/columns.ts';
import { companyIdColumn, memberships } from '../tenancy/tenancy.tables.ts';

const at = (name: string) => timestamp(name, { withTimezone: true, precision: 3 });

/**
 * What a member is told in the app (the bell's list with its unread count): a referral of theirs
 * changed status, owner or bonus, or a colleague answered their request. `kind` and `params` are
 * rendered in the reader's language when shown, never stored as sentences.
 */
export const notifications = pgTable(
  'notifications',
  {
    id: idColumn(),
    companyId: companyIdColumn(),
    membershipId: uuid('membership_id').notNull(),
    kind: text('kind').notNull(),
    /** The referral it is about, when it is about one (ids only: no personal data copied here). */
    referralId: uuid('referral_id'),
    params: jsonb('params').$type<Record<string, string | number | null>>().notNull().default({}),
    readAt: at('read_at'),
    /** When it went out by email, alone or in a digest; null while waiting for the digest. */
    emailedAt: at('emailed_at'),
    createdAt: createdAtColumn(),
  },
  (t) => [
    index('notifications_member_created_idx').on(t.membershipId, t.createdAt, t.id),
    index('notifications_member_unread_idx').on(t.membershipId).where(sql`${t.readAt} is null`),
    index('notifications_unemailed_idx').on(t.companyId, t.membershipId).where(sql`${t.emailedAt} is null`),
    sameCompany(t.companyId, t.membershipId, memberships, 'cascade'),
    check('notifications_params_object_ck', sql`jsonb_typeof(${t.params}) = 'object'`),
  ],
);

/** A member's notification choices; no row: an email for each change. */
export const notificationSettings = pgTable(
  'notification_settings',
  {
    membershipId: uuid('membership_id').primaryKey(),
    companyId: companyIdColumn(),
    mode: text('mode', { enum: NOTIFICATION_MODES }).notNull().default('each'),
    lastDigestAt: at('last_digest_at'),
  },
  (t) => [
    sameCompany(t.companyId, t.membershipId, memberships, 'cascade'),
    oneOf('notification_settings_mode_ck', t.mode, NOTIFICATION_MODES),
  ],
);
