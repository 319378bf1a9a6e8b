import {
  CANDIDATE_FILE_KINDS,
  JOB_STATUSES,
  LANGUAGES,
  PLACEMENT_ORIGINS,
  STEP_KINDS,
  type TReferenceCheckSettings,
} from '@vouch/contracts';
import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
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
import {
  bytea,
  companyKey,
  createdAtColumn,
  idColumn,
  oneOf,
  sameCompany,
  tsvector,
  updatedAtColumn,
} from '../../platform/db/columns.ts';
import { agencies, companyIdColumn, departments, memberships } from '../tenancy/tenancy.tables.ts';

const id = idColumn;
const createdAt = createdAtColumn;
const updatedAt = updatedAtColumn;
const companyId = companyIdColumn;

export const jobs = pgTable(
  'jobs',
  {
    id: id(),
    companyId: companyId(),
    title: text('title').notNull(),
    departmentId: uuid('department_id'),
    location: text('location'),
    description: text('description'),
    hiringManagerId: uuid('hiring_manager_id'),
    status: text('status', { enum: JOB_STATUSES }).notNull().default('open'),
    /** Open jobs are listed on the public careers page unless a recruiter keeps one internal. */
    onCareersPage: boolean('on_careers_page').notNull().default(true),
    /** The ATS's own id for this job, when it came through the integration API. */
    externalId: text('external_id'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    archivedAt: timestamp('archived_at', { withTimezone: true, precision: 3 }),
  },
  (t) => [
    index('jobs_company_status_updated_idx').on(t.companyId, t.status, t.updatedAt, t.id),
    index('jobs_company_department_idx').on(t.companyId, t.departmentId),
    // An ATS's job id names one open job: archived jobs are not matched, so they do not hold it.
    uniqueIndex('jobs_company_external_uq')
      .on(t.companyId, t.externalId)
      .where(sql`${t.externalId} is not null and ${t.archivedAt} is null`),
    companyKey(t),
    sameCompany(t.companyId, t.departmentId, departments, 'set null'),
    sameCompany(t.companyId, t.hiringManagerId, memberships, 'set null'),
    oneOf('jobs_status_ck', t.status, JOB_STATUSES),
  ],
);

export const jobRecruiters = pgTable(
  'job_recruiters',
  {
    companyId: companyId(),
    jobId: uuid('job_id').notNull(),
    membershipId: uuid('membership_id').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.jobId, t.membershipId] }),
    index('job_recruiters_member_idx').on(t.membershipId),
    sameCompany(t.companyId, t.jobId, jobs, 'cascade'),
    sameCompany(t.companyId, t.membershipId, memberships, 'cascade'),
  ],
);

/** A job's hiring process: ordered steps. `kind` lets later features hook behaviour to a step. */
export const jobSteps = pgTable(
  'job_steps',
  {
    id: id(),
    companyId: companyId(),
    jobId: uuid('job_id').notNull(),
    name: text('name').notNull(),
    kind: text('kind', { enum: STEP_KINDS }).notNull().default('standard'),
    position: integer('position').notNull(),
    /** Per-step settings: a reference check's template and channels, checked by the contract's schema on write. */
    settings: jsonb('settings').$type<TReferenceCheckSettings>(),
    /** A step removed from the process keeps its row so history still names it. */
    removedAt: timestamp('removed_at', { withTimezone: true, precision: 3 }),
  },
  (t) => [
    index('job_steps_job_idx').on(t.jobId, t.position),
    companyKey(t),
    sameCompany(t.companyId, t.jobId, jobs, 'cascade'),
    oneOf('job_steps_kind_ck', t.kind, STEP_KINDS),
    check('job_steps_settings_object_ck', sql`jsonb_typeof(${t.settings}) = 'object'`),
  ],
);

export const candidates = pgTable(
  'candidates',
  {
    id: id(),
    companyId: companyId(),
    firstName: text('first_name').notNull(),
    lastName: text('last_name').notNull(),
    email: text('email'),
    /** Lower-cased, spaces removed: the unique key within a company. */
    emailKey: text('email_key'),
    phone: text('phone'),
    /** E.164, for duplicate detection. */
    phoneKey: text('phone_key'),
    linkedinUrl: text('linkedin_url'),
    /** Normalised profile path, e.g. `linkedin.com/in/jane-doe`. */
    linkedinKey: text('linkedin_key'),
    currentCompany: text('current_company'),
    currentTitle: text('current_title'),
    /** Lower-cased "first last|company" for the same-name-and-company duplicate rule. */
    nameCompanyKey: text('name_company_key'),
    location: text('location'),
    language: text('language', { enum: LANGUAGES }).notNull().default('en'),
    skills: text('skills').array().notNull().default(sql`'{}'::text[]`),
    tags: text('tags').array().notNull().default(sql`'{}'::text[]`),
    notes: text('notes'),
    externalId: text('external_id'),
    createdById: uuid('created_by_id'),
    searchVector: tsvector('search_vector'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    anonymizedAt: timestamp('anonymized_at', { withTimezone: true, precision: 3 }),
  },
  (t) => [
    uniqueIndex('candidates_company_email_uq').on(t.companyId, t.emailKey),
    // An ATS's candidate id names one candidate; an erased (anonymised) one no longer holds it.
    uniqueIndex('candidates_company_external_uq')
      .on(t.companyId, t.externalId)
      .where(sql`${t.externalId} is not null and ${t.anonymizedAt} is null`),
    index('candidates_company_phone_idx').on(t.companyId, t.phoneKey),
    index('candidates_company_linkedin_idx').on(t.companyId, t.linkedinKey),
    index('candidates_company_name_company_idx').on(t.companyId, t.nameCompanyKey),
    index('candidates_company_updated_idx').on(t.companyId, t.updatedAt, t.id),
    // The candidate list's sorts, over the candidates not erased: a page of a job or step is read in
    // order from these alone (an index-only scan) and stops when the page is full.
    index('candidates_live_updated_idx').on(t.companyId, t.updatedAt, t.id).where(sql`${t.anonymizedAt} is null`),
    index('candidates_live_created_idx').on(t.companyId, t.createdAt, t.id).where(sql`${t.anonymizedAt} is null`),
    index('candidates_live_name_idx')
      .on(t.companyId, t.lastName, t.firstName, t.id)
      .where(sql`${t.anonymizedAt} is null`),
    index('candidates_search_idx').using('gin', t.searchVector),
    index('candidates_tags_idx').using('gin', t.tags),
    index('candidates_skills_idx').using('gin', t.skills),
    companyKey(t),
    sameCompany(t.companyId, t.createdById, memberships, 'set null'),
    oneOf('candidates_language_ck', t.language, LANGUAGES),
  ],
);

/**
 * Where someone worked: candidates' histories and employees' (members') histories in one table, so
 * "who worked with whom" is one self-join.
 */
export const workHistory = pgTable(
  'work_history',
  {
    id: id(),
    companyId: companyId(),
    candidateId: uuid('candidate_id'),
    membershipId: uuid('membership_id'),
    companyName: text('company_name').notNull(),
    /** Employer name folded for matching ("Dentons LLP" → "dentons"). */
    companyKey: text('company_key').notNull(),
    title: text('title'),
    startDate: date('start_date'),
    endDate: date('end_date'),
    position: integer('position').notNull().default(0),
  },
  (t) => [
    index('work_history_candidate_idx').on(t.candidateId),
    index('work_history_member_idx').on(t.membershipId),
    index('work_history_company_key_idx').on(t.companyId, t.companyKey),
    // Colleagues' stints by employer, for "worked together" against a candidate's history.
    index('work_history_member_company_key_idx')
      .on(t.companyId, t.companyKey)
      .where(sql`${t.membershipId} is not null`),
    check('work_history_one_owner', sql`(${t.candidateId} is null) <> (${t.membershipId} is null)`),
    sameCompany(t.companyId, t.candidateId, candidates, 'cascade'),
    sameCompany(t.companyId, t.membershipId, memberships, 'cascade'),
  ],
);

/** A candidate on a job, at a step. */
export const placements = pgTable(
  'placements',
  {
    id: id(),
    companyId: companyId(),
    candidateId: uuid('candidate_id').notNull(),
    jobId: uuid('job_id').notNull(),
    stepId: uuid('step_id').notNull(),
    /** How the candidate came onto the job (contracts' PLACEMENT_ORIGINS); My referrals reads it. */
    origin: text('origin', { enum: PLACEMENT_ORIGINS }).notNull().default('recruiter'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('placements_candidate_job_uq').on(t.candidateId, t.jobId),
    oneOf('placements_origin_ck', t.origin, PLACEMENT_ORIGINS),
    index('placements_company_job_step_idx').on(t.companyId, t.jobId, t.stepId, t.candidateId),
    companyKey(t),
    sameCompany(t.companyId, t.candidateId, candidates, 'cascade'),
    sameCompany(t.companyId, t.jobId, jobs, 'cascade'),
    sameCompany(t.companyId, t.stepId, jobSteps),
  ],
);

export const placementEvents = pgTable(
  'placement_events',
  {
    id: id(),
    companyId: companyId(),
    placementId: uuid('placement_id').notNull(),
    fromStepId: uuid('from_step_id'),
    toStepId: uuid('to_step_id').notNull(),
    actorId: uuid('actor_id'),
    at: timestamp('at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [
    index('placement_events_placement_idx').on(t.placementId, t.at),
    sameCompany(t.companyId, t.placementId, placements, 'cascade'),
    sameCompany(t.companyId, t.fromStepId, jobSteps),
    sameCompany(t.companyId, t.toStepId, jobSteps),
    sameCompany(t.companyId, t.actorId, memberships, 'set null'),
  ],
);

/** Which agencies' agents may submit candidates to a job (admins choose per job); none: no agency may. */
export const jobAgencies = pgTable(
  'job_agencies',
  {
    companyId: companyId(),
    jobId: uuid('job_id').notNull(),
    agencyId: uuid('agency_id').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.jobId, t.agencyId] }),
    index('job_agencies_agency_idx').on(t.companyId, t.agencyId),
    sameCompany(t.companyId, t.jobId, jobs, 'cascade'),
    sameCompany(t.companyId, t.agencyId, agencies, 'cascade'),
  ],
);

/**
 * Files kept with a candidate (a CV from a referral, a submission or an application). The content
 * lives in the database on purpose: backups carry it and erasing the candidate removes it.
 */
export const candidateFiles = pgTable(
  'candidate_files',
  {
    id: id(),
    companyId: companyId(),
    candidateId: uuid('candidate_id').notNull(),
    kind: text('kind', { enum: CANDIDATE_FILE_KINDS }).notNull().default('cv'),
    fileName: text('file_name').notNull(),
    /** Sniffed from the content, never taken from the upload's own claim. */
    contentType: text('content_type').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    sha256: text('sha256').notNull(),
    content: bytea('content').notNull(),
    /** The member who uploaded it; null for a public application or the API. */
    uploadedById: uuid('uploaded_by_id'),
    createdAt: createdAt(),
  },
  (t) => [
    index('candidate_files_candidate_idx').on(t.companyId, t.candidateId, t.createdAt),
    companyKey(t),
    sameCompany(t.companyId, t.candidateId, candidates, 'cascade'),
    sameCompany(t.companyId, t.uploadedById, memberships, 'set null'),
    oneOf('candidate_files_kind_ck', t.kind, CANDIDATE_FILE_KINDS),
    check('candidate_files_size_ck', sql`${t.sizeBytes} between 1 and 10485760`),
  ],
);

/** Where someone studied: candidates' and members' education in one table, like `work_history`. */
export const education = pgTable(
  'education',
  {
    id: id(),
    companyId: companyId(),
    candidateId: uuid('candidate_id'),
    membershipId: uuid('membership_id'),
    schoolName: text('school_name').notNull(),
    /** School name folded for matching, as `work_history.company_key`. */
    schoolKey: text('school_key').notNull(),
    degree: text('degree'),
    fieldOfStudy: text('field_of_study'),
    startDate: date('start_date'),
    endDate: date('end_date'),
    position: integer('position').notNull().default(0),
  },
  (t) => [
    index('education_candidate_idx').on(t.candidateId),
    index('education_member_idx').on(t.membershipId),
    index('education_school_key_idx').on(t.companyId, t.schoolKey),
    check('education_one_owner', sql`(${t.candidateId} is null) <> (${t.membershipId} is null)`),
    sameCompany(t.companyId, t.candidateId, candidates, 'cascade'),
    sameCompany(t.companyId, t.membershipId, memberships, 'cascade'),
  ],
);

/** What a candidate agreed to: today the careers page's application consent. */
export const CANDIDATE_CONSENT_PURPOSES = ['careers_application'] as const;

/**
 * A candidate's consent, kept as proof: when, to which version of which text (the exact words, in
 * the language shown), and for which job. One row per time they agreed; erasing the candidate
 * removes them.
 */
export const candidateConsents = pgTable(
  'candidate_consents',
  {
    id: id(),
    companyId: companyId(),
    candidateId: uuid('candidate_id').notNull(),
    purpose: text('purpose', { enum: CANDIDATE_CONSENT_PURPOSES }).notNull(),
    /** The text's version name; a new wording gets a new one. */
    textVersion: text('text_version').notNull(),
    /** The words as the person saw them, with the company's name filled in. */
    text: text('text').notNull(),
    language: text('language', { enum: LANGUAGES }).notNull(),
    jobId: uuid('job_id'),
    agreedAt: timestamp('agreed_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [
    index('candidate_consents_candidate_idx').on(t.companyId, t.candidateId, t.agreedAt),
    companyKey(t),
    sameCompany(t.companyId, t.candidateId, candidates, 'cascade'),
    sameCompany(t.companyId, t.jobId, jobs, 'set null'),
    oneOf('candidate_consents_purpose_ck', t.purpose, CANDIDATE_CONSENT_PURPOSES),
  ],
);
