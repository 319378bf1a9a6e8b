import { LANGUAGES, MEMBER_STATUSES, ROLES, VERIFICATION_PURPOSES } from '@vouch/contracts';
import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { companyKey, createdAtColumn, idColumn, oneOf, sameCompany } from '../../platform/db/columns.ts';

const id = idColumn;
const createdAt = createdAtColumn;

export const companies = pgTable(
  'companies',
  {
    id: id(),
    name: text('name').notNull(),
    /** The careers page's address, `/careers/<slug>`: lower-case letters, digits and dashes. */
    slug: text('slug'),
    defaultLanguage: text('default_language', { enum: LANGUAGES }).notNull().default('en'),
    senderName: text('sender_name'),
    replyTo: text('reply_to'),
    timeZone: text('time_zone').notNull().default('Europe/Stockholm'),
    /** The sign-up link's code; null when the link is off. Shareable on purpose, so stored as is and rotatable. */
    signupCode: text('signup_code'),
    /** Service level: hours recruiters have to act on an email introduction. */
    introductionSlaHours: integer('introduction_sla_hours').notNull().default(24),
    /** A referral whose status has not moved for this many days is stale and reminds its recruiter once. */
    staleReferralDays: integer('stale_referral_days').notNull().default(7),
    /** Reference checks: how long candidate and referee links work, in days. */
    referenceLinkDays: integer('reference_link_days').notNull().default(90),
    /** Hours after the invitation at which an unanswered referee is reminded; a last reminder follows. */
    /** Webhooks to private, loopback and link-local addresses (an on-premise ATS); off by default. */
    webhooksAllowPrivateNetworks: boolean('webhooks_allow_private_networks').notNull().default(false),
    /** Signed, expiring links to reports for an ATS that embeds them; off by default. */
    reportShareLinksEnabled: boolean('report_share_links_enabled').notNull().default(false),
    referenceReminderHours: integer('reference_reminder_hours').array().notNull().default(sql`'{24,48,72}'::integer[]`),
    createdAt: createdAt(),
  },
  (t) => [
    oneOf('companies_default_language_ck', t.defaultLanguage, LANGUAGES),
    uniqueIndex('companies_slug_uq').on(t.slug),
    check('companies_slug_ck', sql`${t.slug} ~ '^[a-z0-9]+(-[a-z0-9]+)*$'`),
  ],
);

/** The tenant column every company-owned row carries; deleting a company takes its rows along. */
export const companyIdColumn = () =>
  uuid('company_id')
    .notNull()
    .references(() => companies.id, { onDelete: 'cascade' });

/** Authorised email domains: who may join through the sign-up link. A domain belongs to one company. */
export const companyDomains = pgTable(
  'company_domains',
  {
    companyId: uuid('company_id')
      .notNull()
      .references(() => companies.id, { onDelete: 'cascade' }),
    domain: text('domain').notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.companyId, t.domain] }), uniqueIndex('company_domains_domain_uq').on(t.domain)],
);

export const departments = pgTable(
  'departments',
  {
    id: id(),
    companyId: uuid('company_id')
      .notNull()
      .references(() => companies.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('departments_company_name_uq').on(t.companyId, sql`lower(${t.name})`), companyKey(t)],
);

/** A recruitment agency linked to a company; its agents are members of that company with role agent. */
export const agencies = pgTable(
  'agencies',
  {
    id: id(),
    companyId: uuid('company_id')
      .notNull()
      .references(() => companies.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('agencies_company_idx').on(t.companyId), companyKey(t)],
);

/** A person's login: one per email across Vouch. What they may do lives on their memberships. */
export const users = pgTable(
  'users',
  {
    id: id(),
    email: text('email').notNull().unique(),
    name: text('name').notNull().default(''),
    language: text('language', { enum: LANGUAGES }).notNull().default('en'),
    passwordHash: text('password_hash'),
    createdAt: createdAt(),
  },
  (t) => [oneOf('users_language_ck', t.language, LANGUAGES)],
);

/** A user's place in one company: role, status, agency. Every tenant permission hangs off this row. */
export const memberships = pgTable(
  'memberships',
  {
    id: id(),
    companyId: uuid('company_id')
      .notNull()
      .references(() => companies.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    role: text('role', { enum: ROLES }).notNull(),
    status: text('status', { enum: MEMBER_STATUSES }).notNull().default('invited'),
    agencyId: uuid('agency_id'),
    invitedById: uuid('invited_by_id'),
    invitedAt: timestamp('invited_at', { withTimezone: true, precision: 3 }),
    joinedAt: timestamp('joined_at', { withTimezone: true, precision: 3 }),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true, precision: 3 }),
    deactivatedAt: timestamp('deactivated_at', { withTimezone: true, precision: 3 }),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('memberships_company_user_uq').on(t.companyId, t.userId),
    index('memberships_user_idx').on(t.userId),
    index('memberships_company_role_idx').on(t.companyId, t.role, t.status),
    companyKey(t),
    sameCompany(t.companyId, t.agencyId, agencies),
    oneOf('memberships_role_ck', t.role, ROLES),
    oneOf('memberships_status_ck', t.status, MEMBER_STATUSES),
  ],
);

/** The departments a recruiter recruits for: their default view of referrals and prospects. */
export const membershipDepartments = pgTable(
  'membership_departments',
  {
    companyId: uuid('company_id')
      .notNull()
      .references(() => companies.id, { onDelete: 'cascade' }),
    membershipId: uuid('membership_id').notNull(),
    departmentId: uuid('department_id').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.membershipId, t.departmentId] }),
    sameCompany(t.companyId, t.membershipId, memberships, 'cascade'),
    sameCompany(t.companyId, t.departmentId, departments, 'cascade'),
  ],
);

/** Server-side sessions. The cookie carries a random token; only its SHA-256 is stored here. */
export const sessions = pgTable(
  'sessions',
  {
    id: id(),
    tokenHash: text('token_hash').notNull().unique(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    companyId: uuid('company_id')
      .notNull()
      .references(() => companies.id, { onDelete: 'cascade' }),
    csrfToken: text('csrf_token').notNull(),
    userAgent: text('user_agent'),
    createdAt: createdAt(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true, precision: 3 }).notNull(),
    revokedAt: timestamp('revoked_at', { withTimezone: true, precision: 3 }),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);

/**
 * Single-use links for people outside a session: password reset, invites, and later magic links for
 * candidates and referees. Only the SHA-256 of the token is stored, with its purpose and expiry.
 */
export const linkTokens = pgTable(
  'link_tokens',
  {
    id: id(),
    tokenHash: text('token_hash').notNull().unique(),
    purpose: text('purpose').notNull(),
    companyId: uuid('company_id').references(() => companies.id, { onDelete: 'cascade' }),
    userId: uuid('user_id').references(() => users.id, { onDelete: 'cascade' }),
    membershipId: uuid('membership_id').references(() => memberships.id, { onDelete: 'cascade' }),
    /** The record a magic link grants access to (a referee, a candidate), for later purposes. */
    subjectId: uuid('subject_id'),
    expiresAt: timestamp('expires_at', { withTimezone: true, precision: 3 }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true, precision: 3 }),
    singleUse: boolean('single_use').notNull().default(true),
    createdAt: createdAt(),
  },
  (t) => [index('link_tokens_membership_idx').on(t.membershipId, t.purpose)],
);

/**
 * A request to join a company by its sign-up link, or to create a company, waiting for its owner to
 * use the link emailed to the address (a `verify_email` link token whose subject is this row). Until
 * then nothing is active and no login is touched; the row is deleted when the link is used.
 */
export const registrations = pgTable(
  'registrations',
  {
    id: id(),
    /** `join`, `new_company` (open sign-up) or `first_company` (first-run setup). */
    purpose: text('purpose', { enum: VERIFICATION_PURPOSES }).notNull(),
    /** The company to join; null when the request creates one. */
    companyId: uuid('company_id').references(() => companies.id, { onDelete: 'cascade' }),
    /** The company to create. */
    companyName: text('company_name'),
    email: text('email').notNull(),
    name: text('name').notNull(),
    language: text('language', { enum: LANGUAGES }).notNull().default('en'),
    /** The password chosen when asking; null when the address already had a login (its password counts). */
    passwordHash: text('password_hash'),
    expiresAt: timestamp('expires_at', { withTimezone: true, precision: 3 }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    index('registrations_expires_idx').on(t.expiresAt),
    oneOf('registrations_purpose_ck', t.purpose, VERIFICATION_PURPOSES),
    oneOf('registrations_language_ck', t.language, LANGUAGES),
  ],
);
