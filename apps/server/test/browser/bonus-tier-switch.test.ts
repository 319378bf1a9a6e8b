import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { eq } from 'drizzle-orm';
import { bonusTiers } from '../../src/modules/referrals/referrals.tables.ts';
import { companies } from '../../src/modules/tenancy/tenancy.tables.ts';
import { makeBonusTier } from '../helpers/factories.ts';
import { type BrowserWorld, browserSkipReason, eventually, signInAs, startBrowserWorld } from './harness.ts';

const skip = browserSkipReason();

describe('a bonus tier’s visibility switch', { skip }, () => {
  let world: BrowserWorld;
  before(async () => {
    world = await startBrowserWorld();
  });
  after(async () => {
    await world?.close();
  });

  test('flips on the click, before the server answers, and the change is stored', async () => {
    const [acme] = await world.database.db.select().from(companies).where(eq(companies.name, 'Acme'));
    const tier = await makeBonusTier(world.database.db, acme.id, {
      name: 'Switch test tier',
      visibleToEmployees: false,
    });
    const page = await signInAs(world, 'admin@acme.example');
    // The server's answer is held back, so what the switch shows meanwhile is the click's own doing.
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    await page.route('**/api/company/bonus-tiers/*', async (route) => {
      if (route.request().method() === 'PUT') await held;
      await route.continue();
    });
    await page.goto(`${world.baseUrl}/company`);
    const toggle = page.getByTestId('bonus-tiers-card').getByRole('switch', { name: `Show ${tier.name} to employees` });
    await toggle.waitFor();
    assert.equal(await toggle.isChecked(), false);

    // Mantine draws the track over the input, as a person sees it.
    await toggle.click({ force: true });
    assert.equal(await eventually(() => toggle.isChecked(), true), true, 'shown at once while the server stores it');
    release();
    const stored = async () =>
      (await world.database.db.select().from(bonusTiers).where(eq(bonusTiers.id, tier.id)))[0]?.visibleToEmployees;
    assert.equal(await eventually(stored, true), true);
    assert.equal(await toggle.isChecked(), true, 'still on once the list is read again');
  });
});
