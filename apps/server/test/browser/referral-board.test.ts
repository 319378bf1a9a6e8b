import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { and, eq } from 'drizzle-orm';
import { candidates, jobs } from '../../src/modules/hiring/hiring.tables.ts';
import { referrals } from '../../src/modules/referrals/referrals.tables.ts';
import {
  type BrowserWorld,
  browserSkipReason,
  demoMember,
  demoPoster,
  pageProblems,
  shot,
  signInAs,
  startBrowserWorld,
} from './harness.ts';

const skip = browserSkipReason();

describe('the referral board', { skip }, () => {
  let world: BrowserWorld;
  const ids = { dataEngineer: '', raymond: '', erik: '', backend: '' };

  before(async () => {
    world = await startBrowserWorld();
    const db = world.database.db;
    const jobNamed = async (title: string) =>
      (
        await db
          .select()
          .from(jobs)
          .where(and(eq(jobs.title, title), eq(jobs.status, 'open')))
      )[0].id;
    ids.dataEngineer = await jobNamed('Data Engineer');
    ids.backend = await jobNamed('Senior Backend Engineer');
    [{ id: ids.raymond }] = await db
      .select({ id: candidates.id })
      .from(candidates)
      .where(and(eq(candidates.firstName, 'Raymond'), eq(candidates.lastName, 'Okafor')));
    ids.erik = (await demoMember(world, 'employee@acme.example')).membershipId;

    // Claire asks Erik, who worked with Raymond, for a referral from her own mail client.
    const post = await demoPoster(world, 'recruiter@acme.example');
    const request = { colleagueMembershipId: ids.erik, jobId: ids.backend, reason: 'Led the contract work we need' };
    const draft = await post(`/api/candidates/${ids.raymond}/referral-requests/draft`, request);
    assert.equal(draft.statusCode, 200, draft.body);
    const { subject, body } = draft.json();
    const sent = await post(`/api/candidates/${ids.raymond}/referral-requests`, {
      ...request,
      subject,
      body,
      delivery: 'mailto',
    });
    assert.equal(sent.statusCode, 201, sent.body);
  });
  after(() => world?.close());

  test('the pencil moves a status onto the timeline; archiving the role makes it inactive; the bell brings it back', async () => {
    const page = await signInAs(world, 'recruiter@acme.example');
    await page.getByTestId('nav-referrals').click();
    await page.waitForURL(/\/referrals$/);
    assert.equal(await page.getByTestId('tab-board').getAttribute('aria-selected'), 'true');
    // Like the introductions and prospects, the board starts at the recruiter's own departments.
    assert.match(await page.getByTestId('scope-line').innerText(), /Showing your departments: .*Engineering/);
    await page.getByTestId('scope-show-all').click();
    await page.waitForURL(/scope=all/);
    const asa = page.getByTestId('board-row').filter({ hasText: 'Åsa Öberg' });
    await asa.waitFor();
    assert.match(
      await asa.innerText(),
      /Data Engineer at Spotify[\s\S]*Erik Employee[\s\S]*Email introduction[\s\S]*Introduction requested[\s\S]*ago[\s\S]*Data Engineer/i,
    );
    // Each tab's count is the number of referrals the board lists there for the whole company.
    const listedIn = async (tab: 'active' | 'inactive', more = '') => {
      const res = await page.request.get(`${world.baseUrl}/api/referrals?scope=all&tab=${tab}&limit=100${more}`);
      const { items, nextCursor } = (await res.json()) as { items: unknown[]; nextCursor: string | null };
      assert.equal(nextCursor, null, 'the demo fits on one page');
      return items.length;
    };
    const [active, inactiveBefore] = [await listedIn('active'), await listedIn('inactive')];
    const activeForTheRole = await listedIn('active', `&jobId=${ids.dataEngineer}`);
    assert.ok(activeForTheRole >= 1, 'Åsa Öberg is on the role');
    assert.ok(active > 1);
    assert.match(await page.getByTestId('board-view-active').innerText(), new RegExp(`Active\\s*${active}\\b`));
    await page.getByTestId('status-chip-introduction_requested').waitFor({ state: 'attached' });
    await shot(page, 'referral-board');

    // The pencil, from the keyboard: the row's own button, then the status and a note.
    const pencil = asa.getByRole('button', { name: 'Change the status of Åsa Öberg' });
    await pencil.focus();
    await page.keyboard.press('Enter');
    const popover = page.getByRole('dialog');
    await popover.getByTestId('status-select').click();
    await page.getByRole('option', { name: 'Interviewing', exact: true }).click();
    await popover.getByTestId('status-note').fill('First interview on Thursday');
    await shot(page, 'referral-board-pencil');
    await popover.getByTestId('status-save').click();
    await asa.getByText('Interviewing').waitFor();
    assert.equal(await page.getByText('First interview on Thursday').count(), 0, 'the popover closed');

    await asa.click();
    const drawer = page.getByRole('dialog');
    const timeline = drawer.getByTestId('referral-timeline');
    await timeline.getByText('First interview on Thursday').waitFor();
    assert.match(await timeline.innerText(), /Introduction requested[\s\S]*Interviewing[\s\S]*Claire Recruiter/);
    await page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'hidden' });

    // Archiving the role, on its page, says what happens to its referrals.
    await page.goto(`${world.baseUrl}/jobs/${ids.dataEngineer}`);
    await page.getByRole('button', { name: 'Archive' }).click();
    await page.getByText('its referrals become inactive').waitFor();
    await page.getByRole('dialog').getByRole('button', { name: 'Archive' }).click();
    await page.getByText('Job archived').waitFor();

    await page.goto(`${world.baseUrl}/referrals?scope=all`);
    await page.getByTestId('board-row').filter({ hasText: 'Raymond Okafor' }).waitFor();
    assert.equal(await page.getByTestId('board-row').filter({ hasText: 'Åsa Öberg' }).count(), 0);
    assert.match(
      await page.getByTestId('board-view-inactive').innerText(),
      new RegExp(`Inactive\\s*${inactiveBefore + activeForTheRole}\\b`),
    );
    await page.getByTestId('board-view-inactive').click();
    const inactive = page.getByTestId('board-row').filter({ hasText: 'Åsa Öberg' });
    await inactive.waitFor();
    await inactive.click();
    await drawer.getByTestId('inactive-badge').waitFor();
    await page.waitForTimeout(300); // the drawer's entrance, for the screenshot
    assert.match(
      await drawer.getByTestId('referral-timeline').innerText(),
      /Interviewing[\s\S]*Made inactive: the role was archived[\s\S]*Claire Recruiter/,
    );
    await shot(page, 'referral-board-inactive');
    await page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'hidden' });

    // Reopening the role offers its referrals back; keeping them inactive leaves them there.
    await page.goto(`${world.baseUrl}/jobs/${ids.dataEngineer}`);
    await page.getByRole('button', { name: 'Reopen' }).click();
    const offer = page.getByRole('dialog');
    await offer.getByText(new RegExp(`Reactivate ${activeForTheRole} referrals? for this role\\?`)).waitFor();
    await page.waitForTimeout(300); // the modal's entrance, for the screenshot
    await shot(page, 'referral-board-reactivate-offer');
    await offer.getByRole('button', { name: 'Keep inactive' }).click();
    await offer.waitFor({ state: 'hidden' });

    // The bell: inactive ones come back to Active, and go again.
    await page.goto(`${world.baseUrl}/referrals?view=inactive&scope=all`);
    const bell = page.getByRole('button', { name: 'Make active again: Åsa Öberg' });
    await bell.hover();
    await page.getByRole('tooltip', { name: 'Make active again' }).waitFor();
    await bell.click();
    await page.getByText('Åsa Öberg is active again').waitFor();
    await page.getByTestId('board-row').filter({ hasText: 'Åsa Öberg' }).waitFor({ state: 'detached' });
    assert.match(
      await page.getByTestId('board-view-inactive').innerText(),
      new RegExp(`Inactive\\s*${inactiveBefore + activeForTheRole - 1}\\b`),
    );
    await page.getByTestId('board-view-active').click();
    const back = page.getByTestId('board-row').filter({ hasText: 'Åsa Öberg' });
    await back.waitFor();
    await back.click();
    assert.match(await drawer.getByTestId('referral-timeline').innerText(), /Made active again[\s\S]*Claire Recruiter/);
    await page.keyboard.press('Escape');
    await back.getByRole('button', { name: 'Make inactive: Åsa Öberg' }).click();
    await page.getByText('Åsa Öberg is now inactive').waitFor();
    await back.waitFor({ state: 'detached' });
    assert.deepEqual(pageProblems(page), []);
    await page.context().close();
  });

  test('the dashboard card to stale ones, search, export; a candidate row leads to their Referrals tab', async () => {
    // Raymond's request has waited ten days without a status change.
    const tenDaysAgo = new Date(Date.now() - 10 * 24 * 3_600_000);
    await world.database.db
      .update(referrals)
      .set({ statusChangedAt: tenDaysAgo })
      .where(eq(referrals.candidateId, ids.raymond));
    const page = await signInAs(world, 'recruiter@acme.example');
    const card = page.getByTestId('card-referrals_stale');
    assert.match(await card.innerText(), /Stale referrals\s*1/);
    await card.click();
    await page.waitForURL(/\/referrals\?stale=true/);
    await page.getByTestId('stale-banner').waitFor();
    assert.ok(await page.getByTestId('board-filter-stale').isChecked());
    const raymond = page.getByTestId('board-row').filter({ hasText: 'Raymond Okafor' });
    await raymond.getByTestId('stale-badge').waitFor();
    assert.match(await raymond.innerText(), /10 days ago/);
    await shot(page, 'referral-board-stale');
    await page.getByTestId('stale-banner').getByRole('button', { name: 'Show all' }).click();
    await page.waitForURL((url) => !url.search.includes('stale'));
    assert.match(await raymond.innerText(), /Erik Employee[\s\S]*Referral request[\s\S]*Request sent/i);

    // Words match the start of a name's words; what matches nothing says so.
    await page.getByTestId('board-search').fill('zebra');
    await page.getByText('Nothing matches this search and these filters.').waitFor();
    await page.getByTestId('board-search').fill('okaf');
    await page.waitForURL(/q=okaf/);
    await raymond.waitFor();
    const href = await page.getByTestId('export-csv').getAttribute('href');
    assert.match(href ?? '', /^\/api\/referrals\/export\.csv\?tab=active&q=okaf/);
    const csv = await page.evaluate(async (url) => (await fetch(url)).text(), href!);
    assert.match(csv, /Raymond/);
    assert.doesNotMatch(csv, /Åsa/);

    await raymond.getByRole('link', { name: 'Raymond Okafor' }).click();
    await page.waitForURL(new RegExp(`/candidates/${ids.raymond}`));
    await page.getByTestId('candidate-tab-referrals').click();
    const referral = page.getByTestId('candidate-referral');
    await referral.waitFor();
    const text = await referral.innerText();
    assert.match(text, /Request sent[\s\S]*Referral request[\s\S]*Stale/i);
    assert.match(text, /Erik Employee/);
    assert.match(text, /Senior Backend Engineer/);
    assert.match(await referral.getByTestId('referral-timeline').innerText(), /Request sent[\s\S]*Claire Recruiter/);
    await shot(page, 'candidate-referrals-tab');
    assert.deepEqual(pageProblems(page), []);
    await page.context().close();
  });
});
