import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { SIGN_IN_FAILURES_PER_ADDRESS } from '../src/modules/tenancy/sign-in-limits.ts';
import { startTestApp, type TestApp } from './helpers/app.ts';
import { type AppProcesses, startAppProcesses } from './helpers/app-processes.ts';
import { usingPostgres } from './helpers/database.ts';
import { makeCompany, makeMember } from './helpers/factories.ts';
import { makeApiKey } from './helpers/integration-factories.ts';

const API_RATE_LIMIT = 6;

/**
 * Two app processes on one PostgreSQL database, as a production deployment runs them behind a load
 * balancer: a sprayer whose requests alternate between them meets one limit, not one per process.
 * Needs PostgreSQL (TEST_DATABASE_URL): the embedded database is single-process, and keeps its counters
 * in memory for that reason.
 */
describe('rate limits shared by two app processes', {
  skip: usingPostgres() ? false : 'needs TEST_DATABASE_URL (PostgreSQL): the embedded database allows one process only',
}, () => {
  let t: TestApp;
  let processes: AppProcesses;
  let servers: string[];
  before(async () => {
    t = await startTestApp();
    processes = await startAppProcesses(t, 2, { API_RATE_LIMIT: String(API_RATE_LIMIT) });
    servers = processes.servers;
  });
  after(async () => {
    await processes?.close();
    await t?.close();
  });

  const post = (server: string, path: string, body: object) =>
    fetch(`${server}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });

  test('a password spray alternating between the processes is stopped after the one shared budget', async () => {
    const company = await makeCompany(t.db);
    const accounts: string[] = [];
    for (let i = 0; i < SIGN_IN_FAILURES_PER_ADDRESS.max + 6; i++)
      accounts.push((await makeMember(t.db, company.id, 'employee')).email);

    const answers: Array<{ server: number; status: number }> = [];
    for (const [i, email] of accounts.entries()) {
      const res = await post(servers[i % 2], '/api/auth/sign-in', { email, password: 'Winter2025-guess' });
      answers.push({ server: i % 2, status: res.status });
      if (res.status === 429) assert.ok(Number(res.headers.get('retry-after')) > 0);
    }
    const refused = answers.filter((a) => a.status === 429);
    assert.equal(answers.filter((a) => a.status === 401).length, SIGN_IN_FAILURES_PER_ADDRESS.max);
    assert.deepEqual(
      answers.slice(SIGN_IN_FAILURES_PER_ADDRESS.max).map((a) => a.status),
      Array(6).fill(429),
    );
    assert.deepEqual(new Set(refused.map((a) => a.server)), new Set([0, 1]), 'both processes refuse');
  });

  test('an API key’s budget is one across both processes, with RateLimit headers from each', async () => {
    const company = await makeCompany(t.db);
    const { key } = await makeApiKey(t.db, company.id, ['read']);
    const statuses: number[] = [];
    const remaining: string[] = [];
    for (let i = 0; i <= API_RATE_LIMIT; i++) {
      const res = await fetch(`${servers[i % 2]}/api/v1/templates`, { headers: { authorization: `Bearer ${key}` } });
      statuses.push(res.status);
      remaining.push(res.headers.get('ratelimit-remaining') ?? '');
      if (res.status === 429) assert.ok(Number(res.headers.get('retry-after')) > 0);
    }
    assert.deepEqual(statuses, [...Array(API_RATE_LIMIT).fill(200), 429]);
    assert.deepEqual(remaining, ['5', '4', '3', '2', '1', '0', '0']);
  });
});
