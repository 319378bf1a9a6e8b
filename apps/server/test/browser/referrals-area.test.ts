import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { and, eq } from 'drizzle-orm';
import { companies, departments, memberships, users } from '../../src/schema.ts';
import { passOn } from '../helpers/passed-on.ts';
import { type BrowserWorld, browserSkipReason, pageProblems, shot, signInAs, startBrowserWorld } from './harness.ts';

const skip = browserSkipReason();

describe("the recruiters' Referrals area", { skip }, () => {
  let world: BrowserWorld;
  const ids = { cold: '', warm: '', introduction: '' };

  before(async () => {
    world = await startBrowserWorld();
    const db = world.database.db;
    const [acme] = await db.select().from(companies).where(eq(companies.name, 'Acme'));
    const [engineering] = await db
      .select()
      .from(departments)
      .where(and(eq(departments.companyId, acme.id), eq(departments.name, 'Engineering')));
    const memberNamed = async (name: string) => {
      const [row] = await db
        .select({ id: memberships.id })
        .from(memberships)
        .innerJoin(users, eq(users.id, memberships.userId))
        .where(and(eq(memberships.companyId, acme.id), eq(users.name, name)));
      return row.id;
    };
    const johan = await memberNamed('Johan Bergström');
    const erik = await memberNamed('Erik Employee');
    const base = { departmentId: engineering.id, skills: ['Go', 'Kubernetes'] };
    ids.cold = (
      await passOn(db, acme.id, {
        ...base,
        referrerId: johan,
        source: 'cold_prospect',
        firstName: 'Hilda',
        lastName: 'Frost',
        position: 'Principal Platform Engineer',
        company: 'Glacier AB',
        note: 'Built their whole deploy pipeline',
      })
    ).id;
    ids.warm = (
      await passOn(db, acme.id, {
        ...base,
        referrerId: erik,
        source: 'warm_prospect',
        firstName: 'Walter',
        lastName: 'Sun',
        position: 'Platform Engineer',
        company: 'Heat Oy',
      })
    ).id;
    ids.introduction = (
      await passOn(db, acme.id, {
        ...base,
        referrerId: erik,
        source: 'email_introduction',
        firstName: 'Ines',
        lastName: 'Introduced',
        position: 'Principal Data Engineer',
        company: 'Lakehouse AB',
        dueAt: new Date(Date.now() - 3_600_000),
      })
    ).id;
  });
  after(() => world?.close());

  test('introductions: the scope line, an overdue flag, search with highlights and a readable error', async () => {
    const page = await signInAs(world, 'recruiter@acme.example');
    await page.getByTestId('nav-referrals').click();
    // The menu lands on the board; introductions are a tab beside it.
    await page.getByTestId('tab-introductions').click();
    const scope = page.getByTestId('scope-line');
    await scope.waitFor();
    assert.match(await scope.innerText(), /Showing your departments: .*Engineering.*Show all/);
    const row = page.getByTestId('referral-row').filter({ hasText: 'Ines Introduced' });
    await row.waitFor();
    assert.match(await row.innerText(), /Overdue/i);

    await page.getByTestId('referrals-search').fill('title:princ* lakehouse');
    await page.waitForURL(/q=title/);
    await page.locator('mark', { hasText: 'Princ' }).first().waitFor();
    assert.equal(await page.getByTestId('referral-row').count(), 1);
    assert.equal(await page.locator('mark', { hasText: 'Lakehouse' }).count(), 1);
    await page.getByTestId('search-help').click();
    await page.getByText('Search words, fields and combinations').waitFor();
    await shot(page, 'referrals-search');
    await page.getByTestId('search-help').click();
    await page.getByText('Search words, fields and combinations').waitFor({ state: 'hidden' });

    await page.getByTestId('referrals-search').fill('(engineer OR developer');
    await page.getByText(/The search could not be read: Unclosed parenthesis opened at character 1/).waitFor();
    await shot(page, 'referrals-search-error');
    assert.deepEqual(pageProblems(page), []);
    await page.context().close();
  });

  test('a search too long to run says so under the box, not that the list could not load', async () => {
    const page = await signInAs(world, 'recruiter@acme.example');
    await page.goto(`${world.baseUrl}/referrals?tab=introductions`);
    await page.getByTestId('referral-row').first().waitFor();
    await page.getByTestId('referrals-search').fill('engineer OR developer '.repeat(91).slice(0, 2_000));
    await page.getByText('The search is too long: at most 500 characters').waitFor();
    assert.equal(await page.getByText('Could not load this').count(), 0);
    assert.equal(await page.getByText('Some fields need another look').count(), 0, 'no notification beside it');
    await shot(page, 'referrals-search-too-long');
    assert.deepEqual(pageProblems(page), []);
    await page.context().close();
  });

  test('a Swedish recruiter reads the search problems in Swedish, worded from their reasons', async () => {
    const db = world.database.db;
    const [recruiter] = await db.select().from(users).where(eq(users.email, 'recruiter@acme.example'));
    await db.update(users).set({ language: 'sv' }).where(eq(users.id, recruiter.id));
    try {
      const page = await signInAs(world, 'recruiter@acme.example');
      await page.goto(`${world.baseUrl}/referrals?tab=introductions`);
      await page.getByTestId('referral-row').first().waitFor();
      await page.getByTestId('referrals-search').fill('(engineer OR developer');
      await page.getByText('Parentesen som öppnas vid tecken 1 stängs aldrig').first().waitFor();
      await page.getByTestId('referrals-search').fill('engineer OR developer '.repeat(91).slice(0, 2_000));
      await page.getByText('Sökningen är för lång: högst 500 tecken').waitFor();
      assert.equal(await page.getByText('The search', { exact: false }).count(), 0, 'no English words left');
      assert.deepEqual(pageProblems(page), []);
      await page.context().close();
    } finally {
      await db.update(users).set({ language: recruiter.language }).where(eq(users.id, recruiter.id));
    }
  });

  test("a cold prospect's page says the employee is not shown and never contains their name", async () => {
    const page = await signInAs(world, 'recruiter@acme.example');
    await page.goto(`${world.baseUrl}/referrals?tab=prospects&mark=cold_prospect&open=${ids.cold}`);
    const drawer = page.getByRole('dialog');
    await drawer.getByText('Principal Platform Engineer').waitFor();
    await drawer.getByText('Anonymous — cold prospect').waitFor();
    await drawer
      .getByTestId('referral-timeline')
      .getByText(/Not shown/)
      .waitFor();
    await page.getByTestId('referral-row').filter({ hasText: 'Hilda Frost' }).waitFor();
    await shot(page, 'referrals-cold-prospect');
    const html = await page.content();
    for (const trace of ['Johan', 'Bergström'])
      assert.ok(
        !html.includes(trace),
        `the page contains ${trace}: ${html.slice(Math.max(0, html.indexOf(trace) - 300), html.indexOf(trace) + 100)}`,
      );

    // The employee's name as a search finds nothing through them.
    await page.goto(`${world.baseUrl}/referrals?tab=prospects&q=Johan`);
    await page.getByText('Nothing matches this search and these filters.').waitFor();
    assert.ok(!(await page.content()).includes('Hilda'));
    assert.deepEqual(pageProblems(page), []);
    await page.context().close();
  });

  test('prospects: warm and cold badges, a status change on the timeline, the export link', async () => {
    const page = await signInAs(world, 'recruiter@acme.example');
    await page.goto(`${world.baseUrl}/referrals?tab=prospects`);
    const warm = page.getByTestId('referral-row').filter({ hasText: 'Walter Sun' });
    await warm.waitFor();
    assert.match(await warm.innerText(), /Warm[\s\S]*Erik Employee/i);
    const cold = page.getByTestId('referral-row').filter({ hasText: 'Hilda Frost' });
    assert.match(await cold.innerText(), /Cold[\s\S]*Anonymous — cold prospect/i);
    const href = await page.getByTestId('export-csv').getAttribute('href');
    assert.match(href ?? '', /^\/api\/referrals\/network\/export\.csv\?.*tab=prospects/);

    await warm.click();
    const drawer = page.getByRole('dialog');
    await drawer.getByTestId('status-select').click();
    await page.getByRole('option', { name: 'Contacted', exact: true }).click();
    await drawer.getByTestId('status-note').fill('Phoned, interested in the platform role');
    await drawer.getByTestId('status-save').click();
    await drawer.getByTestId('referral-timeline').getByText('Phoned, interested in the platform role').waitFor();
    assert.match(await drawer.getByTestId('referral-timeline').innerText(), /Contacted[\s\S]*Claire Recruiter/);
    await shot(page, 'referrals-status-changed');
    assert.deepEqual(pageProblems(page), []);
    await page.context().close();
  });

  test('an email introduction is requested from the drawer', async () => {
    const page = await signInAs(world, 'recruiter@acme.example');
    await page.goto(`${world.baseUrl}/referrals?open=${ids.introduction}`);
    const drawer = page.getByRole('dialog');
    await drawer.getByTestId('request-message').fill('We have a data platform role in mind');
    await drawer.getByTestId('request-introduction-button').click();
    await drawer.getByText('Introduction requested. The employee has been emailed.').waitFor();
    assert.match(await drawer.getByTestId('referral-timeline').innerText(), /Introduction requested/);
    assert.equal(await drawer.getByTestId('overdue-badge').count(), 0, 'acting on it clears the overdue flag');
    await shot(page, 'referrals-introduction-requested');
    assert.deepEqual(pageProblems(page), []);
    await page.context().close();
  });
});
