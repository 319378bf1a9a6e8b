import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { describe, test } from 'node:test';
import type { TApiKeyScope } from '@vouch/contracts';
import { eq } from 'drizzle-orm';
import { apiKeys, reportShareLinks, reportShareOpens } from '../src/modules/integrations/integrations.tables.ts';
import { companies } from '../src/modules/tenancy/tenancy.tables.ts';
import { sha256 } from '../src/platform/crypto.ts';
import type { Db } from '../src/platform/db/db.ts';
import { makeCandidate } from './helpers/factories.ts';
import { makeReferee, makeReferenceCheck } from './helpers/reference-factories.ts';
import { companyWithMember, useTestApp } from './helpers/suite.ts';

async function makeApiKey(db: Db, companyId: string, scopes: TApiKeyScope[] = ['read', 'write']) {
  const key = `vch_${randomBytes(32).toString('base64url')}`;
  await db.insert(apiKeys).values({ companyId, name: 'ATS', prefix: key.slice(0, 12), keyHash: sha256(key), scopes });
  return key;
}

const XSS = '<script>alert("x")</script>';

describe('report share links', () => {
  const t = useTestApp();

  /** A company with an admin, a completed-ish check whose referee answered with markup everywhere. */
  async function world() {
    const { company, member, client } = await companyWithMember(t, 'recruiter');
    const candidate = await makeCandidate(t.db, company.id, { firstName: XSS, lastName: 'Lind' });
    const check = await makeReferenceCheck(t.db, company.id, { candidateId: candidate.id });
    await makeReferee(t.db, check, {
      name: `Maria ${XSS}`,
      company: `<img src=x onerror=alert(1)>`,
      status: 'answered',
      answeredAt: new Date(),
      answers: { overall: 4, summary: `Great & reliable ${XSS}` },
    });
    await makeReferee(t.db, check, {
      name: 'Olle Berg',
      email: 'olle.berg@private.example',
      phone: '+46709876543',
      status: 'answered',
      answeredAt: new Date(),
      answers: { overall: 2, summary: 'Fine.' },
    });
    return { company, member, client, check };
  }
  const enable = (companyId: string, on = true) =>
    t.db.update(companies).set({ reportShareLinksEnabled: on }).where(eq(companies.id, companyId));
  const open = (url: string) =>
    t.app.inject({ method: 'GET', url: new URL(url).pathname, headers: { 'user-agent': 'EmbeddingATS/1.0' } });

  test('off by default: creating answers 409 share_links_disabled', async () => {
    const { client, check, company } = await world();
    const res = await client.post(`/api/reference-checks/${check.id}/share-links`, {});
    assert.equal(res.statusCode, 409);
    assert.equal(res.json().code, 'share_links_disabled');
    const key = await makeApiKey(t.db, company.id);
    const v1 = await t.app.inject({
      method: 'POST',
      url: `/api/v1/reference-checks/${check.id}/share-links`,
      headers: { authorization: `Bearer ${key}` },
      payload: {},
    });
    assert.equal(v1.statusCode, 409);
    assert.equal(v1.json().code, 'share_links_disabled');
    assert.equal((await t.db.select().from(reportShareLinks).where(eq(reportShareLinks.checkId, check.id))).length, 0);
  });

  test('on: create, open without signing in (logged, escaped, not indexed), list, revoke → 410', async () => {
    const { client, check, company } = await world();
    await enable(company.id);
    const res = await client.post(`/api/reference-checks/${check.id}/share-links`, { expiresInDays: 7 });
    assert.equal(res.statusCode, 201, res.body);
    const link = res.json();
    assert.match(link.url, /\/shared\/reports\/[A-Za-z0-9_-]{43}$/);
    const days = (Date.parse(link.expiresAt) - Date.now()) / 86_400_000;
    assert.ok(days > 6.9 && days <= 7, `expires in 7 days, not ${days}`);
    const token = link.url.split('/').pop();
    const [row] = await t.db.select().from(reportShareLinks).where(eq(reportShareLinks.id, link.id));
    assert.equal(row.tokenHash, sha256(token), 'only the hash is stored');

    const page = await open(link.url);
    assert.equal(page.statusCode, 200);
    assert.match(String(page.headers['content-type']), /text\/html/);
    assert.match(String(page.headers['x-robots-tag']), /noindex/);
    assert.equal(page.headers['referrer-policy'], 'no-referrer');
    assert.ok(!page.body.includes('<script'), 'no script at all, least of all the typed one');
    assert.ok(!page.body.includes('<img'), 'no markup from what people typed');
    assert.ok(page.body.includes('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;'), 'the name shows as text');
    assert.ok(page.body.includes('Great &amp; reliable &lt;script&gt;'), 'the answer shows as text');
    assert.ok(page.body.includes('4 / 5'), 'the rating is there');
    // The summary block opens the page, the disagreement marked; no referee's contact details anywhere.
    const summary = page.body.slice(page.body.indexOf('data-testid="report-summary"'));
    assert.match(summary, /Summary[\s\S]*2 of 2 referees answered[\s\S]*Overall rating<\/dt><dd>3 of 5/);
    assert.match(summary, /<li>Overall performance: Olle Berg 2 \/ 5 · Maria &lt;script&gt;/);
    for (const hidden of ['olle.berg@private.example', '+46709876543', '70 987 65 43', '@work.example']) {
      assert.ok(!page.body.includes(hidden), `no ${hidden}`);
    }
    const opens = await t.db.select().from(reportShareOpens).where(eq(reportShareOpens.linkId, link.id));
    assert.equal(opens.length, 1);
    assert.equal(opens[0].userAgent, 'EmbeddingATS/1.0');
    assert.ok(opens[0].ip);

    const list = await client.get(`/api/reference-checks/${check.id}/share-links`);
    assert.equal(list.statusCode, 200);
    assert.equal(list.json().enabled, true);
    assert.equal(list.json().items[0].opens, 1);
    assert.equal(list.json().items[0].revokedAt, null);

    const revoked = await client.post(`/api/reference-checks/${check.id}/share-links/${link.id}/revoke`, {});
    assert.equal(revoked.statusCode, 200);
    assert.ok(revoked.json().revokedAt);
    const gone = await open(link.url);
    assert.equal(gone.statusCode, 410);
    assert.match(gone.body, /no longer works/);
    assert.ok(!gone.body.includes('Lind'), 'nothing of the report');
    assert.equal(
      (await t.db.select().from(reportShareOpens).where(eq(reportShareOpens.linkId, link.id))).length,
      1,
      'a refused open is not logged as an open',
    );
    const unknown = await t.app.inject({ method: 'GET', url: `/shared/reports/${'A'.repeat(43)}` });
    assert.equal(unknown.statusCode, 404);
    assert.match(unknown.body, /Link not found/);
  });

  test('expired links, and every link once the setting is turned off, answer 410', async () => {
    const { client, check, company } = await world();
    await enable(company.id);
    const a = (await client.post(`/api/reference-checks/${check.id}/share-links`, {})).json();
    const days = (Date.parse(a.expiresAt) - Date.now()) / 86_400_000;
    assert.ok(days > 29.9 && days <= 30, 'thirty days by default');
    await t.db
      .update(reportShareLinks)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(reportShareLinks.id, a.id));
    assert.equal((await open(a.url)).statusCode, 410);

    const b = (await client.post(`/api/reference-checks/${check.id}/share-links`, {})).json();
    assert.equal((await open(b.url)).statusCode, 200);
    await enable(company.id, false);
    assert.equal((await open(b.url)).statusCode, 410);
    await enable(company.id, true);
    assert.equal((await open(b.url)).statusCode, 200, 'back on, the unexpired link works again');
  });

  test('the v1 API creates, lists and revokes; another company’s check is 404; bad expiry is 400', async () => {
    const { check, company } = await world();
    await enable(company.id);
    const key = await makeApiKey(t.db, company.id);
    const call = (method: 'GET' | 'POST', url: string, payload?: object) =>
      t.app.inject({ method, url, payload, headers: { authorization: `Bearer ${key}` } });
    const created = await call('POST', `/api/v1/reference-checks/${check.id}/share-links`, { expires_in_days: 1 });
    assert.equal(created.statusCode, 201, created.body);
    assert.deepEqual(Object.keys(created.json()).sort(), ['expires_at', 'id', 'url']);
    assert.equal((await open(created.json().url)).statusCode, 200);
    const list = await call('GET', `/api/v1/reference-checks/${check.id}/share-links`);
    assert.equal(list.json().data[0].opens, 1);
    const revoked = await call('POST', `/api/v1/reference-checks/${check.id}/share-links/${created.json().id}/revoke`);
    assert.equal(revoked.statusCode, 200);
    assert.ok(revoked.json().revoked_at);
    assert.equal((await open(created.json().url)).statusCode, 410);

    const tooLong = await call('POST', `/api/v1/reference-checks/${check.id}/share-links`, { expires_in_days: 366 });
    assert.equal(tooLong.statusCode, 400);
    assert.match(tooLong.json().errors[0].field, /expires_in_days/);

    const other = await world();
    await enable(other.company.id);
    const theirs = await call('POST', `/api/v1/reference-checks/${other.check.id}/share-links`, {});
    assert.equal(theirs.statusCode, 404);
    assert.equal((await call('GET', `/api/v1/reference-checks/${other.check.id}/share-links`)).statusCode, 404);
    const theirLink = (await other.client.post(`/api/reference-checks/${other.check.id}/share-links`, {})).json();
    const revokeTheirs = await call('POST', `/api/v1/reference-checks/${check.id}/share-links/${theirLink.id}/revoke`);
    assert.equal(revokeTheirs.statusCode, 404);
    assert.equal((await open(theirLink.url)).statusCode, 200, 'still working');
  });

  test('only admins and recruiters share; the company setting is an admin’s', async () => {
    const { company, check } = await world();
    await enable(company.id);
    const { client: manager } = await companyWithMember(t, 'hiring_manager');
    assert.equal((await manager.post(`/api/reference-checks/${check.id}/share-links`, {})).statusCode, 403);
    const { client: admin, company: own } = await companyWithMember(t, 'admin');
    const settings = (await admin.get('/api/company')).json();
    assert.equal(settings.reportShareLinksEnabled, false);
    const { departments: _d, id: _i, signupUrl: _s, ...rest } = settings;
    const saved = await admin.put('/api/company', { ...rest, reportShareLinksEnabled: true });
    assert.equal(saved.statusCode, 200, saved.body);
    assert.equal(saved.json().reportShareLinksEnabled, true);
    const [row] = await t.db.select().from(companies).where(eq(companies.id, own.id));
    assert.equal(row.reportShareLinksEnabled, true);
  });
});
