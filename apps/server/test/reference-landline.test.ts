import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { describe, test } from 'node:test';
import { apiKeys } from '../src/modules/integrations/integrations.tables.ts';
import { sha256 } from '../src/platform/crypto.ts';
import { makeCandidate, makeCompany, makeMember, unique } from './helpers/factories.ts';
import { makeReferenceCheck } from './helpers/reference-factories.ts';
import { useTestApp } from './helpers/suite.ts';

/** When texts are the only way to reach a referee, a landline cannot be their number. */
describe('a landline is refused as a referee’s number when SMS is the only channel', () => {
  const t = useTestApp({ PUBLIC_URL: 'https://vouch.test' });

  async function world(refereeChannel: 'sms' | 'email_and_sms') {
    const company = await makeCompany(t.db);
    const recruiter = await makeMember(t.db, company.id, 'recruiter');
    const candidate = await makeCandidate(t.db, company.id, { phone: '+46701234567' });
    const check = await makeReferenceCheck(t.db, company.id, {
      candidateId: candidate.id,
      refereeChannel,
      status: 'awaiting_referees',
    });
    const key = `vch_${randomBytes(32).toString('base64url')}`;
    await t.db.insert(apiKeys).values({
      companyId: company.id,
      name: unique('Key '),
      prefix: key.slice(0, 12),
      keyHash: sha256(key),
      scopes: ['read', 'write'],
    });
    return { company, check, key, client: await t.signIn(recruiter.email) };
  }

  const referee = (phone: string) => ({
    name: unique('Per '),
    email: null,
    phone,
    relationship: 'manager',
    language: 'sv',
  });
  const reasons = (body: { errors?: { field: string; reason?: string }[] }) =>
    (body.errors ?? []).map((e) => `${e.field}:${e.reason}`);

  test('a recruiter naming a Stockholm landline hears why; a mobile is taken', async () => {
    const w = await world('sms');
    const landline = await w.client.post(`/api/reference-checks/${w.check.id}/referees`, referee('08-123 456 78'));
    assert.equal(landline.statusCode, 400, landline.body);
    assert.deepEqual(reasons(landline.json()), ['phone:referee.phone_landline']);
    const mobile = await w.client.post(`/api/reference-checks/${w.check.id}/referees`, referee('070-222 33 44'));
    assert.equal(mobile.statusCode, 201, mobile.body);
  });

  test('the integration API refuses it too, naming its own field', async () => {
    const w = await world('sms');
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/v1/reference-checks/${w.check.id}/referees`,
      headers: { authorization: `Bearer ${w.key}` },
      payload: { referees: [{ name: 'Per Kollega', phone: '+46 8 765 43 21', relationship: 'colleague' }] },
    });
    assert.equal(res.statusCode, 400, res.body);
    assert.deepEqual(reasons(res.json()), ['referees.0.phone:referee.phone_landline']);
  });

  test('with email beside SMS, a landline is only a second way to reach them', async () => {
    const w = await world('email_and_sms');
    const res = await w.client.post(`/api/reference-checks/${w.check.id}/referees`, {
      ...referee('08-123 456 78'),
      email: `${unique('per')}@work.example`,
    });
    assert.equal(res.statusCode, 201, res.body);
  });
});
