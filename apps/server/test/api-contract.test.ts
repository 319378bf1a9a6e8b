import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import { apiContractChecker } from './helpers/api-contract.ts';
import { makeCompany } from './helpers/factories.ts';
import { makeApiKey } from './helpers/integration-factories.ts';
import { useTestApp } from './helpers/suite.ts';

/**
 * The check every test app runs on every `/api/v1` answer (helpers/api-contract.ts) must catch an
 * answer outside the OpenAPI document: a documented test-only route gives wrong answers on purpose.
 */
const t = useTestApp(
  {},
  {
    routes: (app) => {
      app.get(
        '/api/v1/test-contract',
        {
          config: { access: 'api:read' },
          schema: {
            querystring: z.object({ answer: z.enum(['right', 'undocumented_status', 'text', 'app_problem']) }),
            response: { 200: z.object({ n: z.number() }) },
          },
        },
        async (request, typedReply) => {
          // This route answers outside its own schema on purpose.
          const reply = typedReply as FastifyReply;
          const problem = { type: 'about:blank', title: 'Conflict', status: 409, code: 'conflict' };
          switch ((request.query as { answer: string }).answer) {
            case 'right':
              return { n: 1 };
            case 'undocumented_status':
              return reply.status(409).type('application/problem+json').send(JSON.stringify(problem));
            case 'text':
              return reply.type('text/plain').send('n=1');
            case 'app_problem':
              // The app's spelling of the request id, not /api/v1's `request_id`.
              return reply
                .status(400)
                .type('application/problem+json')
                .send(JSON.stringify({ ...problem, status: 400, code: 'bad_request', requestId: request.id }));
          }
        },
      );
    },
  },
);

describe('the OpenAPI contract check of /api/v1 answers', () => {
  const ask = async (answer: string) => {
    const company = await makeCompany(t.db);
    const { key } = await makeApiKey(t.db, company.id);
    return t.withApiKey(key).get(`/api/v1/test-contract?answer=${answer}`);
  };
  /** What the check recorded for the last answer, taken so this test does not fail for it. */
  const recorded = () => t.contractViolations.splice(0).join('\n');

  test('a right answer passes', async () => {
    const res = await ask('right');
    assert.equal(res.statusCode, 200);
    assert.equal(recorded(), '');
  });

  test('an undocumented status, another content type or a body outside the schema is recorded', async () => {
    assert.equal((await ask('undocumented_status')).statusCode, 409);
    assert.match(recorded(), /GET \/api\/v1\/test-contract → 409: the status is not documented/);

    await ask('text');
    assert.match(recorded(), /content type "text\/plain" is not one of application\/json/);

    await ask('app_problem');
    assert.match(
      recorded(),
      /→ 400: the body does not fit the schema: the body must NOT have additional properties \(requestId\)/,
    );
  });

  test('a missing required header is recorded; an unknown operation is reported', async () => {
    const check = apiContractChecker(t.app.swagger());
    const right = {
      method: 'GET',
      route: '/api/v1/candidates/:id',
      status: 404,
      headers: {
        'content-type': 'application/problem+json; charset=utf-8',
        'x-request-id': 'r-1',
        'ratelimit-policy': '600;w=60',
        'ratelimit-limit': 600,
        'ratelimit-remaining': 599,
        'ratelimit-reset': 60,
      },
      body: JSON.stringify({ type: 'x', title: 'Not found', status: 404, code: 'not_found', request_id: 'r-1' }),
    };
    assert.deepEqual(check(right), []);
    const { 'ratelimit-remaining': _left, ...withoutRemaining } = right.headers;
    assert.deepEqual(check({ ...right, headers: withoutRemaining }), [
      'GET /api/v1/candidates/{id} → 404: the required header RateLimit-Remaining is missing',
    ]);
    assert.deepEqual(check({ ...right, status: 401 }), [
      'GET /api/v1/candidates/{id} → 401: the required header WWW-Authenticate is missing',
    ]);
    assert.deepEqual(check({ ...right, route: '/api/v1/nothing' }), [
      'GET /api/v1/nothing is not in the OpenAPI document',
    ]);
  });
});
