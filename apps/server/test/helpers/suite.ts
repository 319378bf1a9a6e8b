import { after, afterEach, before } from 'node:test';
import type { TRole } from '@vouch/contracts';
import { assertNoContractViolations, startTestApp, type TestApp, type TestAppOptions } from './app.ts';
import { makeCompany, makeMember } from './factories.ts';

/**
 * Starts the app before the enclosing suite's tests and closes it after them.
 * The returned object is filled in by the time the first test runs. `env` overrides settings.
 * A test that received an `/api/v1` answer outside the OpenAPI document fails (see api-contract.ts).
 */
export function useTestApp(env: Record<string, string> = {}, options: TestAppOptions = {}): TestApp {
  const t = {} as TestApp;
  before(async () => {
    Object.assign(t, await startTestApp(env, options));
  });
  // Every /api/v1 answer a test received fits the OpenAPI document, or that test fails.
  afterEach(() => assertNoContractViolations(t.contractViolations ?? []));
  after(async () => {
    await t.close();
  });
  return t;
}

/** A fresh company with one member of the role, signed in. */
export async function companyWithMember(t: TestApp, role: TRole, overrides: { name?: string } = {}) {
  const company = await makeCompany(t.db);
  const member = await makeMember(t.db, company.id, role, overrides);
  return { company, member, client: await t.signIn(member.email) };
}
