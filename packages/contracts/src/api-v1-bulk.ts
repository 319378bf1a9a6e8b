import { z } from 'zod';
import { ZV1ReferenceCheck, ZV1StartReferenceCheckRequest } from './api-v1.ts';
import { ZV1Problem } from './api-v1-problems.ts';
import { ZId } from './common.ts';
import { MAX_BULK_CHECKS } from './references.ts';

/**
 * `POST /api/v1/reference-checks/bulk`: the single start's settings once, and a candidate (with job,
 * external id and known referees) per check. Split from `api-v1.ts` to keep that file short.
 */
const settings = ZV1StartReferenceCheckRequest.pick({
  template_id: true,
  referees_wanted: true,
  candidate_channel: true,
  referee_channel: true,
  sub_account_id: true,
});
const item = ZV1StartReferenceCheckRequest.pick({
  external_id: true,
  candidate: true,
  job: true,
  referees: true,
  referee_consent: true,
});

export const ZV1StartReferenceChecksRequest = settings
  .extend({
    checks: z
      .array(item)
      .min(1)
      .max(MAX_BULK_CHECKS)
      .describe(`One entry per check to start, at most ${MAX_BULK_CHECKS}.`),
  })
  .meta({
    example: {
      template_id: '5b0f3c2e-8a41-4d6f-9b7e-2c1d0e9f8a7b',
      referees_wanted: 2,
      candidate_channel: 'email',
      referee_channel: 'email',
      sub_account_id: null,
      checks: [
        {
          external_id: 'gh-app-55123',
          candidate: { first_name: 'Sara', last_name: 'Lind', email: 'sara.lind@example.com', language: 'en' },
          job: { title: 'Backend Developer', external_id: 'gh-job-301' },
        },
        {
          external_id: 'gh-app-55124',
          candidate: { first_name: 'Omar', last_name: 'Haddad', email: 'omar.haddad@example.com', language: 'en' },
          job: { title: 'Backend Developer', external_id: 'gh-job-301' },
        },
      ],
    },
  });
export type TV1StartReferenceChecksRequest = z.input<typeof ZV1StartReferenceChecksRequest>;

/**
 * Each entry's problem is spelled out here rather than reusing the named `V1CheckConflictProblem`: a
 * named schema nested this deep left the response check with a reference it could not resolve.
 */
export const ZV1StartReferenceChecksResult = z.object({
  started: z.number().int(),
  skipped: z.number().int(),
  results: z
    .array(
      z.object({
        index: z.number().int().describe('The entry’s position in `checks`.'),
        status: z.enum(['started', 'skipped']),
        reference_check: ZV1ReferenceCheck.nullable().describe('The started check; null when skipped.'),
        problem: ZV1Problem.extend({
          reference_check_id: ZId.optional().describe('The running check, or the one with this external_id.'),
        })
          .nullable()
          .describe('Why it was skipped, as the single start would have answered; null when started.'),
      }),
    )
    .describe('One result per entry of `checks`, in order.'),
});
export type TV1StartReferenceChecksResult = z.infer<typeof ZV1StartReferenceChecksResult>;
