import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { TRefereePage } from '@vouch/contracts';
import { eq } from 'drizzle-orm';
import { messages } from '../src/modules/messaging/messaging.tables.ts';
import { referees } from '../src/modules/references/references.tables.ts';
import { linkTokens } from '../src/modules/tenancy/tenancy.tables.ts';
import { deliverMail } from './helpers/mail.ts';
import { linkIn, refereeBody, referenceScenario, useReferenceWorld } from './helpers/reference-world.ts';

/**
 * Referees named together are invited together: the check's context and each language's
 * questionnaire are read once for all of them. What must not mix: each gets their own link, in their
 * own language, and each row points at their own invitation.
 */
describe('reference checks: referees named together', () => {
  const world = useReferenceWorld();

  test('three referees named at once each get their own link and language, and each row records their own invitation', async () => {
    const { t, mail } = world;
    const s = await referenceScenario(t);
    const named = [
      { name: 'Maria Chef', email: 'maria.together@work.example', language: 'sv' },
      { name: 'John Colleague', email: 'john.together@work.example', language: 'en' },
      { name: 'Eva Kollega', email: 'eva.together@work.example', language: 'sv' },
    ] as const;
    const started = await s.client.post(`/api/candidates/${s.candidate.id}/reference-checks`, {
      ...s.settings,
      jobId: s.job.id,
      candidateChannel: 'none',
      refereeConsent: { method: 'in_writing' },
      refereesWanted: 3,
      referees: named.map((r) => refereeBody({ ...r, phone: null })),
    });
    assert.equal(started.statusCode, 201, started.body);
    const checkId = started.json().id as string;

    const rows = await t.db.select().from(referees).where(eq(referees.checkId, checkId));
    assert.equal(rows.length, 3);
    const sentTo = await t.db.select().from(messages).where(eq(messages.companyId, s.company.id));
    for (const row of rows) {
      const invitation = sentTo.find((m) => m.id === row.inviteMessageId);
      assert.equal(invitation?.recipient, row.email, `${row.name}'s row points at the email sent to them`);
      assert.ok(row.invitedAt, `${row.name} is marked invited`);
      assert.equal(row.remindersSent, 0);
    }
    // One referee link each, for that referee.
    const tokens = await t.db.select().from(linkTokens).where(eq(linkTokens.purpose, 'reference_referee'));
    const ours = tokens.filter((token) => rows.some((r) => r.id === token.subjectId));
    assert.deepEqual(ours.map((token) => token.subjectId).sort(), rows.map((r) => r.id).sort());

    const delivered = await deliverMail(t, mail);
    for (const referee of named) {
      const email = delivered.find((m) => m.to.includes(referee.email))?.mail;
      assert.ok(email, `${referee.name} is emailed`);
      const text = email.text ?? '';
      const firstName = referee.name.split(' ')[0];
      assert.match(text, referee.language === 'sv' ? new RegExp(`^Hej ${firstName}! `, 'm') : /^Hi John, /m);
      const page = await t.app.inject({
        method: 'GET',
        url: `/api/public/reference-referee/${linkIn(text, 'r')}`,
      });
      assert.equal(page.statusCode, 200, page.body);
      const opened = page.json() as TRefereePage;
      assert.equal(opened.refereeFirstName, firstName, `${referee.name}'s link opens their own page`);
      assert.equal(opened.language, referee.language);
      // The time promised in the email is the one their page repeats.
      const promised = /(?:about|ungefär) (\d+) (?:minutes|minuter)/.exec(text)?.[1];
      assert.equal(promised, String(opened.minutes));
    }
  });
});
