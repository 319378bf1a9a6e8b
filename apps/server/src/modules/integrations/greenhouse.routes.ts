/**
 * Greenhouse's Assessment Partner API, with Vouch as the partner. Followed field by field from
 * Greenhouse's published "Assessment API" documentation (developers.greenhouse.io/assessment.html):
 *
 * - Authentication: every request carries HTTP Basic with the API key as the user name and an empty
 *   password (`base64("<key>:")`); the auth hook reads it. Unknown, revoked or expired key → 401,
 *   an instance that is not there (or belongs to another company) → 404: the two error codes the
 *   documentation lists. Errors are Vouch's problem+json bodies; Greenhouse reads only the status.
 * - `GET list_tests` → a JSON array (not an object) of `{ partner_test_id, partner_test_name }`,
 *   both strings. A test is a non-archived questionnaire template the key may use; the name carries
 *   the language, e.g. "General reference (English)".
 * - `POST send_test` with `{ partner_test_id, candidate: { first_name, last_name, email,
 *   phone_number?, resume_url?, greenhouse_profile_url }, url }` → `{ partner_interview_id }` (the
 *   check id, a string). `url` is where the completion PATCH goes; older versions of the page put it
 *   inside `candidate`, so it is read from either place. `resume_url` is accepted and ignored (it
 *   expires within days and Vouch does not need it).
 * - `GET test_status?partner_interview_id=` → `{ partner_status, partner_profile_url, partner_score,
 *   metadata }`. `partner_profile_url` is sent once complete (required then): the report's URL.
 *   `partner_score` is a number: the mean of all answered ratings normalised to 0–100.
 *   `metadata` is flat, with string values only.
 * - `PATCH <url>` when the check completes, with no parameters and no body; Greenhouse answers with
 *   a status code only and then calls `test_status` (see use-cases/partner-callbacks.ts).
 * - `POST response_error` with `{ api_call, errors[], partner_test_id?, partner_test_name?,
 *   partner_interview_id?, candidate_email? }` → 200 `{ "status": 200 }`; Vouch logs it.
 *
 * Where the documentation left a choice:
 * - `partner_status` values other than `complete`: Vouch sends `pending` (awaiting referees),
 *   `in_progress`, `cancelled` and `expired`; Greenhouse keeps polling until `complete`.
 * - The PATCH's Authorization: the example shows Basic with the customer's API key, but Vouch keeps
 *   only a hash of keys and cannot send one back, so the PATCH goes without credentials (the URL is
 *   the per-test address Greenhouse issued).
 * - `partner_score` is sent only when complete, and left out when no rating was answered.
 * - Defaults a test starts with: the candidate is asked by email to name 3 referees, who are asked
 *   by email; the check belongs to the template's sub-account (else the key's). The application id
 *   in `greenhouse_profile_url` becomes the check's external id and the person id the new
 *   candidate's. The same `url` sent twice returns the first check.
 *
 * Base URL to give Greenhouse: `<public URL>/api/partners/greenhouse/` + the endpoint name.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { apiCtxOf } from '../../platform/http/ctx.ts';
import { greenhouseTestStatus } from './use-cases/greenhouse-test-status.ts';
import { listGreenhouseTests } from './use-cases/list-greenhouse-tests.ts';
import { sendGreenhouseTest } from './use-cases/send-greenhouse-test.ts';

const tags = ['greenhouse'];
// Greenhouse sends the key as Basic's user name; the same key also works as a Bearer token.
const security: Record<string, string[]>[] = [{ basic: [] }, { apiKey: [] }];
const PREFIX = '/api/partners/greenhouse';

const ZText = (max: number) => z.string().trim().min(1).max(max);
const ZGreenhouseCandidate = z.object({
  first_name: ZText(200),
  last_name: ZText(200),
  email: z.email().max(320),
  phone_number: z.string().trim().max(50).nullish(),
  resume_url: z.string().max(4000).nullish(),
  greenhouse_profile_url: z.string().max(2000).nullish(),
  url: z.url().max(2000).optional(),
});
const ZSendTestBody = z
  .object({
    partner_test_id: z.union([z.string().trim().min(1).max(100), z.number().transform(String)]),
    candidate: ZGreenhouseCandidate,
    url: z.url().max(2000).optional(),
  })
  .superRefine((body, ctx) => {
    if (!body.url && !body.candidate.url)
      ctx.addIssue({ code: 'custom', path: ['url'], message: 'The URL for the completion PATCH is missing' });
  });

const ZTest = z.object({ partner_test_id: z.string(), partner_test_name: z.string() });
const ZTestStatus = z.object({
  partner_status: z.string(),
  partner_profile_url: z.string().optional(),
  partner_score: z.number().optional(),
  metadata: z.record(z.string(), z.string()),
});
const ZResponseErrorBody = z.object({
  api_call: z.string().max(100),
  errors: z.array(z.string().max(2000)).max(100),
  partner_test_id: z.union([z.string(), z.number()]).nullish(),
  partner_test_name: z.string().max(500).nullish(),
  partner_interview_id: z.union([z.string(), z.number()]).nullish(),
  candidate_email: z.string().max(320).nullish(),
});

export const greenhouseRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    `${PREFIX}/list_tests`,
    { config: { access: 'api:read' }, schema: { tags, security, response: { 200: z.array(ZTest) } } },
    async (request) => listGreenhouseTests(apiCtxOf(request)),
  );

  app.post(
    `${PREFIX}/send_test`,
    {
      config: { access: 'api:write' },
      schema: {
        tags,
        security,
        body: ZSendTestBody,
        response: { 200: z.object({ partner_interview_id: z.string() }) },
      },
    },
    async (request) => {
      const { candidate, partner_test_id, url } = request.body;
      return sendGreenhouseTest(apiCtxOf(request), {
        partner_test_id,
        candidate,
        url: (url ?? candidate.url) as string,
      });
    },
  );

  app.get(
    `${PREFIX}/test_status`,
    {
      config: { access: 'api:read' },
      schema: {
        tags,
        security,
        querystring: z.object({ partner_interview_id: z.string().trim().min(1).max(100) }),
        response: { 200: ZTestStatus },
      },
    },
    async (request) => greenhouseTestStatus(apiCtxOf(request), request.query.partner_interview_id),
  );

  app.post(
    `${PREFIX}/response_error`,
    {
      config: { access: 'api:read' },
      schema: { tags, security, body: ZResponseErrorBody, response: { 200: z.object({ status: z.literal(200) }) } },
    },
    async (request) => {
      const ctx = apiCtxOf(request);
      ctx.log.warn({ greenhouse: request.body }, 'Greenhouse reported a malformed response');
      return { status: 200 as const };
    },
  );
};
