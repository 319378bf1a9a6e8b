import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { and, eq } from 'drizzle-orm';
import { candidates, jobs } from '../src/modules/hiring/hiring.tables.ts';
import { referenceChecks } from '../src/modules/references/references.tables.ts';
import { startTestApp } from './helpers/app.ts';
import { makeCandidate, makeCompany, makeJob, makeMember, unique } from './helpers/factories.ts';
import { makeApiKey } from './helpers/integration-factories.ts';
import { makeQuestionnaire } from './helpers/reference-factories.ts';
import { useTestApp } from './helpers/suite.ts';

/**
 * Rules of the integration API an ATS relies on: its own ids (`external_id`) name one candidate, job
 * and check per company; a conflict names what it conflicts with; unknown query parameters are refused;
 * problems carry `request_id`.
 */
describe('/api/v1 rules', () => {
  const t = useTestApp();

  const call = (key: string, method: 'GET' | 'POST' | 'DELETE', url: string, payload?: unknown) =>
    t.app.inject({ method, url, payload: payload as object, headers: { authorization: `Bearer ${key}` } });

  async function world() {
    const company = await makeCompany(t.db);
    const admin = await makeMember(t.db, company.id, 'admin');
    const { key } = await makeApiKey(t.db, company.id, ['read', 'write'], { createdById: admin.membership.id });
    const questionnaire = await makeQuestionnaire(t.db, company.id, { language: 'en', name: 'General' });
    const startBody = (overrides: Record<string, unknown> = {}) => ({
      external_id: unique('app-'),
      candidate: { first_name: 'Sara', last_name: 'Lind', email: `${unique('sara')}@mail.example`, language: 'en' },
      job: { title: 'Backend Developer', external_id: unique('job-') },
      template_id: questionnaire.template.id,
      candidate_channel: 'email',
      referee_channel: 'email',
      ...overrides,
    });
    return { company, admin, key, startBody };
  }

  /** Two starts that raced: exactly one answered 201 and the other 409; both answers, in that order. */
  const oneStartedOneRefused = <Answer extends { statusCode: number; body: string }>(answers: Answer[]) => {
    const started = answers.filter((res) => res.statusCode === 201);
    const refused = answers.filter((res) => res.statusCode === 409);
    assert.equal(started.length, 1, answers.map((res) => res.body).join('\n'));
    assert.equal(refused.length, 1, answers.map((res) => res.body).join('\n'));
    return [started[0], refused[0]] as const;
  };

  const isUniqueViolation = (error: unknown) => {
    const e = error as { code?: string; cause?: { code?: string } };
    return e.code === '23505' || e.cause?.code === '23505';
  };

  test('two candidates with one external_id in a company cannot exist; the API answers 409 naming the first', async () => {
    const w = await world();
    await makeCandidate(t.db, w.company.id, { externalId: 'ats-7' });
    await assert.rejects(makeCandidate(t.db, w.company.id, { externalId: 'ats-7' }), isUniqueViolation);
    // Another company may use the same id; an erased (anonymised) candidate no longer holds it.
    const other = await makeCompany(t.db);
    await makeCandidate(t.db, other.id, { externalId: 'ats-7' });
    await makeCandidate(t.db, w.company.id, { externalId: 'ats-8', anonymizedAt: new Date() });
    await makeCandidate(t.db, w.company.id, { externalId: 'ats-8' });

    const first = await call(w.key, 'POST', '/api/v1/candidates', {
      first_name: 'Ada',
      last_name: 'Berg',
      email: `${unique('ada')}@mail.example`,
      external_id: 'ats-9',
    });
    assert.equal(first.statusCode, 201, first.body);
    const second = await call(w.key, 'POST', '/api/v1/candidates', {
      first_name: 'Ada',
      last_name: 'Berg',
      email: `${unique('ada')}@mail.example`,
      external_id: 'ats-9',
    });
    assert.equal(second.statusCode, 409, second.body);
    assert.equal(second.json().code, 'external_id_taken');
    assert.equal(second.json().candidate_id, first.json().id);
    assert.equal(second.json().errors[0].field, 'external_id');

    // Starting a check with that candidate id finds the candidate, whatever the email says.
    const started = await call(
      w.key,
      'POST',
      '/api/v1/reference-checks',
      w.startBody({ candidate: { first_name: 'Ada', last_name: 'Berg', email: null, external_id: 'ats-9' } }),
    );
    assert.equal(started.statusCode, 201, started.body);
    assert.equal(started.json().candidate.id, first.json().id);
    const rows = await t.db
      .select()
      .from(candidates)
      .where(and(eq(candidates.companyId, w.company.id), eq(candidates.externalId, 'ats-9')));
    assert.equal(rows.length, 1);
  });

  test('two open jobs with one external_id cannot exist; an unarchived job gives its id up to the open one', async () => {
    const w = await world();
    const { job: old } = await makeJob(t.db, w.company.id, { externalId: 'job-7' });
    await assert.rejects(makeJob(t.db, w.company.id, { externalId: 'job-7' }), isUniqueViolation);

    // An archived job is not matched: a check names the ATS's job, and a new open job takes its id.
    await t.db.update(jobs).set({ archivedAt: new Date(), status: 'archived' }).where(eq(jobs.id, old.id));
    const started = await call(
      w.key,
      'POST',
      '/api/v1/reference-checks',
      w.startBody({ job: { title: 'Backend Developer', external_id: 'job-7' } }),
    );
    assert.equal(started.statusCode, 201, started.body);
    const current = started.json().job.id;
    assert.notEqual(current, old.id);

    const recruiter = await t.signIn((await makeMember(t.db, w.company.id, 'recruiter')).email);
    const unarchived = await recruiter.post(`/api/jobs/${old.id}/unarchive`);
    assert.equal(unarchived.statusCode, 200, unarchived.body);
    const [reopened] = await t.db.select().from(jobs).where(eq(jobs.id, old.id));
    assert.equal(reopened.archivedAt, null);
    assert.equal(reopened.externalId, null, 'the open job keeps the ATS id');
    const again = await call(
      w.key,
      'POST',
      '/api/v1/reference-checks',
      w.startBody({ job: { title: 'Backend Developer', external_id: 'job-7' } }),
    );
    assert.equal(again.statusCode, 201, again.body);
    assert.equal(again.json().job.id, current);
  });

  test('a second check with the same external_id is 409 external_id_taken naming the first', async () => {
    const w = await world();
    const first = await call(w.key, 'POST', '/api/v1/reference-checks', w.startBody({ external_id: 'app-7' }));
    assert.equal(first.statusCode, 201, first.body);
    const second = await call(w.key, 'POST', '/api/v1/reference-checks', w.startBody({ external_id: 'app-7' }));
    assert.equal(second.statusCode, 409, second.body);
    assert.equal(second.json().code, 'external_id_taken');
    assert.equal(second.json().reference_check_id, first.json().id);
    assert.equal(second.json().errors[0].field, 'external_id');
    const checks = await t.db
      .select()
      .from(referenceChecks)
      .where(and(eq(referenceChecks.companyId, w.company.id), eq(referenceChecks.externalId, 'app-7')));
    assert.equal(checks.length, 1);
  });

  test('409 "already running" names the running check', async () => {
    const w = await world();
    const body = w.startBody();
    const first = await call(w.key, 'POST', '/api/v1/reference-checks', body);
    assert.equal(first.statusCode, 201, first.body);
    const again = await call(w.key, 'POST', '/api/v1/reference-checks', { ...body, external_id: unique('app-') });
    assert.equal(again.statusCode, 409, again.body);
    assert.equal(again.json().code, 'conflict');
    assert.match(again.json().detail, /already running/);
    assert.equal(again.json().reference_check_id, first.json().id);
  });

  test('two starts at once for the same new candidate make one candidate and one check; the other is told which', async () => {
    // The start that creates the candidate does not lock it (no other transaction can see it yet): the
    // other start waits on the candidate's unique index, then finds it and meets the running check.
    const w = await world();
    const body = w.startBody();
    const answers = await Promise.all([
      call(w.key, 'POST', '/api/v1/reference-checks', body),
      call(w.key, 'POST', '/api/v1/reference-checks', { ...body, external_id: unique('app-') }),
    ]);
    const [started, refused] = oneStartedOneRefused(answers);
    assert.equal(refused.json().code, 'conflict');
    assert.equal(refused.json().reference_check_id, started.json().id);
    const checks = await t.db.select().from(referenceChecks).where(eq(referenceChecks.companyId, w.company.id));
    assert.equal(checks.length, 1);
    const people = await t.db.select().from(candidates).where(eq(candidates.companyId, w.company.id));
    assert.equal(people.length, 1);
  });

  test('two starts at once with one external_id for two people make one check; the other is told external_id_taken, and nothing of it stays', async () => {
    // No start looks for its external_id first: the unique index settles the race, and the start
    // that loses it finds the holder after its transaction rolled back.
    const w = await world();
    const externalId = unique('app-');
    const [ada, bo] = ['ada', 'bo'].map((name) =>
      w.startBody({
        external_id: externalId,
        candidate: { first_name: name, last_name: 'Berg', email: `${unique(name)}@mail.example`, language: 'en' },
      }),
    );
    const answers = await Promise.all([
      call(w.key, 'POST', '/api/v1/reference-checks', ada),
      call(w.key, 'POST', '/api/v1/reference-checks', bo),
    ]);
    const [started, refused] = oneStartedOneRefused(answers);
    assert.equal(refused.json().code, 'external_id_taken');
    assert.equal(refused.json().reference_check_id, started.json().id);
    assert.equal(refused.json().errors[0].field, 'external_id');
    const checks = await t.db.select().from(referenceChecks).where(eq(referenceChecks.companyId, w.company.id));
    assert.equal(checks.length, 1);
    // The refused start's candidate, job and email rolled back with it.
    const people = await t.db.select().from(candidates).where(eq(candidates.companyId, w.company.id));
    assert.deepEqual(
      people.map((p) => p.id),
      [started.json().candidate.id],
    );
  });

  test('an unknown query parameter is a 400 naming it, on every /api/v1 route', async () => {
    const w = await world();
    const v1 = t.app.routeTable.filter((r) => r.url.startsWith('/api/v1/') && r.access.toString().startsWith('api:'));
    assert.ok(v1.length >= 15, `${v1.length} routes`);
    for (const route of v1) {
      const url = route.url.replaceAll(/:[A-Za-z]+/g, crypto.randomUUID());
      const res = await call(w.key, route.method as 'GET', `${url}?bogus=1`, route.method === 'POST' ? {} : undefined);
      assert.equal(res.statusCode, 400, `${route.method} ${route.url}: ${res.body}`);
      // A POST's body is checked first; the others name the parameter.
      if (route.method !== 'POST') assert.equal(res.json().errors[0].field, 'bogus', `${route.method} ${route.url}`);
    }
    const list = await call(w.key, 'GET', '/api/v1/reference-checks?limit=5&bogus=1&statuss=completed');
    assert.deepEqual(
      list.json().errors.map((e: { field: string }) => e.field),
      ['bogus', 'statuss'],
    );
    assert.match(list.json().detail, /bogus/);

    // A valid body does not hide the parameter, and nothing is started.
    const started = await call(w.key, 'POST', '/api/v1/reference-checks?bogus=1', w.startBody());
    assert.equal(started.statusCode, 400, started.body);
    assert.equal(started.json().errors[0].field, 'bogus');
    const checks = await t.db.select().from(referenceChecks).where(eq(referenceChecks.companyId, w.company.id));
    assert.equal(checks.length, 0);
  });

  test('/api/v1 problems carry request_id (the x-request-id header); the app’s keep requestId', async () => {
    const w = await world();
    const missing = await call(w.key, 'GET', `/api/v1/candidates/${crypto.randomUUID()}`);
    assert.equal(missing.statusCode, 404);
    assert.equal(missing.json().request_id, missing.headers['x-request-id']);
    assert.equal(missing.json().requestId, undefined);
    const noRoute = await call(w.key, 'GET', '/api/v1/nothing-here');
    assert.equal(noRoute.statusCode, 404);
    assert.equal(noRoute.json().request_id, noRoute.headers['x-request-id']);
    const unauthenticated = await t.anonymous.get('/api/v1/templates');
    assert.equal(unauthenticated.statusCode, 401);
    assert.equal(unauthenticated.json().request_id, unauthenticated.headers['x-request-id']);

    const app = await t.anonymous.get('/api/jobs');
    assert.equal(app.statusCode, 401);
    assert.equal(app.json().requestId, app.headers['x-request-id']);
    assert.equal(app.json().request_id, undefined);
  });

  test('a 401 says how to authenticate: Bearer on /api/v1, Basic on the Greenhouse routes', async () => {
    const v1 = await t.anonymous.get('/api/v1/templates');
    assert.equal(v1.statusCode, 401);
    assert.equal(v1.headers['www-authenticate'], 'Bearer realm="Vouch API"');
    const wrongKey = await t.withApiKey(`vch_${'x'.repeat(43)}`).get('/api/v1/templates');
    assert.equal(wrongKey.statusCode, 401);
    assert.equal(wrongKey.headers['www-authenticate'], 'Bearer realm="Vouch API", error="invalid_token"');
    const greenhouse = await t.anonymous.get('/api/partners/greenhouse/list_tests');
    assert.equal(greenhouse.statusCode, 401);
    assert.equal(greenhouse.headers['www-authenticate'], 'Basic realm="Vouch API", charset="UTF-8"');
    const app = await t.anonymous.get('/api/jobs');
    assert.equal(app.statusCode, 401);
    assert.equal(app.headers['www-authenticate'], undefined, 'the app signs in with a form, not a browser prompt');
  });

  test('over its limit a key gets 429 with Retry-After and the RateLimit headers, as the document says', async () => {
    const limited = await startTestApp({ API_RATE_LIMIT: '2' });
    try {
      const company = await makeCompany(limited.db);
      const { key } = await makeApiKey(limited.db, company.id);
      const client = limited.withApiKey(key);
      const answers = [];
      for (let i = 0; i < 3; i++) answers.push(await client.get('/api/v1/templates'));
      assert.deepEqual(
        answers.map((a) => a.statusCode),
        [200, 200, 429],
      );
      const [first, , refused] = answers;
      assert.equal(first.headers['ratelimit-policy'], '2;w=60');
      assert.equal(first.headers['ratelimit-remaining'], '1');
      assert.equal(refused.json().code, 'rate_limited');
      assert.equal(refused.json().request_id, refused.headers['x-request-id']);
      assert.ok(Number(refused.headers['retry-after']) > 0);
      assert.equal(refused.headers['ratelimit-remaining'], '0');
      // Every answer was checked against the document (the 429's headers and problem included).
      assert.deepEqual(limited.contractViolations, []);
    } finally {
      await limited.close();
    }
  });
});
