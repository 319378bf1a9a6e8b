import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import { after, before, describe, test } from 'node:test';
import { eq } from 'drizzle-orm';
import { webhookEndpoints } from '../../src/modules/integrations/integrations.tables.ts';
import { companies } from '../../src/modules/tenancy/tenancy.tables.ts';
import {
  type BrowserWorld,
  browserSkipReason,
  eventually,
  pageProblems,
  shot,
  signInAs,
  startBrowserWorld,
} from './harness.ts';

const skip = browserSkipReason();

describe('webhooks on the integrations page', { skip }, () => {
  let world: BrowserWorld;
  let receiver: Server;
  let receiverUrl: string;
  before(async () => {
    world = await startBrowserWorld({ WEBHOOK_ALLOW_PRIVATE: 'on' });
    receiver = createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/plain' }).end('thanks'));
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    receiverUrl = `http://127.0.0.1:${(receiver.address() as { port: number }).port}/hooks/vouch`;
  });
  after(async () => {
    receiver?.close();
    await world?.close();
  });

  test('an admin adds an endpoint, sees the secret once, sends a test event and reads the log', async () => {
    const page = await signInAs(world, 'admin@acme.example');
    await page.getByTestId('nav-integrations').click();
    const card = page.getByTestId('webhooks-card');
    await card.getByTestId('empty-state').waitFor();

    // A local address is refused while private networks are off; the message sits on the URL field.
    await card.getByTestId('webhook-add').click();
    const form = page.getByTestId('webhook-endpoint-form');
    await form.getByTestId('webhook-url').fill(receiverUrl);
    await form.getByTestId('webhook-description').fill('Local ATS');
    await form.getByTestId('webhook-event-reference_check.completed').check();
    await form.getByRole('button', { name: 'Add endpoint' }).click();
    await form.getByText(/private or loopback address/).waitFor();
    await shot(page, 'webhooks-private-refused');
    await page.keyboard.press('Escape');
    // The closing dialog's overlay would take the next click while it fades out.
    await form.waitFor({ state: 'hidden' });

    const allow = card.getByTestId('webhook-allow-private');
    await allow.check();
    assert.equal(await eventually(() => allow.isEnabled(), true), true, 'the setting is saved');
    const [company] = await world.database.db.select().from(companies).where(eq(companies.name, 'Acme'));
    assert.equal(company?.webhooksAllowPrivateNetworks, true);
    await card.getByTestId('webhook-add').click();
    await form.getByTestId('webhook-url').fill(receiverUrl);
    await form.getByTestId('webhook-event-reference_check.completed').check();
    await form.getByRole('button', { name: 'Add endpoint' }).click();

    const secret = (await page.getByTestId('webhook-secret').textContent())?.trim() ?? '';
    assert.match(secret, /^whsec_[A-Za-z0-9+/]{43}=$/);
    const [row] = await world.database.db.select().from(webhookEndpoints).where(eq(webhookEndpoints.url, receiverUrl));
    assert.equal(row.secret, secret);
    await shot(page, 'webhooks-secret-once');
    await page.getByTestId('webhook-secret-done').click();

    const endpointRow = card.getByTestId('webhook-endpoint-row');
    await endpointRow.getByText(receiverUrl).waitFor();
    assert.equal(await endpointRow.getByTestId('webhook-status').textContent(), 'Active');
    assert.ok(!(await page.content()).includes(secret), 'the secret is gone once closed');
    await shot(page, 'webhooks-list');

    await endpointRow.getByTestId('webhook-open-log').click();
    const log = page.getByRole('dialog', { name: 'Delivery log' });
    await log.getByTestId('empty-state').waitFor();
    await log.getByTestId('webhook-log-test').click();
    const delivery = log.getByTestId('webhook-delivery-row').first();
    await delivery.getByText('webhook.test').waitFor();
    await delivery.getByTestId('webhook-resend').click();
    await page.getByText('The delivery will be sent again').waitFor();
    await shot(page, 'webhooks-delivery-log');
    await page.keyboard.press('Escape');

    // Rotating the secret: the old one keeps signing for 24 hours, and the row says until when.
    await endpointRow.getByTestId('webhook-actions').click();
    await page.getByTestId('webhook-rotate').click();
    await page.getByText(/also with the current one for 24 hours/).waitFor();
    await page.getByRole('button', { name: 'Rotate secret' }).last().click();
    const rotated = (await page.getByTestId('webhook-secret').textContent())?.trim() ?? '';
    assert.match(rotated, /^whsec_/);
    assert.notEqual(rotated, secret);
    await page.getByTestId('webhook-secret-done').click();
    await endpointRow.getByTestId('webhook-previous-secret').waitFor();
    await shot(page, 'webhooks-rotated');
    assert.deepEqual(pageProblems(page), []);
  });
});

describe('webhooks where the operator allows no private network', { skip }, () => {
  let world: BrowserWorld;
  before(async () => {
    world = await startBrowserWorld();
  });
  after(async () => {
    await world?.close();
  });

  test('the private-networks switch is off, cannot be turned on, and says why', async () => {
    const page = await signInAs(world, 'admin@acme.example');
    await page.getByTestId('nav-integrations').click();
    const allow = page.getByTestId('webhooks-card').getByTestId('webhook-allow-private');
    await page.getByText(/does not allow webhooks to private networks/).waitFor();
    assert.equal(await allow.isDisabled(), true);
    assert.equal(await allow.isChecked(), false);
    await shot(page, 'webhooks-private-forbidden');
    assert.deepEqual(pageProblems(page), []);
  });
});
