import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { and, eq, sql } from 'drizzle-orm';
import { candidates } from '../../src/modules/hiring/hiring.tables.ts';
import { transportsFromConfig } from '../../src/modules/messaging/index.ts';
import { referrals } from '../../src/modules/referrals/referrals.tables.ts';
import { rowsOf } from '../../src/platform/db/ids.ts';
import { type MailCatcher, startMailCatcher } from '../helpers/mail.ts';
import {
  type BrowserWorld,
  browserSkipReason,
  pageProblems,
  runDueMessages,
  shot,
  signInAs,
  startBrowserWorld,
} from './harness.ts';

const skip = browserSkipReason();

describe('a recruiter asks a colleague for a referral, and the colleague answers from the email', { skip }, () => {
  let world: BrowserWorld;
  let mail: MailCatcher;
  before(async () => {
    mail = await startMailCatcher();
    world = await startBrowserWorld({ SMTP_URL: mail.url });
  });
  after(async () => {
    await world?.close();
    await mail?.close();
  });

  test('compose with a live preview, send, receive, and “I’ll reach out” moves the status', async () => {
    const db = world.database.db;
    const [raymond] = await db
      .select({ id: candidates.id })
      .from(candidates)
      .where(and(eq(candidates.firstName, 'Raymond'), eq(candidates.lastName, 'Okafor')));
    assert.ok(raymond, 'the demo has Raymond Okafor');

    const page = await signInAs(world, 'recruiter@acme.example');
    await page.goto(`${world.baseUrl}/candidates/${raymond.id}?tab=connections`);
    const erik = page.getByTestId('connection').filter({ hasText: 'Erik Employee' });
    await erik.waitFor();
    await erik.getByRole('button', { name: 'Request a referral from Erik Employee' }).click();

    const preview = page.getByTestId('email-preview');
    await preview.getByText(/Hi Erik,/).waitFor();
    const body = page.getByLabel('Body');
    assert.match(await body.inputValue(), /\{\{ colleague\.first_name \}\}/, 'the editor holds the template');
    assert.match(await preview.innerText(), /You worked with Raymond at Dentons/, 'the connection, addressed to Erik');
    await page.getByRole('textbox', { name: 'Why they may fit' }).fill('He ran the contract desk at Dentons.');
    await preview.getByText('Why I think Raymond may fit: He ran the contract desk at Dentons.').waitFor();

    // A typo is an error under the field, and the preview waits for the fix.
    await body.fill(`${await body.inputValue()}\n\nP.S. {{ candidate.nickname }}`);
    await page.getByText('Line 14, column 9: unknown variable “candidate.nickname”').waitFor();
    assert.equal(await page.getByRole('button', { name: 'Send now' }).isDisabled(), true);
    await shot(page, 'referral-request-composer-error');
    const fixed = (await body.inputValue()).replace(
      '{{ candidate.nickname }}',
      'Coffee is on me, {{ colleague.first_name }}!',
    );
    await body.fill(fixed);
    await preview.getByText('P.S. Coffee is on me, Erik!').waitFor();
    await shot(page, 'referral-request-composer');

    await page.getByRole('button', { name: 'Send now' }).click();
    await page.getByText('Referral request sent to Erik Employee').waitFor();
    const [row] = await db
      .select()
      .from(referrals)
      .where(and(eq(referrals.candidateId, raymond.id), eq(referrals.source, 'referral_request')));
    assert.equal(row.status, 'refer_request_sent');

    await runDueMessages({ db, transports: transportsFromConfig(world.app.services.config), batchSize: 50 });
    const email = mail.lastTo('employee@acme.example');
    assert.ok(email, 'the request email arrived');
    assert.equal(email.mail.replyTo?.value[0].address, 'recruiter@acme.example');
    assert.match(email.mail.text ?? '', /P\.S\. Coffee is on me, Erik!/);
    assert.match(String(email.mail.html), /href="mailto:recruiter@acme\.example\?subject=Re%3A/);
    const link = (email.mail.text ?? '').match(
      /https?:\/\/\S+\/referral-requests\/answer\?\S+answer=will_reach_out/,
    )?.[0];
    assert.ok(link, email.mail.text);
    const target = new URL(link);

    const context = await world.browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'en-GB' });
    const answer = await context.newPage();
    await answer.goto(`${world.baseUrl}${target.pathname}${target.search}`);
    await answer.getByTestId('referral-request-answer-choice').waitFor();
    const [opened] = await db.select().from(referrals).where(eq(referrals.id, row.id));
    assert.equal(opened.status, 'refer_request_sent', 'opening the link answers nothing');
    await answer.getByRole('button', { name: 'I’ll reach out' }).click();
    await answer.getByTestId('referral-request-answer-done').waitFor();
    assert.match(await answer.getByTestId('referral-request-answer-done').innerText(), /reach out to Raymond Okafor/);
    await shot(answer, 'referral-request-answer');
    const [answered] = await db.select().from(referrals).where(eq(referrals.id, row.id));
    assert.equal(answered.status, 'referrer_contacted');
    await answer.reload();
    await answer.getByTestId('referral-request-answer-gone').waitFor();
    await context.close();

    assert.deepEqual(pageProblems(page), []);
    await page.context().close();
  });

  test('the admin edits the template with a live preview, sees errors under the field, and resets it', async () => {
    const page = await signInAs(world, 'admin@acme.example');
    await page.goto(`${world.baseUrl}/company`);
    const card = page.getByTestId('referral-request-template');
    await card.getByText('Default text').waitFor();
    await card.getByText('Svenska', { exact: true }).click();
    const subject = card.getByLabel('Subject');
    await subject.waitFor();
    assert.match(await subject.inputValue(), /^Kan du rekommendera/);
    await subject.fill('Känner du {{ candidate.full_name }}?');
    await card.getByTestId('email-preview-subject').getByText('Känner du Raymond Okafor?').waitFor();
    await subject.fill('Känner du {{ candidate.nick }}?');
    await card.getByText('Line 1, column 14: unknown variable “candidate.nick”').waitFor();
    await shot(page, 'referral-request-template-error');
    await subject.fill('Känner du {{ candidate.first_name }}?');
    await card.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Referral request email saved').waitFor();
    await card.getByText('Your own text').waitFor();
    await shot(page, 'referral-request-template');
    await card.getByRole('button', { name: 'Back to the default' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Back to the default' }).click();
    await card.getByText('Default text').waitFor();
    assert.deepEqual(pageProblems(page), []);
    await page.context().close();
  });

  test('a conflict says the server’s reason, not that something conflicts', async () => {
    const db = world.database.db;
    const page = await signInAs(world, 'employee@acme.example');
    await page.goto(`${world.baseUrl}/network?tab=referrals`);
    const rows = page.getByTestId('my-referral-row');
    await rows.first().waitFor();
    // A mark still waiting, which a recruiter takes up while the page is open.
    const [mark] = rowsOf<{ id: string; name: string; source: string }>(
      await db.execute(sql`select r.id, r.first_name || ' ' || r.last_name as name, r.source from referrals r
        join memberships m on m.id = r.referrer_membership_id join users u on u.id = m.user_id
        where u.email = 'employee@acme.example' and r.status = 'passed_on' and r.acted_at is null
          and r.source in ('warm_prospect', 'cold_prospect') limit 1`),
    );
    assert.ok(mark, 'the demo has a waiting prospect of Erik');
    await db.execute(sql`update referrals set acted_at = now() where id = ${mark.id}`);
    const row = rows.filter({ hasText: mark.name });
    await row.getByTestId('my-referral-change').click();
    const other = mark.source === 'warm_prospect' ? 'cold_prospect' : 'warm_prospect';
    await page.getByTestId(`my-referral-mark-${other}`).click();
    // The reason is the message, once; the code's sentence is only its title.
    await page.getByText('A recruiter is already acting on this referral, so its mark stays').waitFor();
    await page.getByText('That conflicts with the current state. Reload and try again.').waitFor();
    await shot(page, 'conflict-reason');
    await shot(page, 'conflict-reason');
    await page.context().close();
  });

  test('a template that would expand without limit stops in the preview with the message under the field', async () => {
    const page = await signInAs(world, 'admin@acme.example');
    await page.goto(`${world.baseUrl}/company`);
    const card = page.getByTestId('referral-request-template');
    const body = card.getByLabel('Body');
    await body.waitFor();
    // Each round doubles the text: 23 rounds would be ~120 million characters.
    await body.fill(
      '{% capture s %}{{ candidate.full_name }}{% endcapture %}{% for i in (1..23) %}{% capture s %}{{ s }}{{ s }}{% endcapture %}{% endfor %}{{ s }}',
    );
    await card.getByText('The template makes more than 100 KB of text. Shorten it or loop less.').waitFor();
    await body.fill(
      '{% for a in (1..300) %}{% for b in (1..300) %}{{ candidate.full_name }}, {% endfor %}{% endfor %}',
    );
    await card
      .getByText(/The template (makes more than 100 KB|repeats more than 10,000 times|takes too long to render)/)
      .waitFor();
    await shot(page, 'referral-request-template-limit');
    assert.deepEqual(pageProblems(page), []);
    await page.context().close();
  });
});
