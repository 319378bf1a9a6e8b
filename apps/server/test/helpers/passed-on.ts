import type { TNetworkMark, TReferralStatus } from '@vouch/contracts';
import { companyKey, emailKey, linkedinKey } from '../../src/modules/hiring/normalize.ts';
import type { Db } from '../../src/platform/db/db.ts';
import type { Client, TestApp } from './app.ts';
import { makeCompany, makeDepartment, makeJob, makeMember, makeReferral, unique } from './factories.ts';

/**
 * A company whose employees passed people on, and the recruiters who look at them: Rita recruits for
 * Engineering, Ulf chose no departments. Employees have names tests can look for in responses.
 */
export async function makePassedOnWorld(t: TestApp) {
  const db = t.db;
  const company = await makeCompany(db, { timeZone: 'Europe/Stockholm' });
  const engineering = await makeDepartment(db, company.id, 'Engineering');
  const sales = await makeDepartment(db, company.id, 'Sales');
  const rita = await makeMember(db, company.id, 'recruiter', { name: 'Rita Recruiter' });
  const ulf = await makeMember(db, company.id, 'recruiter', { name: 'Ulf Unscoped' });
  const admin = await makeMember(db, company.id, 'admin', { name: 'Ada Admin' });
  const employee = await makeMember(db, company.id, 'employee', {
    name: 'Cornelius Quillfeather',
    email: `${unique('cornelius.quillfeather')}@staff.example`,
  });
  const colleague = await makeMember(db, company.id, 'employee', { name: 'Greta Colleague' });
  const { job } = await makeJob(db, company.id, { title: 'Backend Engineer', departmentId: engineering.id });
  const ritaClient = await t.signIn(rita.email);
  const res = await ritaClient.put('/api/me/profile', {
    name: 'Rita Recruiter',
    language: 'en',
    departmentIds: [engineering.id],
  });
  if (res.statusCode !== 200) throw new Error(`could not set Rita's departments: ${res.statusCode} ${res.body}`);
  return { company, engineering, sales, rita, ulf, admin, employee, colleague, job, ritaClient };
}

export type PassedOnWorld = Awaited<ReturnType<typeof makePassedOnWorld>>;

export type Person = {
  source?: TNetworkMark;
  firstName?: string;
  lastName?: string;
  email?: string | null;
  linkedinUrl?: string | null;
  company?: string | null;
  position?: string | null;
  skills?: string[];
  referrerId: string;
  departmentId?: string | null;
  jobId?: string | null;
  status?: TReferralStatus;
  createdAt?: Date;
  dueAt?: Date | null;
  actedAt?: Date | null;
  note?: string | null;
};

/** A referral the way a mark makes it, with the keys exclusions look for. */
export async function passOn(db: Db, companyId: string, person: Person) {
  const { referrerId, source = 'email_introduction', note, ...rest } = person;
  const email = rest.email ?? null;
  return makeReferral(db, companyId, referrerId, {
    contact: null,
    source,
    firstName: rest.firstName ?? 'Robin',
    lastName: rest.lastName ?? unique('Passed'),
    company: rest.company ?? null,
    position: rest.position ?? null,
    skills: rest.skills ?? [],
    email,
    linkedinUrl: rest.linkedinUrl ?? null,
    emailKey: emailKey(email),
    linkedinKey: linkedinKey(rest.linkedinUrl ?? null),
    companyKey: rest.company ? companyKey(rest.company) : null,
    departmentId: rest.departmentId ?? null,
    jobId: rest.jobId ?? null,
    status: rest.status ?? 'passed_on',
    referrerNote: note ?? null,
    ...(rest.createdAt ? { createdAt: rest.createdAt, statusChangedAt: rest.createdAt } : {}),
    ...(rest.dueAt !== undefined ? { dueAt: rest.dueAt } : {}),
    ...(rest.actedAt !== undefined ? { actedAt: rest.actedAt } : {}),
  });
}

/** The ids of a list answer, in order. */
export async function listIds(client: Client, query: string) {
  const res = await client.get(`/api/referrals/network?${query}`);
  if (res.statusCode !== 200) throw new Error(`${query}: ${res.statusCode} ${res.body}`);
  return (res.json().items as { id: string }[]).map((item) => item.id);
}
