import type { TLanguage, TMemberStatus, TRole } from '@vouch/contracts';
import { DEFAULT_PROCESS } from '@vouch/contracts';
import { candidates, jobSteps, jobs } from '../../src/modules/hiring/hiring.tables.ts';
import { candidateKeys, companyKey, emailKey, linkedinKey } from '../../src/modules/hiring/normalize.ts';
import { type ExclusionRule, exclusionKeysOf } from '../../src/modules/network/exclusion-match.ts';
import { contacts, exclusionKeys, exclusions } from '../../src/modules/network/network.tables.ts';
import { searchVectorOf } from '../../src/modules/network/search/index.ts';
import { recordReferralEvent } from '../../src/modules/referrals/referral-status.ts';
import { bonusTiers, referrals } from '../../src/modules/referrals/referrals.tables.ts';
import {
  agencies,
  companies,
  companyDomains,
  departments,
  memberships,
  users,
} from '../../src/modules/tenancy/tenancy.tables.ts';
import { hashPassword } from '../../src/platform/crypto.ts';
import type { Db } from '../../src/platform/db/db.ts';

export const TEST_PASSWORD = 'correct-horse-battery';
let passwordHash: Promise<string> | null = null;
const testPasswordHash = () => {
  passwordHash ??= hashPassword(TEST_PASSWORD);
  return passwordHash;
};

let counter = 0;
export const unique = (prefix: string) => `${prefix}${process.pid}x${++counter}`;

export async function makeCompany(db: Db, overrides: Partial<typeof companies.$inferInsert> = {}) {
  const name = overrides.name ?? unique('Company ');
  const [company] = await db
    .insert(companies)
    .values({ name, ...overrides })
    .returning();
  return company;
}

export async function makeDomain(db: Db, companyId: string, domain = `${unique('d')}.example`) {
  await db.insert(companyDomains).values({ companyId, domain });
  return domain;
}

export async function makeDepartment(db: Db, companyId: string, name = unique('Dept ')) {
  const [row] = await db.insert(departments).values({ companyId, name }).returning();
  return row;
}

export async function makeAgency(db: Db, companyId: string, name = unique('Agency ')) {
  const [row] = await db.insert(agencies).values({ companyId, name }).returning();
  return row;
}

/** An active member who can sign in with TEST_PASSWORD. */
export async function makeMember(
  db: Db,
  companyId: string,
  role: TRole,
  overrides: {
    email?: string;
    name?: string;
    status?: TMemberStatus;
    agencyId?: string | null;
    language?: TLanguage;
  } = {},
) {
  const email = overrides.email ?? `${unique(role)}@test.example`;
  const agencyId = role === 'agent' ? (overrides.agencyId ?? (await makeAgency(db, companyId)).id) : null;
  const [user] = await db
    .insert(users)
    .values({
      email,
      name: overrides.name ?? `Test ${role}`,
      language: overrides.language ?? 'en',
      passwordHash: await testPasswordHash(),
    })
    .returning();
  const [membership] = await db
    .insert(memberships)
    .values({ companyId, userId: user.id, role, status: overrides.status ?? 'active', agencyId, joinedAt: new Date() })
    .returning();
  return { user, membership, email };
}

export async function makeJob(db: Db, companyId: string, overrides: Partial<typeof jobs.$inferInsert> = {}) {
  const [job] = await db
    .insert(jobs)
    .values({ companyId, title: unique('Job '), ...overrides })
    .returning();
  const steps = await db
    .insert(jobSteps)
    .values(DEFAULT_PROCESS.map((s, position) => ({ companyId, jobId: job.id, name: s.name, kind: s.kind, position })))
    .returning();
  return { job, steps: steps.sort((a, b) => a.position - b.position) };
}

export async function makeCandidate(
  db: Db,
  companyId: string,
  overrides: Partial<typeof candidates.$inferInsert> = {},
) {
  const base = { firstName: 'Test', lastName: unique('Candidate'), email: `${unique('c')}@mail.example`, ...overrides };
  const [row] = await db
    .insert(candidates)
    .values({ companyId, ...base, ...candidateKeys(base) })
    .returning();
  return row;
}

export async function makeBonusTier(
  db: Db,
  companyId: string,
  overrides: Partial<typeof bonusTiers.$inferInsert> = {},
) {
  const [row] = await db
    .insert(bonusTiers)
    .values({ companyId, name: unique('Tier '), value: 'SEK 5 000', position: 0, ...overrides })
    .returning();
  return row;
}

/** An exclusion with its match keys, as the API would store it. */
export async function makeExclusion(
  db: Db,
  companyId: string,
  rule: ExclusionRule = { kind: 'email', value: `${unique('x')}@excluded.example` },
) {
  const [row] = await db
    .insert(exclusions)
    .values({ companyId, kind: rule.kind, value: rule.value, variants: [...(rule.variants ?? [])], reason: 'Test' })
    .returning();
  const keys = exclusionKeysOf(rule).map((key) => ({ companyId, exclusionId: row.id, kind: rule.kind, key }));
  await db.insert(exclusionKeys).values(keys);
  return row;
}

/** A contact in one employee's network, with the search vector an import would write. */
export async function makeContact(
  db: Db,
  companyId: string,
  ownerMembershipId: string,
  overrides: Partial<typeof contacts.$inferInsert> = {},
) {
  const values = {
    firstName: 'Dana',
    lastName: unique('Contact'),
    company: 'Initech',
    position: 'Software Engineer',
    sourceFormat: 'csv' as const,
    ...overrides,
  };
  const [row] = await db
    .insert(contacts)
    .values({
      companyId,
      ownerMembershipId,
      ...values,
      searchVector: searchVectorOf({
        name: `${values.firstName} ${values.lastName}`,
        title: values.position ?? null,
        company: values.company ?? null,
        skills: [],
      }),
    })
    .returning();
  return row;
}

/**
 * A referral as an employee's mark on their contact makes it (status `passed_on`, one timeline
 * line). Pass `contact: null` for a referral that did not come from a contact.
 */
export async function makeReferral(
  db: Db,
  companyId: string,
  referrerMembershipId: string,
  overrides: Partial<typeof referrals.$inferInsert> & { contact?: typeof contacts.$inferSelect | null } = {},
) {
  const { contact: given, ...rest } = overrides;
  const contact = given === undefined ? await makeContact(db, companyId, referrerMembershipId) : given;
  const person = {
    firstName: contact?.firstName ?? 'Robin',
    lastName: contact?.lastName ?? unique('Referred'),
    email: contact?.email ?? null,
    linkedinUrl: contact?.linkedinUrl ?? null,
    company: contact?.company ?? null,
    position: contact?.position ?? null,
  };
  const skills = rest.skills ?? [];
  const [row] = await db
    .insert(referrals)
    .values({
      companyId,
      referrerMembershipId,
      contactId: contact?.id ?? null,
      source: 'email_introduction',
      status: 'passed_on',
      ...person,
      emailKey: emailKey(person.email),
      linkedinKey: linkedinKey(person.linkedinUrl),
      companyKey: person.company ? companyKey(person.company) : null,
      searchVector: searchVectorOf({
        name: `${rest.firstName ?? person.firstName} ${rest.lastName ?? person.lastName}`,
        title: rest.position ?? person.position,
        company: rest.company ?? person.company,
        skills,
      }),
      ...rest,
    })
    .returning();
  await recordReferralEvent(db, {
    companyId,
    referralId: row.id,
    from: null,
    to: 'passed_on',
    actorMembershipId: referrerMembershipId,
  });
  return row;
}

/** Two companies with one member of each role: the usual setting for isolation and role tests. */
export async function makeTwoTenants(db: Db) {
  const build = async () => {
    const company = await makeCompany(db);
    const roles = {} as Record<TRole, Awaited<ReturnType<typeof makeMember>>>;
    for (const role of ['admin', 'recruiter', 'hiring_manager', 'employee', 'agent'] as const) {
      roles[role] = await makeMember(db, company.id, role);
    }
    return { company, ...roles };
  };
  return { a: await build(), b: await build() };
}
