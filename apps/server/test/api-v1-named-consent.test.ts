import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { describe, test } from 'node:test';
import { eq } from 'drizzle-orm';
import { apiKeys } from '../src/modules/integrations/integrations.tables.ts';
import { referees } from '../src/modules/references/references.tables.ts';
import { sha256 } from '../src/platform/crypto.ts';
import { makeCompany, makeMember, unique } from './helpers/factories.ts';
import { makeQuestionnaire } from './helpers/reference-factories.ts';
import { useTestApp } from './helpers/suite.ts';

/**
 * An ATS that names the referees itself (candidate channel `none`) says how the candidate agreed, as
 * a recruiter does in the app: recorded with the time and the key that said it.
 */
describe('/api/v1: consent when the ATS names the referees', () => {
  const t = useTestApp({ PUBLIC_URL: 'https://vouch.test' });

  async function world() {
    const company = await makeCompany(t.db, { name: unique('Acme ') });
    const admin = await makeMember(t.db, company.id, 'admin');
    const key = `vch_${randomBytes(32).toString('base64url')}`;
    const [row] = await t.db
      .insert(apiKeys)
      .values({
        companyId: company.id,
        name: unique('ATS '),
        prefix: key.slice(0, 12),
        keyHash: sha256(key),
        scopes: ['read', 'write'],
        createdById: admin.membership.id,
      })
      .returning();
    const { template } = await makeQuestionnaire(t.db, company.id, { language: 'en' });
    const call = (method: 'GET' | 'POST', url: string, body?: object) =>
      t.app.inject({ method, url, headers: { authorization: `Bearer ${key}` }, payload: body });
    const body = (overrides: Record<string, unknown> = {}) => ({
      candidate: { first_name: 'Sara', last_name: 'Lind', email: `${unique('sara')}@mail.example` },
      template_id: template.id,
      referees_wanted: 1,
      candidate_channel: 'none',
      referee_channel: 'email',
      referees: [{ name: 'Maria Chef', email: `${unique('maria')}@work.example`, relationship: 'manager' }],
      ...overrides,
    });
    return { company, key: row, call, body };
  }

  const fieldsOf = (res: { json: () => { errors?: { field: string }[] } }) =>
    (res.json().errors ?? []).map((e) => e.field);

  test('starting with referees needs it; it is stored with the time and the key, and the answer shows it', async () => {
    const w = await world();
    const missing = await w.call('POST', '/api/v1/reference-checks', w.body());
    assert.equal(missing.statusCode, 400, missing.body);
    assert.equal(missing.json().reason, 'reference_check.named_consent_required');
    assert.deepEqual(fieldsOf(missing), ['referee_consent']);
    const wrong = await w.call(
      'POST',
      '/api/v1/reference-checks',
      w.body({ referee_consent: { method: 'telepathy' } }),
    );
    assert.equal(wrong.statusCode, 400, wrong.body);
    assert.ok(fieldsOf(wrong).includes('referee_consent.method'), fieldsOf(wrong).join());

    const before = new Date(Date.now() - 1000);
    const res = await w.call(
      'POST',
      '/api/v1/reference-checks',
      w.body({ referee_consent: { method: 'in_application', note: 'Listed in the application form' } }),
    );
    assert.equal(res.statusCode, 201, res.body);
    const consent = res.json().referees[0].named_consent;
    assert.equal(consent.method, 'in_application');
    assert.equal(consent.note, 'Listed in the application form');
    assert.equal(consent.api_key_id, w.key.id);
    assert.ok(new Date(consent.confirmed_at) >= before);
    const [row] = await t.db.select().from(referees).where(eq(referees.id, res.json().referees[0].id));
    assert.equal(row.namedConsentMethod, 'in_application');
    assert.equal(row.namedConsentApiKeyId, w.key.id);
    assert.equal(row.namedConsentById, null, 'no member confirmed it: the key did');
    assert.ok(row.namedConsentAt);
  });

  test('adding referees later needs it too; a check where the candidate is asked does not', async () => {
    const w = await world();
    const started = await w.call('POST', '/api/v1/reference-checks', w.body({ referees: [] }));
    assert.equal(started.statusCode, 201, started.body);
    const url = `/api/v1/reference-checks/${started.json().id}/referees`;
    const referee = { name: 'Per Kollega', email: `${unique('per')}@work.example`, relationship: 'colleague' };
    const missing = await w.call('POST', url, { referees: [referee] });
    assert.equal(missing.statusCode, 400, missing.body);
    assert.equal(missing.json().reason, 'reference_check.named_consent_required');
    assert.deepEqual(fieldsOf(missing), ['referee_consent']);
    const added = await w.call('POST', url, { referees: [referee], referee_consent: { method: 'verbally' } });
    assert.equal(added.statusCode, 201, added.body);
    assert.equal(added.json().referees[0].named_consent.method, 'verbally');
    assert.equal(added.json().referees[0].named_consent.note, null);

    const asked = await w.call('POST', '/api/v1/reference-checks', w.body({ candidate_channel: 'email' }));
    assert.equal(asked.statusCode, 201, asked.body);
    assert.equal(asked.json().referees[0].named_consent, null);
  });
});
