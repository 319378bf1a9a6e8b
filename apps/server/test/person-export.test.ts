import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import type { TPersonExportCreated } from '@vouch/contracts';
import { eq, sql } from 'drizzle-orm';
import { auditLog } from '../src/modules/audit/index.ts';
import { inspectCv, recordCandidateConsent, saveCandidateCv } from '../src/modules/hiring/index.ts';
import { personExportHandler, personExports } from '../src/modules/person-export/index.ts';
import { runDueWork } from '../src/platform/work/work-runner.ts';
import type { Client } from './helpers/app.ts';
import { makeCandidate, makeJob, makeMember, makeReferral } from './helpers/factories.ts';
import { makeReferee, makeReferenceCheck } from './helpers/reference-factories.ts';
import { companyWithMember, useTestApp } from './helpers/suite.ts';
import { unzip } from './helpers/zip.ts';

const pdf = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

const tableIn = (entries: Map<string, Buffer>, table: string) => {
  const raw = entries.get(`tables/${table}.json`);
  assert.ok(raw, `the ZIP has tables/${table}.json (it has ${[...entries.keys()].join(', ')})`);
  return JSON.parse(raw.toString('utf8')) as Record<string, unknown>[];
};

describe('an admin exports everything about a candidate', () => {
  const t = useTestApp();
  let admin: Client;
  let otherAdmin: Client;
  let secondAdmin: Client;
  let recruiter: Client;
  let companyId: string;
  let candidateId: string;
  let ids: Record<string, string>;

  before(async () => {
    const a = await companyWithMember(t, 'admin');
    admin = a.client;
    companyId = a.company.id;
    secondAdmin = await t.signIn((await makeMember(t.db, companyId, 'admin')).email);
    recruiter = await t.signIn((await makeMember(t.db, companyId, 'recruiter')).email);
    const employee = await makeMember(t.db, companyId, 'employee');
    otherAdmin = (await companyWithMember(t, 'admin')).client;

    const candidate = await makeCandidate(t.db, companyId, { firstName: 'Zlatana', lastName: 'Exportsson' });
    candidateId = candidate.id;
    const { job } = await makeJob(t.db, companyId);
    const placed = await admin.post(`/api/candidates/${candidateId}/placements`, { jobId: job.id });
    assert.equal(placed.statusCode, 201, placed.body);
    const cv = await saveCandidateCv(t.db, companyId, candidateId, await inspectCv(pdf, 'cv.pdf'), null);
    const consent = await recordCandidateConsent(t.db, companyId, {
      candidateId,
      purpose: 'careers_application',
      textVersion: 'v-test',
      text: 'I agree',
      language: 'en',
      jobId: job.id,
    });
    const check = await makeReferenceCheck(t.db, companyId, { candidateId });
    const referee = await makeReferee(t.db, check, {
      status: 'answered',
      answeredAt: new Date(),
      answers: { overall: 4, rehire: true },
    });
    const referral = await makeReferral(t.db, companyId, employee.membership.id, { candidateId, contact: null });
    // Someone else's rows, which must stay out of the ZIP.
    const other = await makeCandidate(t.db, companyId);
    await makeReferenceCheck(t.db, companyId, { candidateId: other.id });
    ids = { cv: cv.id, consent: consent.id, check: check.id, referee: referee.id, referral: referral.id };
  });

  async function requestExport(client: Client = admin): Promise<TPersonExportCreated> {
    const res = await client.post('/api/person-exports', { subjectKind: 'candidate', subjectId: candidateId });
    assert.equal(res.statusCode, 202, res.body);
    return res.json();
  }

  const runQueue = () => runDueWork({ db: t.db, handlers: [personExportHandler(t.db)], batchSize: 5 });

  test('the ZIP, built in the background, holds their rows from every table and their files', async () => {
    const created = await requestExport();
    assert.equal(created.status, 'pending');
    const early = await admin.get(created.downloadUrl);
    assert.equal(early.statusCode, 409, 'not ready before the queue ran');

    await runQueue();
    const status = await admin.get(`/api/person-exports/${created.id}`);
    assert.equal(status.json().status, 'ready');

    const res = await admin.get(created.downloadUrl);
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(res.headers['content-type'], 'application/zip');
    const entries = await unzip(res.rawPayload);

    const [person] = tableIn(entries, 'candidates');
    assert.equal(person.id, candidateId);
    assert.equal(person.lastName, 'Exportsson');
    assert.equal(person.searchVector, undefined, 'the search index is not exported');
    assert.equal(tableIn(entries, 'placements').length, 1);
    assert.equal(tableIn(entries, 'placements')[0].candidateId, candidateId);
    assert.ok(tableIn(entries, 'placement_events').length >= 1);
    assert.deepEqual(
      tableIn(entries, 'candidate_files').map((f) => f.id),
      [ids.cv],
    );
    assert.equal(tableIn(entries, 'candidate_files')[0].content, undefined, 'bytes go in files/, not the JSON');
    assert.deepEqual(
      tableIn(entries, 'candidate_consents').map((c) => c.id),
      [ids.consent],
    );
    assert.deepEqual(
      tableIn(entries, 'reference_checks').map((c) => c.id),
      [ids.check],
      'only this candidate’s checks',
    );
    const [referee] = tableIn(entries, 'referees');
    assert.equal(referee.id, ids.referee);
    assert.deepEqual(referee.answers, { overall: 4, rehire: true });
    assert.deepEqual(
      tableIn(entries, 'referrals').map((r) => r.id),
      [ids.referral],
    );
    assert.ok(tableIn(entries, 'referral_events').length >= 1);
    for (const [name, content] of entries)
      if (name.startsWith('tables/'))
        assert.doesNotMatch(content.toString('utf8'), /"[a-zA-Z]*(token|Token)[a-zA-Z]*":/);

    const cvFile = [...entries.keys()].find((name) => name.startsWith('files/'));
    assert.ok(cvFile, 'the CV is in files/');
    assert.deepEqual(entries.get(cvFile), pdf);
    const report = entries.get(`reports/report-${ids.check}.pdf`);
    assert.ok(report, 'the answered check’s report PDF is in reports/');
    assert.equal(report.subarray(0, 5).toString(), '%PDF-');

    const audited = await t.db
      .select({ action: auditLog.action, targetId: auditLog.targetId })
      .from(auditLog)
      .where(sql`${auditLog.companyId} = ${companyId} and ${auditLog.action} like 'person.export%'`);
    assert.ok(audited.some((e) => e.action === 'person.export_requested' && e.targetId === candidateId));
    assert.ok(audited.some((e) => e.action === 'person.export_downloaded' && e.targetId === candidateId));
  });

  test('only the admin who asked, with the link’s token, before it expires, may download', async () => {
    const created = await requestExport();
    await runQueue();
    const token = created.downloadUrl.split('/').at(-1)!;
    const path = `/api/person-exports/${created.id}/download`;

    assert.equal((await secondAdmin.get(created.downloadUrl)).statusCode, 404, 'another admin of the company');
    assert.equal((await secondAdmin.get(`/api/person-exports/${created.id}`)).statusCode, 404);
    assert.equal((await otherAdmin.get(created.downloadUrl)).statusCode, 404, 'another company’s admin');
    assert.equal((await recruiter.get(created.downloadUrl)).statusCode, 403, 'a recruiter');
    assert.equal((await admin.get(`${path}/${'A'.repeat(43)}`)).statusCode, 404, 'a wrong token');
    assert.equal((await admin.get(`${path}/${'A'.repeat(201)}`)).statusCode, 400, 'a token too long');

    const [row] = await t.db.select().from(personExports).where(eq(personExports.id, created.id));
    assert.equal(row.tokenHash.length, 64, 'only the hash is stored');
    assert.ok(!row.tokenHash.includes(token));
    assert.ok(Buffer.from(token, 'base64url').length >= 16, 'at least 128 bits');

    await t.db
      .update(personExports)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(personExports.id, created.id));
    const expired = await admin.get(created.downloadUrl);
    assert.equal(expired.statusCode, 410, expired.body);
  });

  test('another company’s candidate is not found; a non-admin is refused; bad input names the field', async () => {
    const foreign = await otherAdmin.post('/api/person-exports', { subjectKind: 'candidate', subjectId: candidateId });
    assert.equal(foreign.statusCode, 404, foreign.body);
    const refused = await recruiter.post('/api/person-exports', { subjectKind: 'candidate', subjectId: candidateId });
    assert.equal(refused.statusCode, 403);
    const bad = await admin.post('/api/person-exports', { subjectKind: 'planet', subjectId: 'nope' });
    assert.equal(bad.statusCode, 400);
    assert.match(bad.body, /subjectKind/);
    assert.match(bad.body, /subjectId/);
    assert.equal((await admin.get('/api/person-exports/not-a-uuid')).statusCode, 400);
  });
});
