import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  type BrowserWorld,
  browserSkipReason,
  DEMO_PASSWORD,
  pageProblems,
  shot,
  startBrowserWorld,
} from './harness.ts';

const skip = browserSkipReason();
const LIMIT_SENTENCE =
  'You cannot refer this candidate because you have reached your maximum number of referrals for this requisition.';

describe('refer someone and submit a candidate, on a phone', { skip }, () => {
  let world: BrowserWorld;
  before(async () => {
    world = await startBrowserWorld();
  });
  after(() => world?.close());

  const phone = async (email: string) => {
    const context = await world.browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'en-GB' });
    const page = await context.newPage();
    await page.goto(`${world.baseUrl}/sign-in`);
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL((url) => url.pathname === '/');
    return page;
  };

  const fill = async (page: Awaited<ReturnType<typeof phone>>, first: string) => {
    await page.getByLabel('First name').fill(first);
    await page.getByLabel('Last name').fill('Phoneson');
    await page.getByRole('textbox', { name: /^Email/ }).fill(`${first.toLowerCase()}.${Date.now()}@mail.example`);
  };

  test('the employee refers a friend and sees it in My referrals as cards', async () => {
    const page = await phone('employee@acme.example');
    await page.goto(`${world.baseUrl}/refer`);
    await fill(page, 'Freja');
    await page.getByLabel('How do you know them?').fill('<script>alert(1)</script> old colleague');
    await page.getByRole('button', { name: 'Send referral' }).click();
    await page.getByText('Thank you! Your referral was sent.').waitFor();
    await page.getByTestId('my-referral-row').filter({ hasText: 'Freja' }).waitFor();
    const width = await page.evaluate<number>('document.documentElement.scrollWidth');
    assert.ok(width <= 390, `no sideways scrolling on a phone (${width}px)`);
    await shot(page, 'refer-someone-phone');
    assert.deepEqual(pageProblems(page), []);
  });

  test('the agent at the limit sees the exact sentence', async () => {
    const page = await phone('agent@talentbridge.example');
    await page.goto(`${world.baseUrl}/refer`);
    await page.getByLabel('Jobs').first().click();
    await page.getByRole('option', { name: /2 of 2/ }).click();
    await page.keyboard.press('Escape');
    await fill(page, 'Vera');
    await page.getByRole('button', { name: 'Send referral' }).click();
    await page.getByTestId('refer-refusal').waitFor();
    assert.equal(await page.getByTestId('refer-refusal').innerText(), LIMIT_SENTENCE);
    await shot(page, 'agent-limit-phone');
  });
});
