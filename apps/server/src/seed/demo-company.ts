import { randomToken } from '../platform/crypto.ts';
import type { Db } from '../platform/db/db.ts';
import { agencies, companies, companyDomains, departments, memberships, users } from '../schema.ts';
import { daysBefore } from './random.ts';

export const ACME = 'Acme';
export const ACME_DOMAINS = ['acme.example', 'acme-group.example'];
export const DEPARTMENTS = ['Engineering', 'Sales', 'People'] as const;
export type DepartmentName = (typeof DEPARTMENTS)[number];

export type DemoCompany = { companyId: string; departmentIds: Record<DepartmentName, string> };

/** Acme itself: settings, both email domains, three departments. */
export async function seedCompany(tx: Db, now: Date): Promise<DemoCompany> {
  const companyId = crypto.randomUUID();
  await tx.insert(companies).values({
    id: companyId,
    name: ACME,
    defaultLanguage: 'en',
    senderName: 'Acme Talent',
    replyTo: 'recruiter@acme.example',
    timeZone: 'Europe/Stockholm',
    // The join link is a shareable secret: random even in the demo, so a public repo can't give it away.
    signupCode: randomToken(),
    createdAt: daysBefore(now, 400),
  });
  await tx.insert(companyDomains).values(ACME_DOMAINS.map((domain) => ({ companyId, domain })));
  const departmentIds = Object.fromEntries(DEPARTMENTS.map((name) => [name, crypto.randomUUID()]));
  await tx.insert(departments).values(DEPARTMENTS.map((name) => ({ id: departmentIds[name], companyId, name })));
  return { companyId, departmentIds: departmentIds as DemoCompany['departmentIds'] };
}

/** The TalentBridge agency and its agent, Tom, who submits candidates to Acme's jobs. */
export async function seedAgency(
  tx: Db,
  now: Date,
  passwordHash: string,
  input: { companyId: string; email: string; invitedById: string },
) {
  const agencyId = crypto.randomUUID();
  await tx
    .insert(agencies)
    .values({ id: agencyId, companyId: input.companyId, name: 'TalentBridge', createdAt: daysBefore(now, 150) });
  const joinedAt = daysBefore(now, 140);
  const [agent] = await tx
    .insert(users)
    .values({ email: input.email, name: 'Tom Agent', language: 'en', passwordHash, createdAt: joinedAt })
    .returning({ id: users.id });
  await tx.insert(memberships).values({
    companyId: input.companyId,
    userId: agent.id,
    role: 'agent',
    status: 'active',
    agencyId,
    invitedById: input.invitedById,
    invitedAt: daysBefore(joinedAt, 1),
    joinedAt,
    lastSeenAt: daysBefore(now, 3),
    createdAt: joinedAt,
  });
}
