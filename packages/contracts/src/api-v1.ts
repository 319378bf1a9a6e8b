import { z } from 'zod';
import { EXAMPLE_ID, EXAMPLE_TIME, ZNextCursor, ZV1PageQuery } from './api-v1-common.ts';
import { EXAMPLE_V1_REPORT_SUMMARY, ZV1ReportSummary } from './api-v1-report-summary.ts';
import { ZId, ZLanguage, ZName, ZOptionalText } from './common.ts';
import { ZWebhookEventTypes, ZWebhookUrl } from './integrations.ts';
import { CHECK_CHANNELS, CHECK_STATUSES, RELATIONSHIPS, ZNamedConsent, ZNamedConsentMethod } from './references.ts';

/**
 * The integration API (`/api/v1`) for applicant tracking systems: stable snake_case names, ids as
 * strings, times in RFC 3339 UTC, lists paged by an opaque cursor (`?cursor=` → `next_cursor`).
 * Candidates, referrals and report share links are in `api-v1-candidates.ts`.
 */

export { ZV1PageQuery } from './api-v1-common.ts';

// ---------------------------------------------------------------- v1: sub-accounts, templates, reference checks

export const ZV1SubAccount = z
  .object({
    id: ZId,
    name: z.string(),
    sender_name: z.string().nullable().describe('Who candidates and referees see as the sender; null: the name.'),
  })
  .meta({ example: { id: EXAMPLE_ID, name: 'Acme Staffing', sender_name: 'Acme' } });
export type TV1SubAccount = z.infer<typeof ZV1SubAccount>;

export const ZV1SubAccountList = z.object({ data: z.array(ZV1SubAccount), next_cursor: ZNextCursor });

export const ZV1TemplateListQuery = ZV1PageQuery.extend({
  language: ZLanguage.optional().describe('Only questionnaires in this language.'),
});

export const ZV1Template = z
  .object({
    id: ZId,
    name: z.string(),
    language: ZLanguage,
    sub_account_id: ZId.nullable().describe('The sub-account it belongs to; null: company-wide.'),
    version: z.number().int().describe('The current version: a check pins the version it started with.'),
  })
  .meta({ example: { id: EXAMPLE_ID, name: 'General', language: 'en', sub_account_id: null, version: 3 } });
export type TV1Template = z.infer<typeof ZV1Template>;

export const ZV1TemplateList = z.object({ data: z.array(ZV1Template), next_cursor: ZNextCursor });

export const ZV1Channel = z
  .enum(CHECK_CHANNELS)
  .describe('How messages go: `email`, `sms`, `email_and_sms` or `none`.');

/** A referee as the API names one. */
export const ZV1RefereeInput = z
  .object({
    name: ZName(200),
    email: z
      .string()
      .trim()
      .max(320)
      .nullish()
      .transform((v) => (v ? v.toLowerCase() : null))
      .pipe(z.email('Not a valid email address').nullable()),
    phone: ZOptionalText(40).describe('A mobile number, best with the country code (E.164).'),
    relationship: z.enum(RELATIONSHIPS),
    company: ZOptionalText(200),
    worked_together: ZOptionalText(200).describe('When and where, in the candidate’s words.'),
    language: ZLanguage.default('en'),
  })
  .meta({
    example: {
      name: 'Maria Berg',
      email: 'maria.berg@example.com',
      phone: '+46701234567',
      relationship: 'manager',
      company: 'Example AB',
      worked_together: '2019–2022',
      language: 'en',
    },
  });

/**
 * How the candidate agreed to the referees you name, when Vouch does not ask the candidate (candidate
 * channel `none`): required then with `referees`, recorded on each referee with the time and your key.
 */
const ZV1RefereeConsent = ZNamedConsent.nullish()
  .transform((v) => v ?? undefined)
  .describe(
    'Required with `referees` when `candidate_channel` is `none`: how the candidate agreed to them being contacted (`in_writing`, `verbally`, `in_application` or `other`, with an optional `note`). Missing: 400 `reference_check.named_consent_required` on `referee_consent`.',
  );

export const ZV1StartReferenceCheckRequest = z
  .object({
    external_id: ZOptionalText(200).describe('Your own id for this check (recommended): list checks by it.'),
    candidate: z.object({
      first_name: ZName(100),
      last_name: ZName(100),
      email: z
        .string()
        .trim()
        .max(320)
        .nullish()
        .transform((v) => (v ? v.toLowerCase() : null))
        .pipe(z.email('Not a valid email address').nullable()),
      phone: ZOptionalText(40),
      language: ZLanguage.default('en'),
      external_id: ZOptionalText(200).describe('Your id for the candidate: matched first, then the email.'),
    }),
    job: z
      .object({
        title: ZName(200),
        external_id: ZOptionalText(200).describe('Your id for the job: an unknown one creates the job.'),
      })
      .nullish()
      .transform((v) => v ?? null),
    template_id: ZId.describe('A questionnaire from `GET /api/v1/templates`.'),
    referees_wanted: z.number().int().min(1, 'At least 1').max(10, 'At most 10').default(3),
    candidate_channel: ZV1Channel.default('email_and_sms'),
    referee_channel: ZV1Channel.default('email_and_sms'),
    sub_account_id: ZId.nullish()
      .transform((v) => v ?? null)
      .describe('A sub-account key always uses its own sub-account.'),
    referees: z
      .array(ZV1RefereeInput)
      .max(10)
      .default([])
      .describe('Referees you already know; with candidate channel `none`, give them here.'),
    referee_consent: ZV1RefereeConsent,
  })
  .meta({
    example: {
      external_id: 'gh-app-55123',
      candidate: {
        first_name: 'Sara',
        last_name: 'Lind',
        email: 'sara.lind@example.com',
        phone: '+46709876543',
        language: 'en',
        external_id: 'gh-cand-9911',
      },
      job: { title: 'Backend Developer', external_id: 'gh-job-301' },
      template_id: EXAMPLE_ID,
      referees_wanted: 2,
      candidate_channel: 'email',
      referee_channel: 'email',
      sub_account_id: null,
      referees: [],
    },
  });
export type TV1StartReferenceCheckRequest = z.input<typeof ZV1StartReferenceCheckRequest>;

/** One referee or several: `{ referees: [...] }`. */
export const ZV1AddRefereesRequest = z
  .object({ referees: z.array(ZV1RefereeInput).min(1).max(10), referee_consent: ZV1RefereeConsent })
  .meta({
    example: {
      referees: [
        {
          name: 'Maria Berg',
          email: 'maria.berg@example.com',
          phone: null,
          relationship: 'manager',
          company: 'Example AB',
          worked_together: '2019–2022',
          language: 'en',
        },
      ],
      referee_consent: { method: 'in_writing', note: 'Email from the candidate, 3 March' },
    },
  });

export const ZV1CheckStatus = z.enum(CHECK_STATUSES);
export const ZV1RefereeStatus = z.enum(['invited', 'opened', 'answered', 'declined', 'bounced']);

export const ZV1ReferenceCheckListQuery = ZV1PageQuery.extend({
  external_id: z.string().max(200).optional().describe('Only checks started with this `external_id`.'),
  status: ZV1CheckStatus.optional(),
});

const EXAMPLE_CHECK = {
  id: EXAMPLE_ID,
  external_id: 'gh-app-55123',
  status: 'completed',
  referees_wanted: 2,
  referees_answered: 2,
  referees: [
    {
      id: '0c1d2e3f-4a5b-4c6d-8e7f-8091a2b3c4d5',
      name: 'Maria Berg',
      relationship: 'manager',
      status: 'answered',
      answered_at: EXAMPLE_TIME,
    },
  ],
  report_url: `https://vouch.example.com/reference-checks/${EXAMPLE_ID}/report`,
  candidate_url: 'https://vouch.example.com/candidates/5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d?tab=references',
  candidate: { id: '5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d', external_id: 'gh-cand-9911' },
  job: { id: '7e8f9a0b-1c2d-4e3f-9a4b-5c6d7e8f9a0b', external_id: 'gh-job-301', title: 'Backend Developer' },
  template_id: '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d',
  sub_account_id: null,
  fraud_signal_count: 0,
  created_at: '2026-03-01T08:00:00.000Z',
  updated_at: EXAMPLE_TIME,
  completed_at: EXAMPLE_TIME,
};

export const ZV1ReferenceCheck = z
  .object({
    id: ZId,
    external_id: z.string().nullable(),
    status: ZV1CheckStatus,
    referees_wanted: z.number().int(),
    referees_answered: z.number().int(),
    referees: z.array(
      z.object({
        id: ZId,
        name: z.string(),
        relationship: z.enum(RELATIONSHIPS),
        status: ZV1RefereeStatus,
        answered_at: z.string().nullable(),
        named_consent: z
          .object({
            method: ZNamedConsentMethod,
            note: z.string().nullable(),
            confirmed_at: z.string(),
            /** The API key that confirmed it; null when a member did in the app. */
            api_key_id: ZId.nullable(),
          })
          .nullable()
          .describe('How the candidate agreed to this referee, when they were named for the candidate.'),
      }),
    ),
    report_url: z.string().nullable().describe('The report in Vouch (sign-in needed); set once completed.'),
    candidate_url: z.string(),
    candidate: z.object({ id: ZId, external_id: z.string().nullable() }),
    job: z.object({ id: ZId, external_id: z.string().nullable(), title: z.string() }).nullable(),
    template_id: ZId,
    sub_account_id: ZId.nullable(),
    fraud_signal_count: z.number().int().describe('Fraud signals not yet reviewed.'),
    created_at: z.string(),
    updated_at: z.string(),
    completed_at: z.string().nullable(),
  })
  .meta({ example: EXAMPLE_CHECK });
export type TV1ReferenceCheck = z.infer<typeof ZV1ReferenceCheck>;

export const ZV1ReferenceCheckList = z.object({ data: z.array(ZV1ReferenceCheck), next_cursor: ZNextCursor });

const ZV1Answer = z.union([z.string(), z.number(), z.boolean(), z.array(z.string()), z.null()]);

export const ZV1Report = z
  .object({
    check: ZV1ReferenceCheck,
    summary: ZV1ReportSummary.describe(
      'What a reader needs first: answers counted, the overall rating, would-rehire, disagreements, response times, verification.',
    ),
    questions: z.array(
      z.object({
        id: z.string(),
        section: z.string(),
        type: z.string(),
        label: z.string(),
        options: z.array(z.object({ id: z.string(), label: z.string() })).nullable(),
      }),
    ),
    rating_summaries: z.array(
      z.object({
        question_id: z.string(),
        label: z.string(),
        scale: z.number().int(),
        mean: z.number().nullable(),
        spread: z.number().nullable(),
        scores: z.array(z.object({ referee_id: ZId, score: z.number().nullable() })),
      }),
    ),
    responses: z.array(
      z.object({
        referee: z.object({
          id: ZId,
          name: z.string(),
          relationship: z.enum(RELATIONSHIPS),
          company: z.string().nullable(),
          email: z.string().nullable(),
          answered_at: z.string().nullable(),
        }),
        answers: z.record(z.string(), ZV1Answer).describe('By question id.'),
        seconds_to_answer: z.number().nullable(),
      }),
    ),
    fraud_signals: z.array(
      z.object({ kind: z.string(), referee_id: ZId.nullable(), reviewed: z.boolean(), created_at: z.string() }),
    ),
    generated_at: z.string(),
  })
  .meta({
    example: {
      check: EXAMPLE_CHECK,
      summary: EXAMPLE_V1_REPORT_SUMMARY,
      questions: [
        { id: 'overall', section: 'Working together', type: 'rating', label: 'Overall performance', options: null },
      ],
      rating_summaries: [
        {
          question_id: 'overall',
          label: 'Overall performance',
          scale: 5,
          mean: 4.5,
          spread: 1,
          scores: [{ referee_id: '0c1d2e3f-4a5b-4c6d-8e7f-8091a2b3c4d5', score: 5 }],
        },
      ],
      responses: [],
      fraud_signals: [],
      generated_at: EXAMPLE_TIME,
    },
  });
export type TV1Report = z.infer<typeof ZV1Report>;

// ---------------------------------------------------------------- end of v1: sub-accounts, templates, reference checks

// ---------------------------------------------------------------- v1: webhook endpoints

const EXAMPLE_WEBHOOK = {
  id: EXAMPLE_ID,
  url: 'https://ats.example.com/hooks/vouch',
  event_types: ['reference_check.completed'],
  description: 'Our ATS',
  enabled: true,
  created_at: EXAMPLE_TIME,
};

export const ZV1CreateWebhookEndpointRequest = z
  .object({
    url: ZWebhookUrl.describe('Where events are POSTed (https; private addresses only if the company allows them).'),
    event_types: ZWebhookEventTypes.describe('The event types to receive (at least one).'),
    description: ZOptionalText(500),
  })
  .meta({
    example: {
      url: 'https://ats.example.com/hooks/vouch',
      event_types: ['reference_check.completed', 'reference_check.referee_answered'],
      description: 'Our ATS',
    },
  });

export const ZV1WebhookEndpoint = z
  .object({
    id: ZId,
    url: z.string(),
    event_types: z.array(z.string()),
    description: z.string().nullable(),
    enabled: z.boolean().describe('False once disabled by an admin or after 5 days of failed deliveries.'),
    created_at: z.string(),
  })
  .meta({ example: EXAMPLE_WEBHOOK });
export type TV1WebhookEndpoint = z.infer<typeof ZV1WebhookEndpoint>;

/** Returned by `POST /api/v1/webhook-endpoints` only: the one time the signing secret is shown. */
export const ZV1CreatedWebhookEndpoint = ZV1WebhookEndpoint.extend({
  secret: z.string().describe('`whsec_…`: verify deliveries with it (Standard Webhooks). Shown only now.'),
}).meta({ example: { ...EXAMPLE_WEBHOOK, secret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw8sF3pn2xB5E=' } });

export const ZV1WebhookEndpointList = z.object({ data: z.array(ZV1WebhookEndpoint), next_cursor: ZNextCursor });

// ---------------------------------------------------------------- end of v1: webhook endpoints
