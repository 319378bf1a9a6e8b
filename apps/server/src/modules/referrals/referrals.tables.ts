import {
  BONUS_STATES,
  LANGUAGES,
  MESSAGE_TEMPLATE_KINDS,
  ONE_CLICK_ANSWERS,
  OWNERSHIP_MODES,
  REFERRAL_EVENT_KINDS,
  REFERRAL_OWNERSHIPS,
  REFERRAL_SOURCES,
  REFERRAL_STATUSES,
} from '@vouch/contracts';
import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  index,
  integer,
  numeric,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import {
  companyKey,
  createdAtColumn,
  idColumn,
  oneOf,
  sameCompany,
  tsvector,
  updatedAtColumn,
} from '../../platform/db/columns.ts';
import { candidates, jobs } from '../hiring/hiring.tables.ts';
import { contacts } from '../network/network.tables.ts';
import { companies, companyIdColumn, departments, memberships } from '../tenancy/tenancy.tables.ts';

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
    /** The rule: the jobs of this department, or every job (null). */
    departmentId: uuid('department_id'),
    /** The amount payroll pays, when it is money; `value` stays the words employees read. */
    amount: numeric('amount', { precision: 12, scale: 2 }),
    /** ISO 4217 code of `amount`, e.g. SEK. */
    currency: text('currency'),
    /** Days after the hire's start date before the bonus becomes eligible. */
    waitingDays: integer('waiting_days').notNull().default(90),
    createdAt: timestamp('created_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [
    index('bonus_tiers_company_position_idx').on(t.companyId, t.position),
    uniqueIndex('bonus_tiers_company_name_uq').on(t.companyId, sql`lower(${t.name})`),
    companyKey(t),
    sameCompany(t.companyId, t.departmentId, departments, 'set null'),
    check('bonus_tiers_waiting_days_ck', sql`${t.waitingDays} between 0 and 730`),
    check('bonus_tiers_amount_ck', sql`${t.amount} is null or ${t.amount} >= 0`),
    check('bonus_tiers_currency_ck', sql`${t.currency} ~ '^[A-Z]{3}$'`),
  ],
);

/**
 * An employee's personal tracking link to one job (`/r/<token>`): an application through it is a
 * referral by that employee. The counters are what the employee sees beside the link.
 */
export const shareLinks = pgTable(
  'share_links',
  {
    id: idColumn(),
    companyId: companyIdColumn(),
    membershipId: uuid('membership_id').notNull(),
    jobId: uuid('job_id').notNull(),
    /** Public and shareable on purpose (it grants nothing but attribution), so stored as is. */
    token: text('token').notNull(),
    views: integer('views').notNull().default(0),
    applications: integer('applications').notNull().default(0),
    createdAt: createdAtColumn(),
  },
  (t) => [
    uniqueIndex('share_links_token_uq').on(t.token),
    uniqueIndex('share_links_member_job_uq').on(t.membershipId, t.jobId),
    index('share_links_company_job_idx').on(t.companyId, t.jobId),
    companyKey(t),
    sameCompany(t.companyId, t.membershipId, memberships, 'cascade'),
    sameCompany(t.companyId, t.jobId, jobs, 'cascade'),
  ],
);

const at = (name: string) => timestamp(name, { withTimezone: true, precision: 3 });

/**
 * One referral however it began: an employee's email introduction or warm/cold prospect (marked on
 * one of their contacts), a recruiter's referral request, a submission. The board, the employee's
 * "My referrals", the candidate's Referrals tab and the API all read these rows.
 *
 * The person is copied onto the row when the referral is made: the contact it came from stays
 * private to its employee and may be deleted, while a referral a recruiter is working on must keep
 * its name. The copy also carries its own search vector, so searching passed-on people never
 * touches anyone's unmarked contacts.
 */
export const referrals = pgTable(
  'referrals',
  {
    id: idColumn(),
    companyId: companyIdColumn(),
    source: text('source', { enum: REFERRAL_SOURCES }).notNull(),
    /** The employee (or agent) who refers. Stored for every source; hidden from recruiters for cold prospects. */
    referrerMembershipId: uuid('referrer_membership_id'),
    /** The contact a mark was made on; null for other sources or once the employee deleted it. */
    contactId: uuid('contact_id'),
    candidateId: uuid('candidate_id'),
    jobId: uuid('job_id'),
    /** Set from the job when there is one, or by a recruiter: decides whose default view shows it. */
    departmentId: uuid('department_id'),
    /** The recruiter who acted on it (requested the introduction, sent the request). */
    recruiterMembershipId: uuid('recruiter_membership_id'),
    firstName: text('first_name').notNull(),
    lastName: text('last_name').notNull(),
    email: text('email'),
    linkedinUrl: text('linkedin_url'),
    phone: text('phone'),
    company: text('company'),
    position: text('position'),
    skills: text('skills').array().notNull().default(sql`'{}'::text[]`),
    /** Folded keys of the person (hiring/normalize.ts), so exclusions added later hide the referral too. */
    emailKey: text('email_key'),
    linkedinKey: text('linkedin_key'),
    companyKey: text('company_key'),
    searchVector: tsvector('search_vector').notNull(),
    status: text('status', { enum: REFERRAL_STATUSES }).notNull(),
    statusChangedAt: at('status_changed_at').notNull().defaultNow(),
    active: boolean('active').notNull().default(true),
    loveToWorkAgain: boolean('love_to_work_again').notNull().default(false),
    /** The referrer's note to the recruiter (for a referral: why they fit). */
    referrerNote: text('referrer_note'),
    /**
     * What this referral owns under the referral policy (seed 001): the candidate's general profile,
     * or the submission to `job_id`; null when it owns nothing (marks, requests to colleagues).
     */
    ownership: text('ownership', { enum: REFERRAL_OWNERSHIPS }),
    /** How the referrer knows the person, in their words. */
    relationship: text('relationship'),
    /** The referrer's answer to "does the person know you are referring them?"; null: not asked. */
    candidateAware: boolean('candidate_aware'),
    /** The share link an application came through (source `share_link`). */
    shareLinkId: uuid('share_link_id'),
    /**
     * Set once the referred hire's bonus was paid: the candidate's later submissions are hidden from
     * this referrer (seed 001's best practice), while this referral stays in My referrals as paid.
     */
    linkRetiredAt: at('link_retired_at'),
    /** Service level of an email introduction: a recruiter should act by then. */
    dueAt: at('due_at'),
    /** First time a recruiter acted on it; stops the service-level clock. */
    actedAt: at('acted_at'),
    /** When the one overdue reminder went out. */
    slaRemindedAt: at('sla_reminded_at'),
    /** When the one "no status change for N days" reminder went out; a status change clears it. */
    staleRemindedAt: at('stale_reminded_at'),
    createdAt: createdAtColumn(),
    updatedAt: updatedAtColumn(),
  },
  (t) => [
    // One mark per contact: changing a mark updates the referral, never adds a second.
    uniqueIndex('referrals_contact_uq').on(t.contactId).where(sql`${t.contactId} is not null`),
    index('referrals_company_created_idx').on(t.companyId, t.createdAt, t.id),
    index('referrals_company_source_created_idx').on(t.companyId, t.source, t.createdAt, t.id),
    index('referrals_company_active_status_idx').on(t.companyId, t.active, t.statusChangedAt, t.id),
    // The board's counts per status read this index only, for any tab, source, department and ownership
    // filter; the person's keys ride along so the exclusion check needs no table rows either, and the id
    // so the bonus filters (a join to the bonuses by referral) need none.
    index('referrals_board_counts_idx').on(
      t.companyId,
      t.active,
      t.source,
      t.departmentId,
      t.status,
      t.emailKey,
      t.linkedinKey,
      t.companyKey,
      t.ownership,
      t.id,
    ),
    index('referrals_referrer_created_idx').on(t.companyId, t.referrerMembershipId, t.createdAt, t.id),
    index('referrals_candidate_idx').on(t.companyId, t.candidateId),
    index('referrals_job_idx').on(t.jobId),
    index('referrals_due_idx').on(t.companyId, t.dueAt).where(sql`${t.dueAt} is not null and ${t.actedAt} is null`),
    index('referrals_search_idx').using('gin', t.searchVector),
    // One owner per candidate and one per submission: a second referrer cannot take either over,
    // even when two referrals race (the loser's insert fails and is told so).
    uniqueIndex('referrals_candidate_owner_uq').on(t.companyId, t.candidateId).where(sql`${t.ownership} = 'candidate'`),
    uniqueIndex('referrals_submission_owner_uq')
      .on(t.companyId, t.candidateId, t.jobId)
      .where(sql`${t.ownership} = 'submission'`),
    check(
      'referrals_ownership_ck',
      sql`${t.ownership} is null or (${t.candidateId} is not null and (${t.ownership} = 'candidate') = (${t.jobId} is null))`,
    ),
    companyKey(t),
    sameCompany(t.companyId, t.referrerMembershipId, memberships, 'set null'),
    sameCompany(t.companyId, t.contactId, contacts, 'set null'),
    sameCompany(t.companyId, t.candidateId, candidates, 'set null'),
    sameCompany(t.companyId, t.jobId, jobs, 'set null'),
    sameCompany(t.companyId, t.departmentId, departments, 'set null'),
    sameCompany(t.companyId, t.recruiterMembershipId, memberships, 'set null'),
    sameCompany(t.companyId, t.shareLinkId, shareLinks, 'set null'),
    oneOf('referrals_source_ck', t.source, REFERRAL_SOURCES),
    oneOf('referrals_status_ck', t.status, REFERRAL_STATUSES),
    oneOf('referrals_ownership_kind_ck', t.ownership, REFERRAL_OWNERSHIPS),
  ],
);

/** Every status a referral went through, with who moved it and when: its timeline. */
export const referralEvents = pgTable(
  'referral_events',
  {
    id: idColumn(),
    companyId: companyIdColumn(),
    referralId: uuid('referral_id').notNull(),
    /**
     * status (a move, or the first line) | deactivated | reactivated | job_archived | late_answer
     * (the status stays).
     */
    kind: text('kind', { enum: REFERRAL_EVENT_KINDS }).notNull().default('status'),
    fromStatus: text('from_status', { enum: REFERRAL_STATUSES }),
    toStatus: text('to_status', { enum: REFERRAL_STATUSES }).notNull(),
    /** Null when no member did it (a reminder, the system). */
    actorMembershipId: uuid('actor_membership_id'),
    note: text('note'),
    /** The referrer's one-click answer from an email, on the line it wrote (a move, or a late answer). */
    answer: text('answer', { enum: ONE_CLICK_ANSWERS }),
    createdAt: createdAtColumn(),
  },
  (t) => [
    index('referral_events_referral_created_idx').on(t.referralId, t.createdAt),
    sameCompany(t.companyId, t.referralId, referrals, 'cascade'),
    sameCompany(t.companyId, t.actorMembershipId, memberships, 'set null'),
    oneOf('referral_events_kind_ck', t.kind, REFERRAL_EVENT_KINDS),
    oneOf('referral_events_from_status_ck', t.fromStatus, REFERRAL_STATUSES),
    oneOf('referral_events_to_status_ck', t.toStatus, REFERRAL_STATUSES),
    oneOf('referral_events_answer_ck', t.answer, ONE_CLICK_ANSWERS),
  ],
);

/**
 * Texts admins edit, per company, kind and language (e.g. the referral request email in Swedish),
 * in the safe template language. A company without its own row uses the shipped default.
 */
export const companyMessageTemplates = pgTable(
  'company_message_templates',
  {
    id: idColumn(),
    companyId: companyIdColumn(),
    kind: text('kind', { enum: MESSAGE_TEMPLATE_KINDS }).notNull(),
    language: text('language', { enum: LANGUAGES }).notNull(),
    subject: text('subject').notNull(),
    body: text('body').notNull(),
    updatedById: uuid('updated_by_id'),
    createdAt: createdAtColumn(),
    updatedAt: updatedAtColumn(),
  },
  (t) => [
    uniqueIndex('company_message_templates_uq').on(t.companyId, t.kind, t.language),
    sameCompany(t.companyId, t.updatedById, memberships, 'set null'),
    oneOf('company_message_templates_kind_ck', t.kind, MESSAGE_TEMPLATE_KINDS),
    oneOf('company_message_templates_language_ck', t.language, LANGUAGES),
  ],
);

/**
 * A company's referral policy (seed 001, Company settings → Referral policy). No row: every default,
 * which is what a new company gets.
 */
export const referralPolicies = pgTable(
  'referral_policies',
  {
    companyId: uuid('company_id')
      .primaryKey()
      .references(() => companies.id, { onDelete: 'cascade' }),
    /** "Accept referrals from agents for known candidates or submissions". */
    acceptKnownFromAgents: boolean('accept_known_from_agents').notNull().default(false),
    /** "Accept referrals from employees for known candidates or submissions". */
    acceptKnownFromEmployees: boolean('accept_known_from_employees').notNull().default(false),
    ownershipMode: text('ownership_mode', { enum: OWNERSHIP_MODES }).notNull().default('candidate'),
    /** Maximum submissions one agent may make to one job; 0 is unlimited. */
    maxAgentSubmissionsPerJob: integer('max_agent_submissions_per_job').notNull().default(0),
    /** "Display to the referrer submissions for which candidates applied by themselves". */
    showSelfAppliedToReferrer: boolean('show_self_applied_to_referrer').notNull().default(false),
    updatedById: uuid('updated_by_id'),
    updatedAt: updatedAtColumn(),
  },
  (t) => [
    oneOf('referral_policies_ownership_mode_ck', t.ownershipMode, OWNERSHIP_MODES),
    check('referral_policies_max_agent_ck', sql`${t.maxAgentSubmissionsPerJob} between 0 and 1000`),
    sameCompany(t.companyId, t.updatedById, memberships, 'set null'),
  ],
);

/**
 * A referral's bonus from the hire to the payout: created when the referred candidate reaches a
 * `hired` step, with the tier's rule copied (a later change to the tier does not move it).
 */
export const referralBonuses = pgTable(
  'referral_bonuses',
  {
    id: idColumn(),
    companyId: companyIdColumn(),
    referralId: uuid('referral_id').notNull(),
    bonusTierId: uuid('bonus_tier_id'),
    state: text('state', { enum: BONUS_STATES }).notNull().default('pending'),
    /** The tier's words ("SEK 10 000", "a weekend trip"), then its amount and currency when money. */
    value: text('value').notNull(),
    amount: numeric('amount', { precision: 12, scale: 2 }),
    currency: text('currency'),
    hiredAt: at('hired_at').notNull(),
    startDate: date('start_date').notNull(),
    waitingDays: integer('waiting_days').notNull(),
    /** start_date + waiting_days: the day the background job makes it eligible. */
    eligibleOn: date('eligible_on').notNull(),
    eligibleAt: at('eligible_at'),
    approvedAt: at('approved_at'),
    approvedById: uuid('approved_by_id'),
    paidOn: date('paid_on'),
    paidAmount: numeric('paid_amount', { precision: 12, scale: 2 }),
    payrollReference: text('payroll_reference'),
    paidById: uuid('paid_by_id'),
    forfeitedAt: at('forfeited_at'),
    forfeitReason: text('forfeit_reason'),
    forfeitedById: uuid('forfeited_by_id'),
    createdAt: createdAtColumn(),
    updatedAt: updatedAtColumn(),
  },
  (t) => [
    uniqueIndex('referral_bonuses_referral_uq').on(t.referralId),
    index('referral_bonuses_company_state_idx').on(t.companyId, t.state, t.eligibleOn),
    // The background job's scan: pending bonuses whose day has come, across companies.
    index('referral_bonuses_due_idx').on(t.eligibleOn).where(sql`${t.state} = 'pending'`),
    companyKey(t),
    sameCompany(t.companyId, t.referralId, referrals, 'cascade'),
    sameCompany(t.companyId, t.bonusTierId, bonusTiers, 'set null'),
    sameCompany(t.companyId, t.approvedById, memberships, 'set null'),
    sameCompany(t.companyId, t.paidById, memberships, 'set null'),
    sameCompany(t.companyId, t.forfeitedById, memberships, 'set null'),
    oneOf('referral_bonuses_state_ck', t.state, BONUS_STATES),
    check('referral_bonuses_waiting_days_ck', sql`${t.waitingDays} >= 0`),
  ],
);
