import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { CONSENT_TEXT_VERSION, type TAuditEntry, type TConsentRecord } from '@vouch/contracts';
import { sql } from 'drizzle-orm';
import { auditLog, auditSettings, purgeAuditLog, recordAudit } from '../src/modules/audit/index.ts';
import { inspectCv, saveCandidateCv } from '../src/modules/hiring/index.ts';
import { disableEndpoint } from '../src/modules/integrations/use-cases/disable-endpoint.ts';
import { issueRefereeToken } from '../src/modules/references/link-tokens.ts';
import { referees, referenceChecks } from '../src/modules/references/references.tables.ts';
import type { Db } from '../src/platform/db/db.ts';
import type { Client } from './helpers/app.ts';
import { makeCandidate, makeCompany, makeMember, TEST_PASSWORD } from './helpers/factories.ts';
import { makeReferee, makeReferenceCheck } from './helpers/reference-factories.ts';
import { companyWithMember, useTestApp } from './helpers/suite.ts';

const pdf = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

/** The database's own refusal, whichever driver: the error or its cause carries the trigger's message. */
async function refusal(work: Promise<unknown>): Promise<string> {
  try {
    await work;
  } catch (error) {
    const e = error as { message?: string; cause?: { message?: string } };
    return `${e.message ?? ''} ${e.cause?.message ?? ''}`;
  }
  assert.fail('the database allowed it');
}

const APPEND_ONLY = /audit_log is append-only/;

async function entriesOf(client: Client, query = ''): Promise<TAuditEntry[]> {
  const res = await client.get(`/api/audit-log${query}`);
  assert.equal(res.statusCode, 200, res.body);
  return res.json().items;
}

describe('the audit log', () => {
  const t = useTestApp();

  describe('is append-only in the database', () => {
    async function anEntry(db: Db, createdAt?: Date) {
      const company = await makeCompany(db);
      const member = await makeMember(db, company.id, 'admin');
      await recordAudit(db, {
        companyId: company.id,
        actor: { kind: 'member', membershipId: member.membership.id },
        action: 'report.viewed',
        target: { kind: 'reference_check', id: crypto.randomUUID() },
      });
      const [row] = await db.select().from(auditLog).where(sql`${auditLog.companyId} = ${company.id}`);
      if (createdAt) {
        // Inserting a backdated row is allowed (it rewrites nothing); only the purge may then remove it.
        await db.insert(auditLog).values({ ...row, id: crypto.randomUUID(), createdAt });
      }
      return { company, row };
    }

    test('the app’s connection cannot UPDATE, DELETE or TRUNCATE an entry', async () => {
      const { row } = await anEntry(t.db);
      assert.match(
        await refusal(t.db.execute(sql`update audit_log set action = 'member.role_changed' where id = ${row.id}`)),
        APPEND_ONLY,
      );
      assert.match(await refusal(t.db.update(auditLog).set({ ip: '10.0.0.1' })), APPEND_ONLY);
      assert.match(await refusal(t.db.execute(sql`delete from audit_log where id = ${row.id}`)), APPEND_ONLY);
      assert.match(await refusal(t.db.delete(auditLog)), APPEND_ONLY);
      assert.match(await refusal(t.db.execute(sql`truncate audit_log`)), APPEND_ONLY);
      const [kept] = await t.db.select().from(auditLog).where(sql`${auditLog.id} = ${row.id}`);
      assert.deepEqual(kept, row);
    });

    test('setting the purge flag by hand still cannot delete an entry within retention', async () => {
      const { row } = await anEntry(t.db);
      const attempt = t.db.transaction(async (tx) => {
        await tx.execute(sql`select set_config('vouch.audit_purge', 'on', true)`);
        await tx.execute(sql`delete from audit_log where id = ${row.id}`);
      });
      assert.match(await refusal(attempt), APPEND_ONLY);
      assert.equal((await t.db.select().from(auditLog).where(sql`${auditLog.id} = ${row.id}`)).length, 1);
    });

    test('the retention purge removes only entries older than each company’s retention', async () => {
      const yearsAgo = (years: number) => new Date(Date.now() - years * 366 * 86_400_000);
      const fiveYears = await anEntry(t.db, yearsAgo(6)); // default: 5 years
      const oneYear = await anEntry(t.db, yearsAgo(2));
      await t.db.insert(auditSettings).values({ companyId: oneYear.company.id, retentionYears: 1 });
      const young = await anEntry(t.db, yearsAgo(2)); // default 5 years: kept

      const count = async (companyId: string) =>
        (await t.db.select().from(auditLog).where(sql`${auditLog.companyId} = ${companyId}`)).length;
      assert.deepEqual(
        [await count(fiveYears.company.id), await count(oneYear.company.id), await count(young.company.id)],
        [2, 2, 2],
      );
      assert.ok((await purgeAuditLog(t.db)) >= 2);
      assert.deepEqual(
        [await count(fiveYears.company.id), await count(oneYear.company.id), await count(young.company.id)],
        [1, 1, 2],
      );
      // The purge leaves no flag behind: a delete after it in the same session is refused again.
      assert.match(await refusal(t.db.execute(sql`delete from audit_log where id = ${young.row.id}`)), APPEND_ONLY);
    });
  });

  describe('records who did what', () => {
    test('sign-ins, failed sign-ins, role changes, keys, webhooks, exports, reports, CVs and link copies', async () => {
      const company = await makeCompany(t.db);
      const ada = await makeMember(t.db, company.id, 'admin');
      const rita = await makeMember(t.db, company.id, 'recruiter');
      const admin = await t.signIn(ada.email);

      const wrong = await t.app.inject({
        method: 'POST',
        url: '/api/auth/sign-in',
        payload: { email: rita.email, password: 'not-the-password' },
        remoteAddress: '203.0.113.9',
      });
      assert.equal(wrong.statusCode, 401);
      const recruiter = await t.signIn(rita.email, TEST_PASSWORD);

      assert.equal(
        (await admin.put(`/api/members/${rita.membership.id}/role`, { role: 'hiring_manager' })).statusCode,
        200,
      );
      assert.equal((await admin.put(`/api/members/${rita.membership.id}/role`, { role: 'recruiter' })).statusCode, 200);

      const key = await admin.post('/api/company/api-keys', { name: 'ATS', scopes: ['read'] });
      assert.equal(key.statusCode, 201, key.body);
      assert.equal((await admin.post(`/api/company/api-keys/${key.json().id}/revoke`)).statusCode, 200);

      const hook = await admin.post('/api/company/webhook-endpoints', {
        url: 'https://93.184.216.34/hooks/audit',
        description: null,
        eventTypes: ['referral.created'],
      });
      assert.equal(hook.statusCode, 201, hook.body);
      assert.equal((await admin.delete(`/api/company/webhook-endpoints/${hook.json().id}`)).statusCode, 200);

      const board = await recruiter.get('/api/referrals/export.csv?tab=active');
      assert.equal(board.statusCode, 200, board.body);

      const check = await makeReferenceCheck(t.db, company.id);
      const referee = await makeReferee(t.db, check);
      assert.equal((await recruiter.get(`/api/reference-checks/${check.id}/report`)).statusCode, 200);
      assert.equal(
        (await recruiter.post(`/api/reference-checks/${check.id}/referees/${referee.id}/link`)).statusCode,
        200,
      );

      // An API key reads a report: the key is the actor. A receiver's 410 turns an endpoint off: the system is.
      const reader = await admin.post('/api/company/api-keys', { name: 'Reader', scopes: ['read'] });
      const asKey = t.withApiKey(reader.json().key);
      const v1 = await asKey.get(`/api/v1/reference-checks/${check.id}/report`);
      assert.equal(v1.statusCode, 200, v1.body);
      const gone = await admin.post('/api/company/webhook-endpoints', {
        url: 'https://93.184.216.34/hooks/gone',
        description: null,
        eventTypes: ['referral.created'],
      });
      assert.ok(await disableEndpoint(t.db, t.config, company.id, gone.json().id, new Date(), 'gone'));

      const candidate = await makeCandidate(t.db, company.id);
      const cv = await saveCandidateCv(t.db, company.id, candidate.id, await inspectCv(pdf, 'cv.pdf'), null);
      assert.equal((await recruiter.get(`/api/candidates/${candidate.id}/files/${cv.id}`)).statusCode, 200);

      const entries = await entriesOf(admin, '?limit=200');
      const seen = entries.map((e) => `${e.action} ${e.actor.kind}:${e.actor.id} ${e.target?.kind}:${e.target?.id}`);
      const adaM = `member:${ada.membership.id}`;
      const ritaM = `member:${rita.membership.id}`;
      for (const expected of [
        `auth.signed_in ${adaM} membership:${ada.membership.id}`,
        `auth.sign_in_failed user:${rita.user.id} user:${rita.user.id}`,
        `auth.signed_in ${ritaM} membership:${rita.membership.id}`,
        `member.role_changed ${adaM} membership:${rita.membership.id}`,
        `api_key.created ${adaM} api_key:${key.json().id}`,
        `api_key.revoked ${adaM} api_key:${key.json().id}`,
        `webhook_endpoint.created ${adaM} webhook_endpoint:${hook.json().id}`,
        `webhook_endpoint.deleted ${adaM} webhook_endpoint:${hook.json().id}`,
        `data.exported ${ritaM} undefined:undefined`,
        `report.viewed ${ritaM} reference_check:${check.id}`,
        `link.copied ${ritaM} referee:${referee.id}`,
        `cv.viewed ${ritaM} candidate_file:${cv.id}`,
        `report.viewed api_key:${reader.json().id} reference_check:${check.id}`,
        `webhook_endpoint.disabled system:null webhook_endpoint:${gone.json().id}`,
      ])
        assert.ok(seen.includes(expected), `missing: ${expected}\n${seen.join('\n')}`);

      const failed = entries.find((e) => e.action === 'auth.sign_in_failed');
      assert.equal(failed?.ip, '203.0.113.9');
      const roleChanges = entries.filter((e) => e.action === 'member.role_changed').map((e) => e.detail);
      assert.deepEqual(
        roleChanges.map((d) => [d.from, d.to]),
        [
          ['hiring_manager', 'recruiter'],
          ['recruiter', 'hiring_manager'],
        ],
      );
      assert.deepEqual(entries.find((e) => e.action === 'data.exported')?.detail, {
        list: 'referral_board',
        rows: 0,
        truncated: false,
      });
      // No personal data in an entry: names and emails never appear.
      const text = JSON.stringify(entries);
      for (const personal of [ada.email, rita.email, candidate.lastName, String(referee.email)])
        assert.ok(!text.includes(personal), `entry holds ${personal}`);
    });
  });

  describe('the admin page', () => {
    async function world() {
      const { company, member, client } = await companyWithMember(t, 'admin');
      const other = await makeMember(t.db, company.id, 'recruiter');
      const targets = [crypto.randomUUID(), crypto.randomUUID(), crypto.randomUUID()];
      const at = (iso: string) => new Date(iso);
      const rows = [
        {
          action: 'report.viewed',
          actorId: member.membership.id,
          targetId: targets[0],
          createdAt: at('2026-01-05T10:00:00Z'),
        },
        {
          action: 'report.viewed',
          actorId: other.membership.id,
          targetId: targets[1],
          createdAt: at('2026-01-06T10:00:00Z'),
        },
        {
          action: 'cv.viewed',
          actorId: other.membership.id,
          targetId: targets[2],
          createdAt: at('2026-01-07T23:59:00Z'),
        },
        {
          action: 'report.viewed',
          actorId: other.membership.id,
          targetId: targets[0],
          createdAt: at('2026-01-08T00:00:00Z'),
        },
      ];
      await t.db.insert(auditLog).values(
        rows.map((r) => ({
          companyId: company.id,
          actorKind: 'member' as const,
          actorId: r.actorId,
          action: r.action,
          targetKind: r.action === 'cv.viewed' ? 'candidate_file' : 'reference_check',
          targetId: r.targetId,
          createdAt: r.createdAt,
        })),
      );
      return { company, admin: client, member, other, targets };
    }

    const range = '&from=2026-01-01&to=2026-01-31';

    test('filters by actor, action, target and date range, newest first', async () => {
      const w = await world();
      const ids = (items: TAuditEntry[]) => items.map((e) => `${e.action}@${e.createdAt.slice(0, 10)}`);
      assert.deepEqual(ids(await entriesOf(w.admin, `?actorId=${w.other.membership.id}${range}`)), [
        'report.viewed@2026-01-08',
        'cv.viewed@2026-01-07',
        'report.viewed@2026-01-06',
      ]);
      assert.deepEqual(ids(await entriesOf(w.admin, `?action=cv.viewed${range}`)), ['cv.viewed@2026-01-07']);
      assert.deepEqual(ids(await entriesOf(w.admin, `?targetKind=reference_check&targetId=${w.targets[0]}`)), [
        'report.viewed@2026-01-08',
        'report.viewed@2026-01-05',
      ]);
      // `to` includes its whole day; `from` starts at its midnight (UTC).
      assert.deepEqual(ids(await entriesOf(w.admin, '?from=2026-01-06&to=2026-01-07')), [
        'cv.viewed@2026-01-07',
        'report.viewed@2026-01-06',
      ]);
    });

    test('pages by keyset without repeating or skipping an entry', async () => {
      const w = await world();
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const res = await w.admin.get(`/api/audit-log?limit=1${range}${cursor ? `&cursor=${cursor}` : ''}`);
        assert.equal(res.statusCode, 200, res.body);
        seen.push(...res.json().items.map((e: TAuditEntry) => e.createdAt));
        cursor = res.json().nextCursor;
      } while (cursor);
      assert.deepEqual(seen, [
        '2026-01-08T00:00:00.000Z',
        '2026-01-07T23:59:00.000Z',
        '2026-01-06T10:00:00.000Z',
        '2026-01-05T10:00:00.000Z',
      ]);
    });

    test('the CSV export holds the filtered entries and is itself recorded', async () => {
      const w = await world();
      const res = await w.admin.get(`/api/audit-log/export.csv?action=report.viewed${range}`);
      assert.equal(res.statusCode, 200, res.body);
      assert.match(String(res.headers['content-type']), /^text\/csv/);
      assert.equal(res.headers['x-export-rows'], '3');
      const lines = res.body
        .replace(/^\uFEFF/, '')
        .trim()
        .split('\r\n');
      assert.equal(lines[0], 'Time (UTC),Action,Actor kind,Actor id,Target kind,Target id,Detail,IP address');
      assert.equal(lines.length, 4);
      assert.ok(lines.slice(1).every((l) => l.includes(',report.viewed,member,')));
      const [exported] = await entriesOf(w.admin, '?action=data.exported');
      assert.deepEqual(exported.actor, { kind: 'member', id: w.member.membership.id });
      assert.deepEqual(exported.detail, { list: 'audit_log', rows: 3, truncated: false });
    });

    test('retention: five years unless changed, between 1 and 10, and the change is recorded', async () => {
      const w = await world();
      assert.deepEqual((await w.admin.get('/api/audit-log/settings')).json(), { retentionYears: 5 });
      const saved = await w.admin.put('/api/audit-log/settings', { retentionYears: 7 });
      assert.equal(saved.statusCode, 200, saved.body);
      assert.deepEqual((await w.admin.get('/api/audit-log/settings')).json(), { retentionYears: 7 });
      const [changed] = await entriesOf(w.admin, '?action=audit.retention_changed');
      assert.deepEqual(changed.detail, { from: 5, to: 7 });
      for (const retentionYears of [0, 11, 2.5]) {
        const bad = await w.admin.put('/api/audit-log/settings', { retentionYears });
        assert.equal(bad.statusCode, 400, bad.body);
        assert.deepEqual(
          bad.json().errors.map((f: { field: string }) => f.field),
          ['retentionYears'],
        );
      }
    });

    test('only admins: every other role is refused', async () => {
      const w = await world();
      for (const role of ['recruiter', 'hiring_manager', 'employee', 'agent'] as const) {
        const member = await makeMember(t.db, w.company.id, role);
        const client = await t.signIn(member.email);
        for (const url of ['/api/audit-log', '/api/audit-log/export.csv', '/api/audit-log/settings'])
          assert.equal((await client.get(url)).statusCode, 403, `${role} ${url}`);
        assert.equal((await client.put('/api/audit-log/settings', { retentionYears: 1 })).statusCode, 403);
      }
    });

    test('another company’s admin sees none of these entries, even when naming their ids', async () => {
      const w = await world();
      const stranger = await companyWithMember(t, 'admin');
      const theirs = await entriesOf(stranger.client, '?limit=200');
      assert.ok(theirs.every((e) => e.actor.id !== w.other.membership.id && e.target?.id !== w.targets[0]));
      assert.deepEqual(await entriesOf(stranger.client, `?actorId=${w.other.membership.id}`), []);
      assert.deepEqual(await entriesOf(stranger.client, `?targetKind=reference_check&targetId=${w.targets[0]}`), []);
      const csv = await stranger.client.get(`/api/audit-log/export.csv?actorId=${w.other.membership.id}`);
      assert.equal(csv.headers['x-export-rows'], '0');
    });

    test('bad filters are field errors, never a 500', async () => {
      const w = await world();
      const cases: [string, string][] = [
        ['?from=2026-02-01&to=2026-01-01', 'to'],
        ['?from=yesterday', 'from'],
        ['?action=report.burned', 'action'],
        ['?actorId=not-a-uuid', 'actorId'],
        ['?targetId=5f1c0d2e-3b4a-4c5d-8e6f-7a8b9c0d1e2f', 'targetKind'],
        ['?limit=0', 'limit'],
        ['?cursor=bm90LWEtY3Vyc29y', 'cursor'],
      ];
      for (const [query, field] of cases) {
        for (const path of ['/api/audit-log', '/api/audit-log/export.csv']) {
          if (path.endsWith('.csv') && (field === 'limit' || field === 'cursor')) continue;
          const res = await w.admin.get(`${path}${query}`);
          assert.equal(res.statusCode, 400, `${path}${query}: ${res.body}`);
          const fields = res.json().errors.map((f: { field: string }) => f.field);
          assert.ok(fields.includes(field), `${path}${query}: ${fields}`);
        }
      }
    });
  });

  describe('consent records on the candidate page', () => {
    test('the candidate’s and their referees’ consents, with the text version, or unknown for old rows', async () => {
      const { company, client } = await companyWithMember(t, 'recruiter');
      const candidate = await makeCandidate(t.db, company.id);
      const check = await makeReferenceCheck(t.db, company.id, {
        candidateId: candidate.id,
        candidateConsentAt: new Date('2026-11-20T09:00:00Z'),
        candidateConsentVersion: CONSENT_TEXT_VERSION,
      });
      const anna = await makeReferee(t.db, check, { name: 'Anna Ärlig' });
      // Given through the referee's page: the version they agreed to is stored with it.
      const token = await issueRefereeToken(t.db, check, anna.id);
      const device = { userAgent: 'Mozilla/5.0 Test', screen: '1280x800', timeZone: 'Europe/Stockholm' };
      const consent = await t.app.inject({
        method: 'POST',
        url: `/api/public/reference-referee/${token}/consent`,
        payload: { consentVersion: CONSENT_TEXT_VERSION, device },
      });
      assert.equal(consent.statusCode, 200, consent.body);
      // An older check whose consent was kept before versions were: "version unknown".
      const old = await makeReferenceCheck(t.db, company.id, {
        candidateId: candidate.id,
        candidateConsentAt: new Date('2025-01-10T09:00:00Z'),
      });
      await makeReferee(t.db, old, { name: 'Bo Björk', consentAt: new Date('2025-01-11T09:00:00Z') });
      // Not consented yet: not listed.
      await makeReferee(t.db, check, { name: 'Cleo Later' });

      const res = await client.get(`/api/candidates/${candidate.id}/consents`);
      assert.equal(res.statusCode, 200, res.body);
      const view = (r: TConsentRecord) => [r.person, r.refereeName, r.checkId, r.textVersion, r.currentText];
      assert.deepEqual(res.json().items.map(view), [
        ['candidate', null, check.id, CONSENT_TEXT_VERSION, true],
        ['candidate', null, old.id, null, false],
        ['referee', 'Anna Ärlig', check.id, CONSENT_TEXT_VERSION, true],
        ['referee', 'Bo Björk', old.id, null, false],
      ]);
      const [stored] = await t.db.select().from(referees).where(sql`${referees.id} = ${anna.id}`);
      assert.equal(stored.consentVersion, CONSENT_TEXT_VERSION);
      const [kept] = await t.db.select().from(referenceChecks).where(sql`${referenceChecks.id} = ${old.id}`);
      assert.equal(kept.candidateConsentVersion, null);

      // Another company's recruiter: 404; an employee: 403; a bad id: 400 naming the field.
      const stranger = await companyWithMember(t, 'recruiter');
      assert.equal((await stranger.client.get(`/api/candidates/${candidate.id}/consents`)).statusCode, 404);
      const employee = await makeMember(t.db, company.id, 'employee');
      assert.equal(
        (await (await t.signIn(employee.email)).get(`/api/candidates/${candidate.id}/consents`)).statusCode,
        403,
      );
      const bad = await client.get('/api/candidates/not-an-id/consents');
      assert.equal(bad.statusCode, 400);
      assert.deepEqual(
        bad.json().errors.map((f: { field: string }) => f.field),
        ['id'],
      );
    });
  });
});
