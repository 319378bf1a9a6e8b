import {
  CHECK_CHANNELS,
  CHECK_EVENT_KINDS,
  CHECK_SOURCES,
  CHECK_STALL_REASONS,
  CHECK_STATUSES,
  FRAUD_SIGNAL_KINDS,
  LANGUAGES,
  NAMED_CONSENT_METHODS,
  REFEREE_ADDERS,
  REFEREE_STATUSES,
  REFEREE_VERIFICATIONS,
  RELATIONSHIPS,
  type TAnswerValue,
  TEMPLATE_PRESETS,
  type TQuestionnaireContent,
  type TStoredDevice,
} from '@vouch/contracts';
import { sql } from 'drizzle-orm';
import {
  boolean,
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
import {
  companyKey,
  createdAtColumn,
  idColumn,
  oneOf,
  sameCompany,
  updatedAtColumn,
} from '../../platform/db/columns.ts';
import { candidates, jobs, placements } from '../hiring/hiring.tables.ts';
import { companyIdColumn, memberships } from '../tenancy/tenancy.tables.ts';

const id = idColumn;
const createdAt = createdAtColumn;
const updatedAt = updatedAtColumn;
const companyId = companyIdColumn;
const at = (name: string) => timestamp(name, { withTimezone: true, precision: 3 });

/** A business unit or client brand: its own name on messages, logo and questionnaires. */
export const subAccounts = pgTable(
  'sub_accounts',
  {
    id: id(),
    companyId: companyId(),
    name: text('name').notNull(),
    /** Shown as the sender of its checks' emails and SMS; the company's sender name when null. */
    senderName: text('sender_name'),
    /** A small image as a data URL (PNG, JPEG, SVG is refused), shown on candidate and referee pages. */
    logoDataUrl: text('logo_data_url'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    archivedAt: at('archived_at'),
  },
  (t) => [uniqueIndex('sub_accounts_company_name_uq').on(t.companyId, sql`lower(${t.name})`), companyKey(t)],
);

/** A member limited to some sub-accounts sees only their checks and templates; no rows means all. */
export const membershipSubAccounts = pgTable(
  'membership_sub_accounts',
  {
    companyId: companyId(),
    membershipId: uuid('membership_id').notNull(),
    subAccountId: uuid('sub_account_id').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.membershipId, t.subAccountId] }),
    sameCompany(t.companyId, t.membershipId, memberships, 'cascade'),
    sameCompany(t.companyId, t.subAccountId, subAccounts, 'cascade'),
  ],
);

/**
 * A questionnaire in one language: name, language, owner (the company or one sub-account). Its
 * questions live in versions; saving makes a new version, and a running check keeps the version it
 * started with. The language versions of one questionnaire share a `familyId` and their question
 * ids, so a report puts a Swedish and an English answer to the same question side by side.
 */
export const questionnaireTemplates = pgTable(
  'questionnaire_templates',
  {
    id: id(),
    companyId: companyId(),
    /** The questionnaire this is one language version of (its first version's id, or a new one). */
    familyId: uuid('family_id').notNull().defaultRandom(),
    subAccountId: uuid('sub_account_id'),
    name: text('name').notNull(),
    language: text('language', { enum: LANGUAGES }).notNull(),
    /** The shipped default it was copied from, if any. */
    preset: text('preset', { enum: TEMPLATE_PRESETS }),
    currentVersion: integer('current_version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    archivedAt: at('archived_at'),
  },
  (t) => [
    index('questionnaire_templates_company_idx').on(t.companyId, t.language, t.name),
    index('questionnaire_templates_family_idx').on(t.companyId, t.familyId),
    // One live version per language in a family; an archived one may be replaced.
    uniqueIndex('questionnaire_templates_family_language_uq')
      .on(t.familyId, t.language)
      .where(sql`${t.archivedAt} is null`),
    companyKey(t),
    sameCompany(t.companyId, t.subAccountId, subAccounts, 'cascade'),
    oneOf('questionnaire_templates_language_ck', t.language, LANGUAGES),
    oneOf('questionnaire_templates_preset_ck', t.preset, TEMPLATE_PRESETS),
  ],
);

export const questionnaireVersions = pgTable(
  'questionnaire_versions',
  {
    id: id(),
    companyId: companyId(),
    templateId: uuid('template_id').notNull(),
    version: integer('version').notNull(),
    content: jsonb('content').$type<TQuestionnaireContent>().notNull(),
    createdById: uuid('created_by_id'),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('questionnaire_versions_template_version_uq').on(t.templateId, t.version),
    companyKey(t),
    sameCompany(t.companyId, t.templateId, questionnaireTemplates, 'cascade'),
    sameCompany(t.companyId, t.createdById, memberships, 'set null'),
  ],
);

/**
 * One reference check of one candidate, started from a job's process step, the candidate's profile or
 * the API. The settings are copied in at start, so changing the step later does not change it.
 */
export const referenceChecks = pgTable(
  'reference_checks',
  {
    id: id(),
    companyId: companyId(),
    candidateId: uuid('candidate_id').notNull(),
    jobId: uuid('job_id'),
    placementId: uuid('placement_id'),
    subAccountId: uuid('sub_account_id'),
    versionId: uuid('version_id').notNull(),
    language: text('language', { enum: LANGUAGES }).notNull(),
    candidateChannel: text('candidate_channel', { enum: CHECK_CHANNELS }).notNull(),
    refereeChannel: text('referee_channel', { enum: CHECK_CHANNELS }).notNull(),
    refereesWanted: integer('referees_wanted').notNull(),
    /** Whether referees enter a one-time code (email or SMS) before answering. */
    refereeVerification: text('referee_verification', { enum: REFEREE_VERIFICATIONS }).notNull().default('none'),
    status: text('status', { enum: CHECK_STATUSES }).notNull().default('awaiting_referees'),
    source: text('source', { enum: CHECK_SOURCES }).notNull(),
    /** The ATS's own id when started through the API. */
    externalId: text('external_id'),
    /** An assessment partner protocol that started it (`greenhouse`), told through `partnerCallbackUrl` on completion. */
    partner: text('partner'),
    partnerCallbackUrl: text('partner_callback_url'),
    partnerCallbackSentAt: at('partner_callback_sent_at'),
    createdById: uuid('created_by_id'),
    /** Links to the candidate and referees stop working after this. */
    linksExpireAt: at('links_expire_at').notNull(),
    candidateConsentAt: at('candidate_consent_at'),
    candidateConsentVersion: text('candidate_consent_version'),
    /** The candidate withdrew their consent from their privacy page: the check stopped. */
    candidateConsentWithdrawnAt: at('candidate_consent_withdrawn_at'),
    candidateIp: text('candidate_ip'),
    candidateDevice: jsonb('candidate_device').$type<TStoredDevice>(),
    /** Reminders the candidate got while they had not consented or named enough referees. */
    candidateRemindersSent: integer('candidate_reminders_sent').notNull().default(0),
    /** When the candidate's next reminder is due (daytime-adjusted); null when none is. */
    candidateNextReminderAt: at('candidate_next_reminder_at'),
    /** When the candidate's reminders ran out unanswered and the recruiter was told. */
    candidateSilentAt: at('candidate_silent_at'),
    /**
     * Where the candidate's reminder schedule counts from when not the check's start: the moment a
     * recruiter corrected an address that had bounced, so the candidate is chased anew at the new one.
     */
    candidateChaseStartedAt: at('candidate_chase_started_at'),
    /** A message to the candidate's email (or phone) was reported undeliverable: that channel is not chased. */
    candidateEmailBouncedAt: at('candidate_email_bounced_at'),
    candidateSmsFailedAt: at('candidate_sms_failed_at'),
    /** The step's instruction to the candidate, copied at start like the other settings. */
    instruction: text('instruction'),
    /** True when a recruiter closed it before every wanted referee answered. */
    closedEarly: boolean('closed_early').notNull().default(false),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    completedAt: at('completed_at'),
    cancelledAt: at('cancelled_at'),
    /** When retention or an erasure emptied its referees' details and free text; the check stays for statistics. */
    anonymizedAt: at('anonymized_at'),
  },
  (t) => [
    index('reference_checks_candidate_idx').on(t.companyId, t.candidateId, t.createdAt),
    index('reference_checks_company_status_idx').on(t.companyId, t.status, t.updatedAt, t.id),
    index('reference_checks_external_idx').on(t.companyId, t.externalId),
    // The id an ATS gives a check through /api/v1 names one check. A partner protocol's id may be
    // shared: Greenhouse sends several tests for one application, each carrying the application id.
    uniqueIndex('reference_checks_company_external_uq')
      .on(t.companyId, t.externalId)
      .where(sql`${t.externalId} is not null and ${t.partner} is null`),
    companyKey(t),
    sameCompany(t.companyId, t.candidateId, candidates, 'cascade'),
    sameCompany(t.companyId, t.jobId, jobs, 'set null'),
    sameCompany(t.companyId, t.placementId, placements, 'set null'),
    sameCompany(t.companyId, t.subAccountId, subAccounts, 'set null'),
    sameCompany(t.companyId, t.versionId, questionnaireVersions),
    sameCompany(t.companyId, t.createdById, memberships, 'set null'),
    oneOf('reference_checks_language_ck', t.language, LANGUAGES),
    oneOf('reference_checks_candidate_channel_ck', t.candidateChannel, CHECK_CHANNELS),
    oneOf('reference_checks_referee_channel_ck', t.refereeChannel, CHECK_CHANNELS),
    oneOf('reference_checks_referee_verification_ck', t.refereeVerification, REFEREE_VERIFICATIONS),
    oneOf('reference_checks_status_ck', t.status, CHECK_STATUSES),
    oneOf('reference_checks_source_ck', t.source, CHECK_SOURCES),
  ],
);

/**
 * The version of each language of the check's questionnaire, pinned when the check starts: a referee
 * answers the one in their language, or the check's own (`version_id` on the check) when the
 * questionnaire has none in it.
 */
export const referenceCheckVersions = pgTable(
  'reference_check_versions',
  {
    companyId: companyId(),
    checkId: uuid('check_id').notNull(),
    language: text('language', { enum: LANGUAGES }).notNull(),
    versionId: uuid('version_id').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.checkId, t.language] }),
    sameCompany(t.companyId, t.checkId, referenceChecks, 'cascade'),
    sameCompany(t.companyId, t.versionId, questionnaireVersions),
    oneOf('reference_check_versions_language_ck', t.language, LANGUAGES),
  ],
);

/**
 * A person asked about the candidate. Answers are one JSON object keyed by question id, written on
 * every save, so resuming on another device is reading one row.
 */
export const referees = pgTable(
  'referees',
  {
    id: id(),
    companyId: companyId(),
    checkId: uuid('check_id').notNull(),
    name: text('name').notNull(),
    email: text('email'),
    /** Lower-cased email, for the duplicate and fraud rules. */
    emailKey: text('email_key'),
    /** E.164. */
    phone: text('phone'),
    relationship: text('relationship', { enum: RELATIONSHIPS }).notNull(),
    company: text('company'),
    /** Free text such as "2019–2022". */
    workedTogether: text('worked_together'),
    language: text('language', { enum: LANGUAGES }).notNull(),
    addedBy: text('added_by', { enum: REFEREE_ADDERS }).notNull(),
    /**
     * `invited`, `opened`, `answered`, `declined`, `bounced`; `removed` when replaced or withdrawn
     * (kept so the report and the fraud rules still see who was named).
     */
    status: text('status', { enum: REFEREE_STATUSES }).notNull().default('invited'),
    declineReason: text('decline_reason'),
    answers: jsonb('answers').$type<Record<string, TAnswerValue>>().notNull().default(sql`'{}'::jsonb`),
    /** The referee asked for their answers to be erased: the report says "answer withdrawn". */
    answersWithdrawnAt: at('answers_withdrawn_at'),
    consentAt: at('consent_at'),
    consentVersion: text('consent_version'),
    /** The referee withdrew their consent (and with it their answers) from their privacy page. */
    consentWithdrawnAt: at('consent_withdrawn_at'),
    ip: text('ip'),
    device: jsonb('device').$type<TStoredDevice>(),
    /** What the referee said they were to the candidate, when consenting. */
    statedRelationship: text('stated_relationship', { enum: RELATIONSHIPS }),
    /** The referee entered a one-time code sent to their email or phone. */
    verifiedAt: at('verified_at'),
    verifiedBy: text('verified_by', { enum: ['email', 'phone'] }),
    /** The current one-time code's HMAC (never the code), its expiry, when it went out, wrong tries. */
    verificationCodeHash: text('verification_code_hash'),
    verificationCodeExpiresAt: at('verification_code_expires_at'),
    verificationCodeSentAt: at('verification_code_sent_at'),
    verificationAttempts: integer('verification_attempts').notNull().default(0),
    /** How the candidate agreed to this referee when the recruiter named them (candidate channel `none`). */
    namedConsentMethod: text('named_consent_method', { enum: NAMED_CONSENT_METHODS }),
    namedConsentNote: text('named_consent_note'),
    namedConsentAt: at('named_consent_at'),
    namedConsentById: uuid('named_consent_by_id'),
    /** The API key that confirmed it, when an ATS named the referees through the integration API. */
    namedConsentApiKeyId: uuid('named_consent_api_key_id'),
    invitedAt: at('invited_at'),
    openedAt: at('opened_at'),
    /** The first saved answer: from then on the candidate can no longer correct this referee. */
    startedAt: at('started_at'),
    answeredAt: at('answered_at'),
    declinedAt: at('declined_at'),
    bouncedAt: at('bounced_at'),
    /** Reminders sent so far, and when the next one is due (null when none is). */
    remindersSent: integer('reminders_sent').notNull().default(0),
    nextReminderAt: at('next_reminder_at'),
    /** When the candidate was told this referee has not answered after the last reminder. */
    candidateToldAt: at('candidate_told_at'),
    /**
     * The link the referee answered or declined through (its SHA-256, as `link_tokens` keeps it), so
     * the report can tell an answer given through a link a staff member copied.
     */
    answeredLinkHash: text('answered_link_hash'),
    /** The invitation email, so a bounce reported for it marks this referee. */
    inviteMessageId: uuid('invite_message_id'),
    replacedById: uuid('replaced_by_id'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('referees_check_idx').on(t.checkId, t.createdAt),
    index('referees_company_email_idx').on(t.companyId, t.emailKey),
    index('referees_company_phone_idx').on(t.companyId, t.phone),
    index('referees_due_reminder_idx').on(t.nextReminderAt).where(sql`${t.nextReminderAt} is not null`),
    companyKey(t),
    sameCompany(t.companyId, t.checkId, referenceChecks, 'cascade'),
    oneOf('referees_relationship_ck', t.relationship, RELATIONSHIPS),
    oneOf('referees_language_ck', t.language, LANGUAGES),
    oneOf('referees_added_by_ck', t.addedBy, REFEREE_ADDERS),
    oneOf('referees_status_ck', t.status, REFEREE_STATUSES),
    oneOf('referees_stated_relationship_ck', t.statedRelationship, RELATIONSHIPS),
    oneOf('referees_verified_by_ck', t.verifiedBy, ['email', 'phone']),
    oneOf('referees_named_consent_method_ck', t.namedConsentMethod, NAMED_CONSENT_METHODS),
    sameCompany(t.companyId, t.namedConsentById, memberships, 'set null'),
  ],
);

/** Something in a check that a recruiter should look at, with the evidence and whether they did. */
export const referenceFraudSignals = pgTable(
  'reference_fraud_signals',
  {
    id: id(),
    companyId: companyId(),
    checkId: uuid('check_id').notNull(),
    refereeId: uuid('referee_id'),
    kind: text('kind', { enum: FRAUD_SIGNAL_KINDS }).notNull(),
    /** What makes the signal unique within the check, so recomputing never duplicates it. */
    dedupeKey: text('dedupe_key').notNull(),
    evidence: jsonb('evidence').$type<Record<string, string | number | null>>().notNull(),
    reviewedAt: at('reviewed_at'),
    reviewedById: uuid('reviewed_by_id'),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('reference_fraud_signals_uq').on(t.checkId, t.kind, t.dedupeKey),
    sameCompany(t.companyId, t.checkId, referenceChecks, 'cascade'),
    sameCompany(t.companyId, t.refereeId, referees, 'cascade'),
    sameCompany(t.companyId, t.reviewedById, memberships, 'set null'),
    oneOf('reference_fraud_signals_kind_ck', t.kind, FRAUD_SIGNAL_KINDS),
  ],
);

/**
 * What staff did to a check, for its timeline: a candidate's or referee's link copied or sent again,
 * the check closed early or cancelled. A copied link carries its token's SHA-256, so the report can
 * tell an answer that came through it.
 */
export const referenceCheckEvents = pgTable(
  'reference_check_events',
  {
    id: id(),
    companyId: companyId(),
    checkId: uuid('check_id').notNull(),
    refereeId: uuid('referee_id'),
    kind: text('kind', { enum: CHECK_EVENT_KINDS }).notNull(),
    /** Null when no member did it (an integration). */
    actorMembershipId: uuid('actor_membership_id'),
    linkHash: text('link_hash'),
    createdAt: createdAt(),
  },
  (t) => [
    index('reference_check_events_check_idx').on(t.checkId, t.createdAt),
    sameCompany(t.companyId, t.checkId, referenceChecks, 'cascade'),
    sameCompany(t.companyId, t.refereeId, referees, 'cascade'),
    sameCompany(t.companyId, t.actorMembershipId, memberships, 'set null'),
    oneOf('reference_check_events_kind_ck', t.kind, CHECK_EVENT_KINDS),
  ],
);

/**
 * A candidate who entered a "Reference check" step whose check could not start (no address or number
 * for the candidate channel): "needs attention" on the pipeline card and the home page. One per
 * placement; gone when a check starts for the candidate and job, or the placement moves on.
 */
export const referenceCheckStalls = pgTable(
  'reference_check_stalls',
  {
    id: id(),
    companyId: companyId(),
    placementId: uuid('placement_id').notNull(),
    candidateId: uuid('candidate_id').notNull(),
    jobId: uuid('job_id').notNull(),
    /** The step's sub-account: recruiters limited to sub-accounts see only theirs, as with checks. */
    subAccountId: uuid('sub_account_id'),
    reason: text('reason', { enum: CHECK_STALL_REASONS }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('reference_check_stalls_placement_uq').on(t.companyId, t.placementId),
    index('reference_check_stalls_candidate_idx').on(t.companyId, t.candidateId, t.jobId),
    companyKey(t),
    sameCompany(t.companyId, t.placementId, placements, 'cascade'),
    sameCompany(t.companyId, t.candidateId, candidates, 'cascade'),
    sameCompany(t.companyId, t.jobId, jobs, 'cascade'),
    sameCompany(t.companyId, t.subAccountId, subAccounts, 'set null'),
    oneOf('reference_check_stalls_reason_ck', t.reason, CHECK_STALL_REASONS),
  ],
);
