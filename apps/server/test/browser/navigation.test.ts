import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { type BrowserWorld, browserSkipReason, pageProblems, shot, signInAs, startBrowserWorld } from './harness.ts';

const NAV_KEYS = [
  'home',
  'jobs',
  'candidates',
  'referrals',
  'references',
  'network',
  'users',
  'messages',
  'integrations',
  'company',
  'settings',
];

/** What each demo role must see in the navigation, and nothing more. */
const EXPECTED_NAV: Record<string, string[]> = {
  'admin@acme.example': [
    'home',
    'jobs',
    'candidates',
    'referrals',
    'references',
    'network',
    'users',
    'messages',
    'integrations',
    'company',
    'settings',
  ],
  'recruiter@acme.example': ['home', 'jobs', 'candidates', 'referrals', 'references', 'network', 'settings'],
  'manager@acme.example': ['home', 'jobs', 'candidates', 'network', 'settings'],
  'employee@acme.example': ['home', 'jobs', 'network', 'settings'],
  'agent@talentbridge.example': ['home', 'jobs', 'settings'],
};

const skip = browserSkipReason();

describe('navigation per role', { skip }, () => {
  let world: BrowserWorld;
  before(async () => {
    world = await startBrowserWorld();
  });
  after(() => world?.close());

  for (const [email, expected] of Object.entries(EXPECTED_NAV)) {
    test(`${email} sees ${expected.join(', ')}`, async () => {
      const page = await signInAs(world, email);
      const visible: string[] = [];
      for (const key of NAV_KEYS) {
        if (await page.getByTestId(`nav-${key}`).isVisible()) visible.push(key);
      }
      await shot(page, `nav-${email.split('@')[0]}`);
      assert.deepEqual(visible, expected);
      assert.deepEqual(pageProblems(page), []);
      await page.context().close();
    });
  }

  test('an employee who types an admin page address is not shown admin data', async () => {
    const page = await signInAs(world, 'employee@acme.example');
    const answer = await page.request.get(`${world.baseUrl}/api/members`);
    assert.equal(answer.status(), 403);
    assert.deepEqual(pageProblems(page), []);
    await page.context().close();
  });
});
