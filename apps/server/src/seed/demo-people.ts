import { companyKey } from '../modules/hiring/index.ts';
import type { Db } from '../platform/db/db.ts';
import { membershipDepartments, memberships, users, workHistory } from '../schema.ts';
import { careerOf, type Stint, type Track } from './demo-careers.ts';
import { ACME, ACME_DOMAINS, type DemoCompany } from './demo-company.ts';
import { daysBefore, type Random, slugOf } from './random.ts';

type Role = 'admin' | 'recruiter' | 'hiring_manager' | 'employee';
type Person = {
  name: string;
  email: string;
  role: Role;
  track: Track;
  /** Title at Acme and its seniority (0–3), which shapes the earlier titles. */
  title: string;
  level: number;
  language?: 'sv';
  invited?: boolean;
  /** A hand-written history, when the demo needs a particular overlap. */
  history?: Stint[];
};

const person = (
  name: string,
  domain: string,
  track: Track,
  title: string,
  level: number,
  extra: Partial<Person> = {},
) =>
  ({
    name,
    email: `${slugOf(name).replace('-', '.')}@${domain}`,
    role: 'employee',
    track,
    title,
    level,
    ...extra,
  }) as Person;

/** Most staff are on the main domain; the group's subsidiaries use the other. */
const [A, G] = ACME_DOMAINS;

/** The demo logins first, then colleagues whose past employers candidates share. */
const PEOPLE: Person[] = [
  person('Alice Admin', A, 'people', 'Head of People Operations', 3, { email: 'admin@acme.example', role: 'admin' }),
  person('Claire Recruiter', A, 'people', 'Senior Recruiter', 2, {
    email: 'recruiter@acme.example',
    role: 'recruiter',
  }),
  person('Magnus Manager', A, 'engineering', 'Engineering Manager', 3, {
    email: 'manager@acme.example',
    role: 'hiring_manager',
  }),
  // Erik's years at Dentons match a candidate's on purpose: the product brief's own example of a connection.
  person('Erik Employee', A, 'sales', 'Key Account Manager', 2, {
    email: 'employee@acme.example',
    history: [
      { companyName: ACME, title: 'Key Account Manager', startDate: '2021-09-01', endDate: null },
      {
        companyName: 'Dentons LLP',
        title: 'Business Development Manager',
        startDate: '2018-02-01',
        endDate: '2021-06-01',
      },
      { companyName: 'Klarna', title: 'Account Executive', startDate: '2015-09-01', endDate: '2018-01-01' },
    ],
  }),
  person('Sofia Lindqvist', A, 'engineering', 'Senior Software Engineer', 2, { language: 'sv' }),
  person('Johan Bergström', A, 'engineering', 'Staff Engineer', 3),
  person('Priya Raman', G, 'data', 'Data Engineer', 1),
  person('Lukas Schneider', A, 'engineering', 'Backend Engineer', 1),
  person('Emma Nilsson', A, 'sales', 'Account Executive', 1, { language: 'sv' }),
  person('Oskar Holm', G, 'sales', 'Sales Development Representative', 0),
  person('Amira Haddad', A, 'people', 'HR Business Partner', 2),
  person('Daniel Kowalski', A, 'engineering', 'Frontend Engineer', 1),
  person('Linnea Sjöberg', G, 'data', 'Analytics Engineer', 1, { language: 'sv' }),
  person('Mateo García', A, 'engineering', 'Site Reliability Engineer', 2),
  person('Hanna Eriksson', A, 'people', 'Recruitment Coordinator', 0),
  person('Kwame Mensah', G, 'sales', 'Key Account Manager', 2),
  person('Yuki Tanaka', A, 'engineering', 'Mobile Engineer', 2),
  person('Fredrik Åberg', A, 'sales', 'Sales Manager', 3),
  person('Chloé Martin', G, 'engineering', 'QA Engineer', 1),
  person('Ahmed Yilmaz', A, 'data', 'Machine Learning Engineer', 2),
  person('Ingrid Dahl', G, 'people', 'HR Generalist', 1),
  person('Viktor Petrov', A, 'engineering', 'Senior Frontend Engineer', 2),
  person('Maja Forsberg', A, 'sales', 'Customer Success Manager', 1),
  person('Sebastian Wikström', A, 'sales', 'Business Development Representative', 0),
  person('Noah Andersson', G, 'engineering', 'Software Engineer', 1, { invited: true }),
  person('Elena Rossi', A, 'data', 'Data Analyst', 0, { invited: true }),
];

export const DEMO_PASSWORD = 'vouch-demo';
export const DEMO_LOGINS = [...PEOPLE.slice(0, 4).map((p) => p.email), 'agent@talentbridge.example'];

export type DemoPeople = DemoCompany & {
  /** Membership ids of the demo logins. */
  admin: string;
  recruiter: string;
  manager: string;
};

/** Acme's staff: users, memberships (two still invited), everyone's work history. */
export async function seedPeople(tx: Db, random: Random, now: Date, passwordHash: string, company: DemoCompany) {
  const { companyId } = company;
  const members = PEOPLE.map((p, index) => ({
    ...p,
    userId: crypto.randomUUID(),
    membershipId: crypto.randomUUID(),
    named: index < 4,
  }));
  const adminId = members[0].membershipId;
  const userRows: (typeof users.$inferInsert)[] = [];
  const membershipRows: (typeof memberships.$inferInsert)[] = [];
  const historyRows: (typeof workHistory.$inferInsert)[] = [];
  for (const m of members) {
    const joinedAt = m.invited ? null : daysBefore(now, random.int(m.named ? 200 : 20, 260));
    const invitedAt = joinedAt
      ? random.chance(0.5)
        ? daysBefore(joinedAt, 2)
        : null
      : daysBefore(now, random.int(2, 9));
    // A few have not been back in over a month, so "active" differs from "joined" on the users page.
    const daysAway = m.named ? random.next() : random.chance(0.8) ? random.int(1, 25) : random.int(35, 90);
    const since = invitedAt ?? joinedAt!;
    userRows.push({
      id: m.userId,
      email: m.email,
      name: m.name,
      language: m.language ?? 'en',
      passwordHash: m.invited ? null : passwordHash,
      createdAt: since,
    });
    membershipRows.push({
      id: m.membershipId,
      companyId,
      userId: m.userId,
      role: m.role,
      status: m.invited ? 'invited' : 'active',
      invitedById: invitedAt && m.membershipId !== adminId ? adminId : null,
      invitedAt,
      joinedAt,
      lastSeenAt: joinedAt && daysBefore(now, daysAway),
      createdAt: since,
    });
    const history =
      m.history ??
      careerOf(random, {
        track: m.track,
        current: { companyName: ACME, title: m.title, startYear: random.int(2016, 2024) },
        earlier: random.int(2, 4),
        level: m.level,
      });
    historyRows.push(
      ...history.map((stint, position) => ({
        companyId,
        membershipId: m.membershipId,
        ...stint,
        companyKey: companyKey(stint.companyName),
        position,
      })),
    );
  }
  await tx.insert(users).values(userRows);
  await tx.insert(memberships).values(membershipRows);
  await tx.insert(workHistory).values(historyRows);
  const recruiter = members[1].membershipId;
  // Claire recruits for Engineering and Sales: her default view of referrals and prospects.
  await tx.insert(membershipDepartments).values(
    (['Engineering', 'Sales'] as const).map((name) => ({
      companyId,
      membershipId: recruiter,
      departmentId: company.departmentIds[name],
    })),
  );
  const people: DemoPeople = { ...company, admin: adminId, recruiter, manager: members[2].membershipId };
  return people;
}
