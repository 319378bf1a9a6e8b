import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { SIGN_IN_FAILURES_PER_ACCOUNT, SIGN_IN_FAILURES_PER_ADDRESS } from '../src/modules/tenancy/sign-in-limits.ts';
import { startTestApp, type TestApp } from './helpers/app.ts';
import { makeCompany, makeMember, TEST_PASSWORD } from './helpers/factories.ts';

const SPRAYED_PASSWORD = 'Summer2024-guess';
const PER_ADDRESS = SIGN_IN_FAILURES_PER_ADDRESS.max;

/** Members of one company who can all sign in with TEST_PASSWORD. */
async function makeAccounts(t: TestApp, count: number) {
  const company = await makeCompany(t.db);
  const emails: string[] = [];
  for (let i = 0; i < count; i++) emails.push((await makeMember(t.db, company.id, 'employee')).email);
  return emails;
}

const signIn = (t: TestApp, body: object, remoteAddress: string, headers: Record<string, string> = {}) =>
  t.app.inject({ method: 'POST', url: '/api/auth/sign-in', payload: body, remoteAddress, headers });

describe('sign-in limits: password spraying from one address', () => {
  let t: TestApp;
  let now = Date.now();
  before(async () => {
    t = await startTestApp({}, { rateLimitClock: () => now });
  });
  after(() => t.close());

  test('one password tried on many accounts from one address is stopped with 429 and Retry-After', async () => {
    const accounts = await makeAccounts(t, PER_ADDRESS + 10);
    const sprayer = '203.0.113.7';
    const codes: number[] = [];
    for (const email of accounts)
      codes.push((await signIn(t, { email, password: SPRAYED_PASSWORD }, sprayer)).statusCode);
    assert.deepEqual(codes.slice(0, PER_ADDRESS), Array(PER_ADDRESS).fill(401));
    assert.deepEqual(codes.slice(PER_ADDRESS), Array(10).fill(429), 'every try past the limit is refused');

    // While the address waits, even the right password is refused from it, and says when to retry.
    const limited = await signIn(t, { email: accounts[0], password: TEST_PASSWORD }, sprayer);
    assert.equal(limited.statusCode, 429);
    assert.match(String(limited.headers['content-type']), /application\/problem\+json/);
    assert.equal(limited.json().code, 'rate_limited');
    const retryAfter = Number(limited.headers['retry-after']);
    assert.ok(retryAfter > 0 && retryAfter <= SIGN_IN_FAILURES_PER_ADDRESS.windowMs / 1000, String(retryAfter));
    assert.equal(limited.headers['set-cookie'], undefined);

    // Someone elsewhere is not affected.
    assert.equal((await signIn(t, { email: accounts[0], password: TEST_PASSWORD }, '198.51.100.20')).statusCode, 200);

    // Once the window is over, the address may sign in again.
    now += SIGN_IN_FAILURES_PER_ADDRESS.windowMs;
    assert.equal((await signIn(t, { email: accounts[0], password: TEST_PASSWORD }, sprayer)).statusCode, 200);
  });

  test('accounts that do not exist count the same: a spray cannot probe its way around the limit', async () => {
    const sprayer = '203.0.113.8';
    let last = 0;
    for (let i = 0; i <= PER_ADDRESS; i++)
      last = (await signIn(t, { email: `nobody-${i}@spray.example`, password: SPRAYED_PASSWORD }, sprayer)).statusCode;
    assert.equal(last, 429);
  });

  test('successful sign-ins do not use up the budget: an office behind one address signs in all day', async () => {
    const office = '192.0.2.50';
    const people = await makeAccounts(t, PER_ADDRESS + 5);
    for (const email of people)
      assert.equal((await signIn(t, { email, password: TEST_PASSWORD }, office)).statusCode, 200, email);
    // A few typos among them are fine too.
    assert.equal((await signIn(t, { email: people[0], password: 'typo-password' }, office)).statusCode, 401);
    assert.equal((await signIn(t, { email: people[0], password: TEST_PASSWORD }, office)).statusCode, 200);
  });

  test('one account guessed from one address is limited sooner, without locking the address out for others', async () => {
    const [victim, colleague] = await makeAccounts(t, 2);
    const guesser = '203.0.113.9';
    const codes: number[] = [];
    for (let i = 0; i <= SIGN_IN_FAILURES_PER_ACCOUNT.max; i++)
      codes.push((await signIn(t, { email: victim, password: `guess-number-${i}` }, guesser)).statusCode);
    assert.equal(codes.at(-1), 429);
    assert.equal(codes.filter((c) => c === 401).length, SIGN_IN_FAILURES_PER_ACCOUNT.max);
    assert.equal((await signIn(t, { email: colleague, password: TEST_PASSWORD }, guesser)).statusCode, 200);
  });

  test('without TRUST_PROXY a forged X-Forwarded-For does not give the sprayer new addresses', async () => {
    const accounts = await makeAccounts(t, PER_ADDRESS + 1);
    const codes: number[] = [];
    for (const [i, email] of accounts.entries())
      codes.push(
        (
          await signIn(t, { email, password: SPRAYED_PASSWORD }, '203.0.113.10', {
            'x-forwarded-for': `10.9.${Math.floor(i / 250)}.${i % 250}`,
          })
        ).statusCode,
      );
    assert.equal(codes.at(-1), 429);
  });
});

describe('sign-in limits behind a reverse proxy (TRUST_PROXY=1: one proxy hop)', () => {
  let t: TestApp;
  before(async () => {
    t = await startTestApp({ TRUST_PROXY: '1' });
  });
  after(() => t.close());

  const proxy = '10.0.0.2';
  /** The proxy appends the address it saw; whatever the client sent before that is not trusted. */
  const viaProxy = (email: string, password: string, client: string, forged = '') =>
    signIn(t, { email, password }, proxy, { 'x-forwarded-for': forged ? `${forged}, ${client}` : client });

  test('the address the proxy saw is limited, whatever the client claims before it', async () => {
    const accounts = await makeAccounts(t, PER_ADDRESS + 1);
    const codes: number[] = [];
    for (const [i, email] of accounts.entries())
      codes.push((await viaProxy(email, SPRAYED_PASSWORD, '198.51.100.77', `172.16.0.${i}`)).statusCode);
    assert.equal(codes.at(-1), 429);
    // Another client behind the same proxy has its own budget.
    assert.equal((await viaProxy(accounts[0], TEST_PASSWORD, '198.51.100.78')).statusCode, 200);
  });
});
