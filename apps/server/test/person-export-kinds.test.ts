import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import type { TPersonExportCreated, TPersonExportRequest } from '@vouch/contracts';
import { personExportHandler } from '../src/modules/person-export/index.ts';
import { runDueWork } from '../src/platform/work/work-runner.ts';
import type { Client } from './helpers/app.ts';
import { makeContact, makeMember, makeReferral } from './helpers/factories.ts';
import { makeReferee, makeReferenceCheck } from './helpers/reference-factories.ts';
import { companyWithMember, useTestApp } from './helpers/suite.ts';
import { unzip } from './helpers/zip.ts';

type Zip = Map<string, Buffer>;
const rowsOf = (entries: Zip, table: string) =>
  JSON.parse(entries.get(`tables/${table}.json`)?.toString('utf8') ?? '[]') as Record<string, unknown>[];
const idsOf = (entries: Zip, table: string) => rowsOf(entries, table).map((r) => r.id);

describe('an admin exports everything about a referee or a member', () => {
  const t = useTestApp();
  let admin: Client;
  let otherAdmin: Client;
  let companyId: string;

  before(async () => {
    const a = await companyWithMember(t, 'admin');
    admin = a.client;
    companyId = a.company.id;
    otherAdmin = (await companyWithMember(t, 'admin')).client;
  });

  /** Asks, runs the queue, downloads: the export's ZIP as its entries. */
  async function exportOf(request: TPersonExportRequest): Promise<Zip> {
    const res = await admin.post('/api/person-exports', request);
    assert.equal(res.statusCode, 202, res.body);
    const created: TPersonExportCreated = res.json();
    await runDueWork({ db: t.db, handlers: [personExportHandler(t.db)], batchSize: 5 });
    const zip = await admin.get(created.downloadUrl);
    assert.equal(zip.statusCode, 200, zip.body);
    const entries = await unzip(zip.rawPayload);
    for (const [name, content] of entries)
      assert.doesNotMatch(content.toString('utf8'), /"[a-zA-Z]*([Tt]oken|[Hh]ash|csrf)[a-zA-Z]*":/, name);
    return entries;
  }

  test('a referee: every check that named them by their email, with answers and fraud signals, and no one else', async () => {
    const email = 'gunilla.referee@work.example';
    const first = await makeReferenceCheck(t.db, companyId);
    const second = await makeReferenceCheck(t.db, companyId);
    const named = await makeReferee(t.db, first, { email, status: 'answered', answers: { overall: 5 } });
    const again = await makeReferee(t.db, second, { email: 'Gunilla.Referee@work.example', emailKey: email });
    const colleague = await makeReferee(t.db, first);

    const entries = await exportOf({ subjectKind: 'referee', subjectId: named.id });
    assert.deepEqual(new Set(idsOf(entries, 'referees')), new Set([named.id, again.id]));
    assert.ok(!idsOf(entries, 'referees').includes(colleague.id), 'the other referee of the same check stays out');
    assert.deepEqual(rowsOf(entries, 'referees').find((r) => r.id === named.id)?.answers, { overall: 5 });
    assert.equal(entries.has('tables/candidates.json'), false, 'the candidate is someone else');
  });

  test('a member: login without password, their own contacts, referrals they made, and no colleague’s', async () => {
    const member = await makeMember(t.db, companyId, 'employee', { name: 'Märta Medlem' });
    const colleague = await makeMember(t.db, companyId, 'employee');
    const contact = await makeContact(t.db, companyId, member.membership.id);
    const colleagueContact = await makeContact(t.db, companyId, colleague.membership.id);
    const referral = await makeReferral(t.db, companyId, member.membership.id, { contact });
    await makeReferral(t.db, companyId, colleague.membership.id, { contact: colleagueContact });

    const entries = await exportOf({ subjectKind: 'member', subjectId: member.membership.id });
    const [user] = rowsOf(entries, 'users');
    assert.equal(user.email, member.email);
    assert.equal(user.name, 'Märta Medlem');
    assert.equal(user.passwordHash, undefined, 'the password’s hash is a secret, not their data');
    assert.deepEqual(idsOf(entries, 'memberships'), [member.membership.id]);
    assert.deepEqual(idsOf(entries, 'contacts'), [contact.id]);
    assert.equal(rowsOf(entries, 'contacts')[0].searchVector, undefined);
    assert.deepEqual(idsOf(entries, 'referrals'), [referral.id]);
  });

  test('another company’s referee or member is not found, and nothing is queued for it', async () => {
    const check = await makeReferenceCheck(t.db, companyId);
    const referee = await makeReferee(t.db, check);
    const member = await makeMember(t.db, companyId, 'recruiter');
    for (const request of [
      { subjectKind: 'referee', subjectId: referee.id },
      { subjectKind: 'member', subjectId: member.membership.id },
    ]) {
      const res = await otherAdmin.post('/api/person-exports', request);
      assert.equal(res.statusCode, 404, `${request.subjectKind}: ${res.body}`);
      assert.equal(res.json().reason, 'privacy.subject_not_found');
    }
    const unknown = await admin.post('/api/person-exports', {
      subjectKind: 'member',
      subjectId: '00000000-0000-4000-8000-000000000000',
    });
    assert.equal(unknown.statusCode, 404);
  });
});
