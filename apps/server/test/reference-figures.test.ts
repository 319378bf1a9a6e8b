import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { TReferenceFigures } from '@vouch/contracts';
import { makeCompany, makeMember } from './helpers/factories.ts';
import { makeReferee, makeReferenceCheck } from './helpers/reference-factories.ts';
import { useTestApp } from './helpers/suite.ts';

describe('reference figures per recruiter and per month', () => {
  const t = useTestApp();

  test('decline and bounce rates, time until the candidate names referees, reminders per check', async () => {
    // The company is in Stockholm (the default): 23:30 UTC on 31 January is already February there.
    const company = await makeCompany(t.db);
    const admin = await makeMember(t.db, company.id, 'admin');
    const anna = await makeMember(t.db, company.id, 'recruiter', { name: 'Anna Rekryterare' });
    const bo = await makeMember(t.db, company.id, 'recruiter', { name: 'Bo Rekryterare' });
    const after = (start: Date, h: number) => new Date(start.getTime() + h * 3_600_000);

    // Anna's check: the candidate names three referees within the hour; one answers, one declines, one bounces.
    const s1 = new Date('2026-01-31T23:30:00Z');
    const c1 = await makeReferenceCheck(t.db, company.id, {
      createdById: anna.membership.id,
      createdAt: s1,
      candidateRemindersSent: 1,
    });
    const named = (h: number) => ({ createdAt: after(s1, h), invitedAt: after(s1, h) });
    await makeReferee(t.db, c1, { ...named(0.5), status: 'answered', answeredAt: after(s1, 2.5), remindersSent: 1 });
    await makeReferee(t.db, c1, { ...named(1), status: 'declined' });
    await makeReferee(t.db, c1, { ...named(1), status: 'bounced' });
    // Bo's check: he named the referee himself, so the candidate never did.
    const s2 = new Date('2026-01-15T10:00:00Z');
    const c2 = await makeReferenceCheck(t.db, company.id, {
      createdById: bo.membership.id,
      createdAt: s2,
      candidateRemindersSent: 2,
    });
    await makeReferee(t.db, c2, {
      addedBy: 'recruiter',
      createdAt: s2,
      invitedAt: s2,
      status: 'answered',
      answeredAt: after(s2, 10),
      remindersSent: 2,
    });
    // A check started through the API (no recruiter): the candidate took 30 hours.
    const s3 = new Date('2026-01-20T08:00:00Z');
    const c3 = await makeReferenceCheck(t.db, company.id, { createdById: null, createdAt: s3 });
    await makeReferee(t.db, c3, { createdAt: after(s3, 30), invitedAt: after(s3, 30), remindersSent: 3 });
    // Another company's check never counts.
    const other = await makeCompany(t.db);
    await makeReferee(t.db, await makeReferenceCheck(t.db, other.id, { createdAt: s1 }), { status: 'declined' });

    const client = await t.signIn(admin.email);
    const res = await client.get('/api/reference-figures');
    assert.equal(res.statusCode, 200, res.body);
    const rows = (res.json() as TReferenceFigures).rows
      .filter((r) => ['company', 'recruiter', 'month'].includes(r.groupBy))
      .map((r) => [
        r.groupBy,
        r.groupBy === 'company' ? 'company' : r.groupName,
        r.checks,
        r.refereesInvited,
        r.refereesDeclined,
        r.refereesBounced,
        r.declineRate,
        r.bounceRate,
        r.medianHoursToReferees,
        r.remindersPerCheck,
      ]);
    assert.deepEqual(rows, [
      // Named after 0.5 h and 30 h → median 15.25; reminders 3 to candidates + 6 to referees over 3 checks.
      ['company', 'company', 3, 5, 1, 1, 0.2, 0.2, 15.25, 3],
      // The API's check first, under no recruiter.
      ['recruiter', '', 1, 1, 0, 0, 0, 0, 30, 3],
      ['recruiter', 'Anna Rekryterare', 1, 3, 1, 1, 0.333, 0.333, 0.5, 2],
      ['recruiter', 'Bo Rekryterare', 1, 1, 0, 0, 0, 0, null, 4],
      ['month', '2026-01', 2, 2, 0, 0, 0, 0, 30, 3.5],
      ['month', '2026-02', 1, 3, 1, 1, 0.333, 0.333, 0.5, 2],
    ]);
    const months = (res.json() as TReferenceFigures).rows.filter((r) => r.groupBy === 'month');
    assert.deepEqual(
      months.map((r) => r.groupId),
      ['2026-01', '2026-02'],
    );
    const recruiterRow = (res.json() as TReferenceFigures).rows.find((r) => r.groupName === 'Anna Rekryterare');
    assert.equal(recruiterRow?.groupId, anna.membership.id);
    // 30 minutes from start to the first named referee survive as hours to three decimals.
    assert.equal(recruiterRow?.medianHoursToReferees, 0.5);
  });
});
