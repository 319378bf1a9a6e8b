import assert from 'node:assert/strict';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { eq } from 'drizzle-orm';
import type { Page } from 'playwright-core';
import { candidateFiles, candidates, placements } from '../../src/modules/hiring/hiring.tables.ts';
import { shareLinks } from '../../src/modules/referrals/referrals.tables.ts';
import { TINY_PDF } from '../helpers/careers.ts';
import {
  type BrowserWorld,
  browserSkipReason,
  screenshotDir,
  scrollWidthOf,
  shot,
  signInAs,
  startBrowserWorld,
} from './harness.ts';

const skip = browserSkipReason();
const axeSource = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
/** A phone's own browser: link previews and headless browsers do not count as views, people do. */
const PHONE_UA =
  'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36';

async function phonePage(world: BrowserWorld) {
  const context = await world.browser.newContext({
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
    locale: 'en-GB',
    userAgent: PHONE_UA,
  });
  const page = await context.newPage();
  const problems: string[] = [];
  let bytes = 0;
  page.on('pageerror', (error) => problems.push(`script error: ${error.message}`));
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) problems.push(`CSP: ${message.text()}`);
  });
  page.on('response', async (response) => {
    bytes += (await response.body().catch(() => Buffer.alloc(0))).length;
  });
  return { page, problems, bytes: () => bytes };
}

/** axe-core's scan of the page as it is; its source is evaluated by the test, not served by Vouch. */
async function axeViolations(page: Page) {
  await page.evaluate(axeSource);
  // The page's own globals, typed here: the server's tests are compiled without the DOM's types.
  type AxeWindow = { axe: { run: (context: unknown) => Promise<{ violations: unknown[] }> }; document: unknown };
  const results = await page.evaluate(() => {
    const w = globalThis as unknown as AxeWindow;
    return w.axe.run(w.document);
  });
  return (results.violations as { id: string; help: string; nodes: { target: string[] }[] }[]).map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
}

describe('the careers page on a phone', { skip }, () => {
  let world: BrowserWorld;
  before(async () => {
    world = await startBrowserWorld();
  });
  after(async () => {
    await world?.close();
  });

  test('browse Acme’s jobs, apply with a CV after a mistake; small, script-free and accessible', async () => {
    const { page, problems, bytes } = await phonePage(world);
    await page.goto(`${world.baseUrl}/careers/acme`);
    await page.getByRole('heading', { level: 1, name: 'Jobs at Acme' }).waitFor();
    assert.equal(await page.locator('html').getAttribute('lang'), 'en');
    assert.deepEqual(await axeViolations(page), [], 'the job list');
    await shot(page, 'careers-list-phone');
    assert.ok(bytes() < 100_000, `first load ${bytes()} bytes`);

    const scroll = await scrollWidthOf(page);
    assert.ok(scroll <= 390, `no sideways scrolling on a phone (${scroll}px)`);
    await page.getByRole('combobox', { name: 'Location' }).selectOption({ index: 1 });
    await page.getByRole('button', { name: 'Show jobs' }).click();
    await page.waitForURL(/location=/);

    await page.getByRole('link').filter({ hasNotText: 'Acme' }).first().click();
    await page.getByRole('heading', { name: 'Apply for this job' }).waitFor();
    assert.deepEqual(await axeViolations(page), [], 'the job page');
    const title = await page.locator('h1').innerText();

    await page.getByRole('textbox', { name: 'Full name' }).fill('Alva Berglund');
    await page.getByRole('textbox', { name: 'Email' }).fill('alva.berglund@mail.example');
    await page.getByRole('textbox', { name: /LinkedIn profile/ }).fill('not a profile');
    await page.getByRole('button', { name: 'Send application' }).click();
    await page.getByText('Your application was not sent').waitFor();
    await page.getByText('Tick the box to agree').first().waitFor();
    assert.equal(await page.getByRole('textbox', { name: 'Full name' }).inputValue(), 'Alva Berglund', 'kept');
    assert.deepEqual(await axeViolations(page), [], 'the form with its errors');
    await shot(page, 'careers-apply-errors-phone');

    await page.getByRole('textbox', { name: /LinkedIn profile/ }).fill('https://www.linkedin.com/in/alva-berglund');
    await page.getByRole('checkbox').check();
    const cv = path.join(screenshotDir, 'alva-cv.pdf');
    fs.writeFileSync(cv, TINY_PDF);
    await page.locator('input[type=file]').setInputFiles(cv);
    await page.getByRole('button', { name: 'Send application' }).click();
    await page.getByRole('heading', { name: 'Thank you for applying' }).waitFor();
    await page.getByText(title).waitFor();
    assert.deepEqual(await axeViolations(page), [], 'the thank-you page');
    await shot(page, 'careers-thanks-phone');
    assert.deepEqual(problems, []);

    const db = world.database.db;
    const [alva] = await db.select().from(candidates).where(eq(candidates.emailKey, 'alva.berglund@mail.example'));
    assert.ok(alva, 'the candidate exists');
    const [placed] = await db.select().from(placements).where(eq(placements.candidateId, alva.id));
    assert.equal(placed.origin, 'careers');
    assert.equal((await db.select().from(candidateFiles).where(eq(candidateFiles.candidateId, alva.id))).length, 1);
  });

  test('an employee shares a job; a friend opens the link on a phone and applies through it', async () => {
    const employee = await signInAs(world, 'employee@acme.example');
    await employee.goto(`${world.baseUrl}/jobs`);
    const share = employee.getByRole('button', { name: /^Share: / }).nth(1);
    await share.click();
    const link = employee.getByRole('textbox', { name: 'Copy link' });
    await link.waitFor();
    const url = await link.inputValue();
    assert.match(url, /\/j\/[A-Za-z0-9_-]{22}$/);
    const dialog = employee.getByRole('dialog');
    assert.match(
      String(await dialog.getByRole('link', { name: 'LinkedIn' }).getAttribute('href')),
      /linkedin\.com\/sharing\/share-offsite\/\?url=/,
    );
    assert.match(
      String(await dialog.getByRole('link', { name: 'WhatsApp' }).getAttribute('href')),
      /^https:\/\/wa\.me\/\?text=/,
    );
    assert.match(String(await dialog.getByRole('link', { name: 'Email' }).getAttribute('href')), /^mailto:\?subject=/);
    await shot(employee, 'careers-share-dialog');

    const { page, problems } = await phonePage(world);
    await page.goto(url.replace(/^https?:\/\/[^/]+/, world.baseUrl));
    await page.getByRole('heading', { name: 'Apply for this job' }).waitFor();
    await page.reload();
    await page.getByRole('textbox', { name: 'Full name' }).fill('Friend Through Link');
    await page.getByRole('textbox', { name: 'Email' }).fill('friend.link@mail.example');
    await page.getByRole('checkbox').check();
    await page.getByRole('button', { name: 'Send application' }).click();
    await page.getByRole('heading', { name: 'Thank you for applying' }).waitFor();
    assert.deepEqual(problems, []);

    const db = world.database.db;
    const token = url.split('/').pop()!;
    const [row] = await db.select().from(shareLinks).where(eq(shareLinks.token, token));
    assert.equal(row.views, 1, 'one view: the reload in the same session is not counted');
    assert.equal(row.applications, 1);
    const [friend] = await db.select().from(candidates).where(eq(candidates.emailKey, 'friend.link@mail.example'));
    const [placed] = await db.select().from(placements).where(eq(placements.candidateId, friend.id));
    assert.equal(placed.origin, 'share_link');

    await employee.reload();
    await employee.getByText('Views 1 · Applications 1').waitFor();
  });
});
