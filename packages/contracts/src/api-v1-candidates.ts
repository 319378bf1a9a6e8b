import { z } from 'zod';
import { ZV1CheckStatus } from './api-v1.ts';
import { EXAMPLE_ID, EXAMPLE_TIME, ZNextCursor, ZV1PageQuery } from './api-v1-common.ts';
import { ZEmail, ZId, ZIsoDateTime, ZLanguage, ZName } from './common.ts';
import { REFERRAL_SOURCES, REFERRAL_STATUSES } from './referrals.ts';

/** The integration API's candidates, referrals and report share links (see `api-v1.ts`). */

// ---------------------------------------------------------------- v1: candidates, referrals, report share links

const v1Time = (example = EXAMPLE_TIME) => z.string().meta({ example, format: 'date-time' });
const v1Text = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `At most ${max} characters`)
    .nullish()
    .transform((v) => (v ? v : null));

export const ZV1CreateCandidateRequest = z
  .object({
    first_name: ZName(100),
    last_name: ZName(100),
    email: z
      .string()
      .trim()
      .max(320)
      .nullish()
      .transform((v) => (v ? v.toLowerCase() : null))
      .pipe(z.email('Not a valid email address').nullable())
      .describe('Unique within the company: an email already in use answers 409 with that candidate’s id.'),
    phone: v1Text(40).describe('Best with the country code (E.164).'),
    language: ZLanguage.default('en'),
    external_id: v1Text(200).describe('Your id for the candidate.'),
    linkedin_url: v1Text(300),
    current_company: v1Text(200),
    current_title: v1Text(200),
  })
  .meta({
    example: {
      first_name: 'Sara',
      last_name: 'Lind',
      email: 'sara.lind@example.com',
      phone: '+46709876543',
      language: 'en',
      external_id: 'gh-cand-9911',
      linkedin_url: 'https://www.linkedin.com/in/sara-lind',
      current_company: 'Example AB',
      current_title: 'Backend Developer',
    },
  });

const EXAMPLE_CANDIDATE = {
  id: '5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d',
  external_id: 'gh-cand-9911',
  first_name: 'Sara',
  last_name: 'Lind',
  email: 'sara.lind@example.com',
  phone: '+46709876543',
  language: 'en',
  linkedin_url: 'https://www.linkedin.com/in/sara-lind',
  current_company: 'Example AB',
  current_title: 'Backend Developer',
  created_at: '2026-03-01T08:00:00.000Z',
  updated_at: EXAMPLE_TIME,
  url: 'https://vouch.example.com/candidates/5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d',
  reference_check: { id: EXAMPLE_ID, status: 'in_progress', referees_wanted: 2, referees_answered: 1 },
};

export const ZV1Candidate = z
  .object({
    id: ZId,
    external_id: z.string().nullable(),
    first_name: z.string(),
    last_name: z.string(),
    email: z.string().nullable(),
    phone: z.string().nullable(),
    language: ZLanguage,
    linkedin_url: z.string().nullable(),
    current_company: z.string().nullable(),
    current_title: z.string().nullable(),
    created_at: v1Time('2026-03-01T08:00:00.000Z'),
    updated_at: v1Time(),
    url: z.string().describe('The candidate in Vouch (sign-in needed).'),
    reference_check: z
      .object({
        id: ZId,
        status: ZV1CheckStatus,
        referees_wanted: z.number().int(),
        referees_answered: z.number().int(),
      })
      .nullable()
      .describe('The newest reference check that was not cancelled; null: none.'),
  })
  .meta({ example: EXAMPLE_CANDIDATE });
export type TV1Candidate = z.infer<typeof ZV1Candidate>;

/** Likely the same person (same phone, LinkedIn profile, or name at the same company): reported, not refused. */
export const ZV1CreatedCandidate = ZV1Candidate.extend({
  possible_duplicates: z.array(
    z.object({ candidate_id: ZId, name: z.string(), reason: z.enum(['phone', 'linkedin', 'name_company']) }),
  ),
}).meta({
  example: {
    ...EXAMPLE_CANDIDATE,
    reference_check: null,
    possible_duplicates: [{ candidate_id: EXAMPLE_ID, name: 'Sara Lind', reason: 'phone' }],
  },
});
export type TV1CreatedCandidate = z.infer<typeof ZV1CreatedCandidate>;

const EXAMPLE_REFERRAL = {
  id: '9b8a7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d',
  source: 'referral_request',
  status: 'interviewing',
  active: true,
  candidate: { id: EXAMPLE_CANDIDATE.id, first_name: 'Sara', last_name: 'Lind', email: 'sara.lind@example.com' },
  job: { id: '7e8f9a0b-1c2d-4e3f-9a4b-5c6d7e8f9a0b', title: 'Backend Developer' },
  referrer: { id: '2d3e4f5a-6b7c-4d8e-9f0a-1b2c3d4e5f6a', name: 'Erik Holm' },
  created_at: '2026-03-01T08:00:00.000Z',
  updated_at: EXAMPLE_TIME,
  status_changed_at: EXAMPLE_TIME,
};

export const ZV1Referral = z
  .object({
    id: ZId,
    source: z.enum(REFERRAL_SOURCES),
    status: z.enum(REFERRAL_STATUSES),
    active: z.boolean(),
    candidate: z
      .object({ id: ZId.nullable(), first_name: z.string(), last_name: z.string(), email: z.string().nullable() })
      .describe('The referred person; `id` is the candidate in Vouch once there is one.'),
    job: z.object({ id: ZId, title: z.string() }).nullable(),
    referrer: z
      .object({ id: ZId, name: z.string() })
      .nullable()
      .describe('Who referred; always null for cold prospects, whose employee is never told.'),
    created_at: v1Time('2026-03-01T08:00:00.000Z'),
    updated_at: v1Time(),
    status_changed_at: v1Time(),
  })
  .meta({ example: EXAMPLE_REFERRAL });
export type TV1Referral = z.infer<typeof ZV1Referral>;

export const ZV1CreateReferralRequest = z
  .object({
    referrer_email: ZEmail.describe('The member of your company who refers (an employee, or an agency’s agent).'),
    first_name: ZName(100),
    last_name: ZName(100),
    email: ZEmail.describe('The referred person’s email: required, it keeps candidates unique.'),
    phone: v1Text(40).describe('Best with the country code (E.164).'),
    linkedin_url: v1Text(300),
    current_company: v1Text(200),
    current_title: v1Text(200),
    language: ZLanguage.optional().describe('The language the person is emailed in; the referrer’s when left out.'),
    job_id: ZId.nullish()
      .transform((v) => v ?? null)
      .describe('The open job referred to; none for a general referral (agents always name one).'),
    relationship: v1Text(1000).describe('How the referrer knows the person.'),
    note: v1Text(2000).describe('Why they fit.'),
    candidate_aware: z
      .boolean()
      .nullish()
      .transform((v) => v ?? null),
  })
  .meta({
    example: {
      referrer_email: 'erik.holm@example.com',
      first_name: 'Sara',
      last_name: 'Lind',
      email: 'sara.lind@example.com',
      job_id: '7e8f9a0b-1c2d-4e3f-9a4b-5c6d7e8f9a0b',
      relationship: 'We worked together at Example AB',
      note: 'Strong in PostgreSQL',
      candidate_aware: true,
    },
  });

export const ZV1ReferralListQuery = ZV1PageQuery.extend({
  status: z.enum(REFERRAL_STATUSES).optional(),
  job_id: ZId.optional(),
  updated_since: ZIsoDateTime('Use an RFC 3339 date-time, e.g. 2026-03-01T00:00:00Z')
    .optional()
    .describe('Only referrals changed at or after this time; the list runs oldest change first.'),
});

export const ZV1ReferralList = z
  .object({ data: z.array(ZV1Referral), next_cursor: ZNextCursor })
  .meta({ example: { data: [EXAMPLE_REFERRAL], next_cursor: null } });

export const ZV1CreateShareLinkRequest = z
  .object({
    expires_in_days: z
      .number({ error: 'Enter a number of days' })
      .int('Whole days only')
      .min(1, 'At least 1 day')
      .max(365, 'At most 365 days')
      .default(30),
  })
  .meta({ example: { expires_in_days: 30 } });

/** Returned at creation: the only time the link is shown. */
export const ZV1CreatedShareLink = z
  .object({ id: ZId, url: z.string(), expires_at: v1Time('2026-04-03T09:15:00.000Z') })
  .meta({
    example: {
      id: EXAMPLE_ID,
      url: 'https://vouch.example.com/shared/reports/Jx2kP0v8hX6b2cQeWq9T3mZs1yLrA4uN5oD7fG8iH0k',
      expires_at: '2026-04-03T09:15:00.000Z',
    },
  });

const EXAMPLE_SHARE_LINK = {
  id: EXAMPLE_ID,
  expires_at: '2026-04-03T09:15:00.000Z',
  revoked_at: null,
  created_at: EXAMPLE_TIME,
  opens: 2,
  last_opened_at: EXAMPLE_TIME,
};

export const ZV1ShareLink = z
  .object({
    id: ZId,
    expires_at: z.string(),
    revoked_at: z.string().nullable(),
    created_at: z.string(),
    opens: z.number().int().describe('How many times the link was opened.'),
    last_opened_at: z.string().nullable(),
  })
  .meta({ example: EXAMPLE_SHARE_LINK });

export const ZV1ShareLinkList = z
  .object({ data: z.array(ZV1ShareLink) })
  .meta({ example: { data: [EXAMPLE_SHARE_LINK] } });

/** The same links in the app (session API, camelCase). */
export const ZReportShareLink = z.object({
  id: ZId,
  expiresAt: z.string(),
  revokedAt: z.string().nullable(),
  createdAt: z.string(),
  createdByName: z.string().nullable(),
  opens: z.number().int(),
  lastOpenedAt: z.string().nullable(),
});
export type TReportShareLink = z.infer<typeof ZReportShareLink>;
/** `enabled`: whether the company's setting lets links be created and opened. */
export const ZReportShareLinkList = z.object({ enabled: z.boolean(), items: z.array(ZReportShareLink) });
export type TReportShareLinkList = z.infer<typeof ZReportShareLinkList>;
export const ZCreatedReportShareLink = z.object({ id: ZId, url: z.string(), expiresAt: z.string() });
export type TCreatedReportShareLink = z.infer<typeof ZCreatedReportShareLink>;
export const ZCreateReportShareLinkRequest = z.object({
  expiresInDays: z
    .number({ error: 'Enter a number of days' })
    .int('Whole days only')
    .min(1, 'At least 1 day')
    .max(365, 'At most 365 days')
    .default(30),
});

// ---------------------------------------------------------------- end of v1: candidates, referrals, report share links
