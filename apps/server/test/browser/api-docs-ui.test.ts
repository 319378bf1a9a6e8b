import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { type BrowserWorld, browserSkipReason, pageProblems, shot, signInAs, startBrowserWorld } from './harness.ts';

const skip = browserSkipReason();

describe('the integration API’s documentation from the integrations page', { skip }, () => {
  let world: BrowserWorld;
  before(async () => {
    world = await startBrowserWorld();
  });
  after(async () => {
    await world?.close();
  });

  test('an admin opens the API reference: only /api/v1 and its webhooks, rendered under the CSP', async () => {
    const page = await signInAs(world, 'admin@acme.example');
    await page.getByTestId('nav-integrations').click();
    await page.getByTestId('api-keys-card').waitFor();
    await shot(page, 'integrations-api-docs-link');

    const [docs] = await Promise.all([page.context().waitForEvent('page'), page.getByTestId('api-docs-link').click()]);
    const problems: string[] = [];
    docs.on('pageerror', (error) => problems.push(`script error: ${error.message}`));
    docs.on('console', (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) problems.push(`CSP: ${message.text()}`);
    });
    await docs.getByText('Vouch integration API', { exact: false }).first().waitFor({ timeout: 15_000 });
    await docs.getByText('Start a reference check').first().waitFor();
    await docs.getByText('reference_check.completed').first().waitFor();
    assert.equal(await docs.getByText('/api/jobs', { exact: false }).count(), 0, 'the app’s own API is not listed');
    await shot(docs, 'integrations-api-docs-page');
    assert.deepEqual([...problems, ...pageProblems(page)], []);
  });
});
