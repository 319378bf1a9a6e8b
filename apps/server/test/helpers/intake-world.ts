import type { TOwnershipMode } from '@vouch/contracts';
import { jobAgencies } from '../../src/modules/hiring/hiring.tables.ts';
import { referralPolicies } from '../../src/modules/referrals/referrals.tables.ts';
import type { Client, TestApp } from './app.ts';
import { makeAgency, makeCompany, makeJob, makeMember, unique } from './factories.ts';

export type Policy = Partial<typeof referralPolicies.$inferInsert>;

/** A company with a policy, two jobs open to one agency, two employees, two agents and an admin, signed in. */
export async function intakeWorld(t: TestApp, policy: Policy = {}) {
  const company = await makeCompany(t.db);
  await setPolicy(t, company.id, policy);
  const agency = await makeAgency(t.db, company.id);
  const { job: jobA } = await makeJob(t.db, company.id, { title: 'Backend Engineer' });
  const { job: jobB } = await makeJob(t.db, company.id, { title: 'Data Engineer' });
  await t.db
    .insert(jobAgencies)
    .values([jobA, jobB].map((j) => ({ companyId: company.id, jobId: j.id, agencyId: agency.id })));
  const member = async (role: 'employee' | 'agent' | 'admin' | 'recruiter') => {
    const m = await makeMember(t.db, company.id, role, role === 'agent' ? { agencyId: agency.id } : {});
    return { ...m, client: await t.signIn(m.email) };
  };
  return {
    company,
    agency,
    jobA,
    jobB,
    employee: await member('employee'),
    employee2: await member('employee'),
    agent: await member('agent'),
    agent2: await member('agent'),
    admin: await member('admin'),
    recruiter: await member('recruiter'),
  };
}

export async function setPolicy(t: TestApp, companyId: string, policy: Policy & { ownershipMode?: TOwnershipMode }) {
  const insert = t.db.insert(referralPolicies).values({ companyId, ...policy });
  await (Object.keys(policy).length
    ? insert.onConflictDoUpdate({ target: referralPolicies.companyId, set: { ...policy } })
    : insert.onConflictDoNothing());
}

/** A fresh person to refer. */
export const person = (overrides: Record<string, unknown> = {}) => ({
  firstName: 'Nora',
  lastName: unique('Berg'),
  email: `${unique('nora')}@mail.example`,
  ...overrides,
});

export const refer = (client: Client, body: Record<string, unknown>) => client.post('/api/referrals', body);
