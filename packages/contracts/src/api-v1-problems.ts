import { z } from 'zod';
import { ZId } from './common.ts';

/**
 * The problem details (RFC 9457) `/api/v1` answers every 4xx with, as `application/problem+json`.
 * Like the rest of the integration API its members are snake_case: `request_id`, not the app's
 * `requestId`. A problem that points at another record names it in a member of its own.
 */
export const ZV1Problem = z
  .object({
    type: z.string().describe('A URI naming the kind of problem; ends with `code`.'),
    title: z.string().describe('The HTTP status in words.'),
    status: z.number().int(),
    code: z.string().describe('A stable code to branch on, e.g. `validation_failed`, `not_found`, `conflict`.'),
    reason: z
      .string()
      .optional()
      .describe(
        'The specific reason within `code`, e.g. `reference_check.already_running`: stable, for showing ' +
          'the person a sentence in their language.',
      ),
    params: z
      .record(z.string(), z.unknown())
      .optional()
      .describe('The values the reason names, e.g. `{ "max": 500 }`.'),
    detail: z
      .string()
      .optional()
      .describe('What went wrong, for people and logs: in English unless `Accept-Language` asks for Swedish (`sv`).'),
    errors: z
      .array(
        z.object({
          field: z.string(),
          message: z.string(),
          reason: z.string().optional(),
          params: z.record(z.string(), z.unknown()).optional(),
        }),
      )
      .optional()
      .describe('One entry per field or query parameter, by its snake_case path (e.g. `referees.0.email`).'),
    request_id: z.string().optional().describe('The request’s `X-Request-Id`: quote it to support.'),
  })
  .meta({
    id: 'V1Problem',
    example: {
      type: 'https://vouch.example/problems/validation_failed',
      title: 'Bad request',
      status: 400,
      code: 'validation_failed',
      detail: 'candidate.email: Not a valid email address',
      errors: [{ field: 'candidate.email', message: 'Not a valid email address' }],
      request_id: '0b7c2a1e-4d5f-4a6b-9c8d-7e6f5a4b3c2d',
    },
  });
export type TV1Problem = z.infer<typeof ZV1Problem>;

/** 409 on `POST /api/v1/candidates`: the email or `external_id` is another candidate's, named here. */
export const ZV1CandidateConflictProblem = ZV1Problem.extend({
  candidate_id: ZId.nullable()
    .optional()
    .describe('The candidate who already has this email (`email_taken`) or external_id (`external_id_taken`).'),
}).meta({ id: 'V1CandidateConflictProblem' });

/** 409 on `POST /api/v1/reference-checks`: a check is running, or has this `external_id`; named here. */
export const ZV1CheckConflictProblem = ZV1Problem.extend({
  reference_check_id: ZId.optional().describe(
    'The running check (`conflict`) or the one with this external_id (`external_id_taken`); left out when ' +
      'it belongs to a sub-account this key does not see.',
  ),
}).meta({ id: 'V1CheckConflictProblem' });
