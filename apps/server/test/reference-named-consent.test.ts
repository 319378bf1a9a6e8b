import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { makeCompany, makeMember, unique } from './helpers/factories.ts';
import { deliverMail } from './helpers/mail.ts';
import { linkIn, refereeBody, referenceScenario, useReferenceWorld } from './helpers/reference-world.ts';

/** The recruiter names the referees (candidate channel `none`): they say how the candidate agreed. */
describe('consent when the recruiter names the referees', () => {
  const w = useReferenceWorld();

  const start = async (s: Awaited<ReturnType<typeof referenceScenario>>, body: Record<string, unknown>) =>
    s.client.post(`/api/candidates/${s.candidate.id}/reference-checks`, {
      ...s.settings,
      candidateChannel: 'none',
      jobId: s.job.id,
      ...body,
    });

  test('starting with referees needs the confirmation; it is stored with who and when, and the invitation says the recruiter named them', async () => {
    const s = await referenceScenario(w.t);
    const email = `${unique('maria')}@work.example`;
    const missing = await start(s, { referees: [refereeBody({ email })] });
    assert.equal(missing.statusCode, 400, missing.body);
    assert.equal(missing.json().reason, 'reference_check.named_consent_required');
    assert.deepEqual(
      missing.json().errors.map((e: { field: string }) => e.field),
      ['refereeConsent'],
    );
    const blank = await start(s, { referees: [refereeBody({ email })], refereeConsent: { method: '' } });
    assert.equal(blank.statusCode, 400, blank.body);

    const before = new Date();
    const res = await start(s, {
      referees: [refereeBody({ email })],
      refereeConsent: { method: 'in_writing', note: '  Email from Sara, 3 March  ' },
    });
    assert.equal(res.statusCode, 201, res.body);
    const consent = res.json().referees[0].namedConsent;
    assert.equal(consent.method, 'in_writing');
    assert.equal(consent.note, 'Email from Sara, 3 March');
    assert.equal(consent.confirmedByName, 'Claire Recruiter');
    assert.ok(new Date(consent.confirmedAt) >= new Date(before.getTime() - 1000));

    const arrived = await deliverMail(w.t, w.mail);
    const invite = arrived.find((m) => m.to.includes(email));
    assert.ok(invite, 'the referee was invited');
    const text = invite.mail.text ?? '';
    assert.match(text, /Rekryteraren har angett dig, med Sara \S+ medgivande/);
    assert.doesNotMatch(text, /har angett dig som referens/, 'not the candidate’s wording');

    // The page the link opens says so too: the recruiter named them, not the candidate.
    const page = await w.t.app.inject({ method: 'GET', url: `/api/public/reference-referee/${linkIn(text, 'r')}` });
    assert.equal(page.statusCode, 200, page.body);
    assert.equal(page.json().namedBy, 'recruiter');
  });

  test('no referees yet, or a candidate who is asked themselves: no confirmation needed', async () => {
    const s = await referenceScenario(w.t);
    assert.equal((await start(s, { referees: [] })).statusCode, 201);
    const s2 = await referenceScenario(w.t);
    const asked = await start(s2, { candidateChannel: 'email', referees: [refereeBody()] });
    assert.equal(asked.statusCode, 201, asked.body);
    assert.equal(asked.json().referees[0].namedConsent, null);
  });

  test('adding a referee later needs it too; another company’s recruiter gets a 404', async () => {
    const s = await referenceScenario(w.t);
    const check = (await start(s, { referees: [] })).json();
    const url = `/api/reference-checks/${check.id}/referees`;
    const missing = await s.client.post(url, refereeBody());
    assert.equal(missing.statusCode, 400, missing.body);
    assert.deepEqual(
      missing.json().errors.map((e: { field: string }) => e.field),
      ['consent'],
    );
    const other = await makeCompany(w.t.db);
    const stranger = await makeMember(w.t.db, other.id, 'recruiter');
    const strangerClient = await w.t.signIn(stranger.email);
    const foreign = await strangerClient.post(url, { ...refereeBody(), consent: { method: 'verbally' } });
    assert.equal(foreign.statusCode, 404, foreign.body);

    const added = await s.client.post(url, { ...refereeBody(), consent: { method: 'verbally', note: null } });
    assert.equal(added.statusCode, 201, added.body);
    assert.deepEqual(
      added
        .json()
        .referees.map((r: { namedConsent: { method: string; confirmedByName: string } | null }) => [
          r.namedConsent?.method,
          r.namedConsent?.confirmedByName,
        ]),
      [['verbally', 'Claire Recruiter']],
    );
  });
});
