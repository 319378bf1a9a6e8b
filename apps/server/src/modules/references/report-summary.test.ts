import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { TReferee, TReport } from '@vouch/contracts';

type TQuestionnaireContentView = TReport['questionnaire'];

import { reportSummary } from './report-summary.ts';

const rating = (id: string, scale: number) => ({
  id,
  type: 'rating' as const,
  label: `Rate ${id}`,
  help: null,
  required: false,
  scale,
  minLabel: 'Low',
  maxLabel: 'High',
});
const content = {
  title: 'Q',
  intro: null,
  sections: [
    {
      id: 's',
      title: 'S',
      questions: [
        rating('overall', 5),
        rating('drive', 5),
        rating('teamwork', 7),
        { id: 'rehire', type: 'yes_no', label: 'Hire again?', help: null, required: false },
      ],
    },
  ],
} as unknown as TQuestionnaireContentView;

const at = (h: number) => new Date(Date.UTC(2026, 0, 1) + h * 3_600_000).toISOString();
function referee(id: string, overrides: Partial<TReferee> = {}): TReferee {
  return {
    id,
    name: id,
    email: null,
    phone: null,
    relationship: 'manager',
    company: null,
    workedTogether: null,
    language: 'en',
    addedBy: 'candidate',
    status: 'answered',
    declineReason: null,
    remindersSent: 0,
    nextReminderAt: null,
    verification: 'unverified',
    verifiedBy: null,
    statedRelationship: null,
    namedConsent: null,
    invitedAt: at(0),
    openedAt: null,
    startedAt: null,
    answeredAt: at(2),
    declinedAt: null,
    bouncedAt: null,
    answersWithdrawnAt: null,
    ...overrides,
  };
}
const answering = (id: string, answers: Record<string, number | boolean>) => ({ id, name: id, answers });

describe('report summary', () => {
  test('overall mean on the common scale, spread between referees, rehire counts, response times', () => {
    const referees = [
      referee('Anna', { answeredAt: at(0.25), verification: 'work_email_matches_company', verifiedBy: 'email' }),
      referee('Bo', { answeredAt: at(5), verifiedBy: 'phone' }),
      referee('Cia', { answeredAt: at(60) }),
      referee('Dan', { status: 'declined', answeredAt: null }),
      referee('Eva', { status: 'removed', answeredAt: null, verification: 'free_mail', verifiedBy: 'email' }),
    ];
    const summary = reportSummary({ refereesWanted: 3, referees }, content, [
      // teamwork 7 of 7 is 5 on the 1–5 scale, so Anna's mean is 5.
      answering('Anna', { overall: 5, drive: 5, teamwork: 7, rehire: true }),
      // 4 of 7 is 3 of 5: (3 + 3 + 3) / 3 = 3.
      answering('Bo', { overall: 3, drive: 3, teamwork: 4, rehire: false }),
      answering('Cia', { overall: 4, rehire: true }),
    ]);
    assert.equal(summary.overall.scale, 5);
    assert.deepEqual(
      summary.overall.referees.map((r) => r.mean),
      [5, 3, 4],
    );
    // (5+5+5 + 3+3+3 + 4) / 7 = 28 / 7 = 4
    assert.equal(summary.overall.mean, 4);
    assert.equal(summary.overall.spread, 2);
    assert.deepEqual(summary.rehire, { label: 'Hire again?', yes: 2, no: 1, unanswered: 0 });
    assert.deepEqual([summary.answered, summary.declined, summary.bounced], [3, 1, 0]);
    assert.deepEqual(summary.responseHours, { median: 5, fastest: 0.25, slowest: 60 });
    // Removed referees are left out of the verification counts.
    assert.deepEqual(summary.verification, [
      { state: 'work_email_matches_company', count: 1 },
      { state: 'unverified', count: 3 },
    ]);
    // And out of the one-time code counts: Anna by email, Bo by phone.
    assert.deepEqual(summary.verifiedByCode, { email: 1, phone: 1 });
  });

  test('disagreements: a yes/no split and wide ratings, widest first; one step apart is not one', () => {
    const summary = reportSummary({ refereesWanted: 2, referees: [referee('A'), referee('B')] }, content, [
      answering('A', { overall: 5, drive: 4, teamwork: 7, rehire: true }),
      answering('B', { overall: 3, drive: 3, teamwork: 3, rehire: false }),
    ]);
    assert.deepEqual(
      summary.disagreements.map((d) => [d.questionId, d.kind, d.spread, d.low.refereeName, d.high.refereeName]),
      [
        ['rehire', 'yes_no', null, 'B', 'A'],
        // 4 of 6 steps apart on 1–7 is wider than 2 of 4 on 1–5.
        ['teamwork', 'rating', 4, 'B', 'A'],
        ['overall', 'rating', 2, 'B', 'A'],
      ],
    );
    assert.ok(!summary.disagreements.some((d) => d.questionId === 'drive'), 'one step apart is taste');
  });

  test('one referee: a mean, but no spread and nothing to disagree about', () => {
    const summary = reportSummary({ refereesWanted: 3, referees: [referee('A')] }, content, [
      answering('A', { overall: 2, rehire: false }),
    ]);
    assert.equal(summary.overall.mean, 2);
    assert.equal(summary.overall.spread, null);
    assert.deepEqual(summary.disagreements, []);
    assert.deepEqual(summary.rehire, { label: 'Hire again?', yes: 0, no: 1, unanswered: 0 });
  });

  test('no answers yet: every figure empty, nothing invented', () => {
    const summary = reportSummary(
      { refereesWanted: 2, referees: [referee('A', { status: 'invited', answeredAt: null })] },
      content,
      [],
    );
    assert.deepEqual(summary.overall, { scale: 5, mean: null, spread: null, referees: [] });
    assert.deepEqual(summary.rehire, { label: 'Hire again?', yes: 0, no: 0, unanswered: 0 });
    assert.deepEqual(summary.disagreements, []);
    assert.deepEqual(summary.responseHours, { median: null, fastest: null, slowest: null });
    assert.equal(summary.answered, 0);
  });

  test('a questionnaire without ratings or a rehire question', () => {
    const empty = { ...content, sections: [] } as TQuestionnaireContentView;
    const summary = reportSummary({ refereesWanted: 1, referees: [referee('A')] }, empty, [answering('A', {})]);
    assert.equal(summary.overall.scale, null);
    assert.equal(summary.overall.mean, null);
    assert.equal(summary.rehire, null);
  });
});
