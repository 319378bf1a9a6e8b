import type { TNetworkMark } from '@vouch/contracts';
import { and, eq, sql } from 'drizzle-orm';
import { companyKey, emailKey, linkedinKey } from '../modules/hiring/index.ts';
import { searchVectorOf } from '../modules/network/index.ts';
import { markContactIn, moveReferralStatus } from '../modules/referrals/index.ts';
import type { Db } from '../platform/db/db.ts';
import { companies, contactImports, contacts, memberships, referralEvents, referrals, users } from '../schema.ts';
import type { DemoJob } from './demo-jobs.ts';
import type { DemoPeople } from './demo-people.ts';
import { daysBefore, slugOf } from './random.ts';

/** first, last, employer, position, days since connecting on LinkedIn (null: not in the export) */
type DemoContact = [string, string, string, string, number | null];

/**
 * Erik's LinkedIn connections: old colleagues from Dentons and Klarna (his work history), people
 * whose work fits Acme's open jobs, people from everywhere else, names in several scripts, and two
 * people Acme's exclude list hides (an Initech employee and Bill Lumbergh).
 */
const ERIK: DemoContact[] = [
  ['Sara', 'Lind', 'Dentons LLP', 'Business Development Manager', 900],
  ['Oliver', 'Grant', 'Dentons', 'Senior Associate', 1400],
  ['Maria', 'Holmberg', 'Dentons LLP', 'Account Executive', 1100],
  ['Tobias', 'Frisk', 'Dentons LLP', 'Legal Counsel', 2000],
  ['Jonas', 'Ek', 'Klarna', 'Senior Backend Engineer', 2600],
  ['Elin', 'Sundberg', 'Klarna', 'Key Account Manager', 2900],
  ['Rasmus', 'Kjeldsen', 'Klarna AB', 'Product Manager', 2500],
  ['Åsa', 'Öberg', 'Spotify', 'Data Engineer', 120],
  ['李', '雷', 'Tencent', 'Backend Engineer', 300],
  ['Zoë', 'Fischer', 'Zalando', 'Frontend Engineer', 45],
  ['Ngọc', 'Trần', 'Tink', 'Engineering Manager', 700],
  ['Łukasz', 'Wójcik', 'Northvolt', 'Site Reliability Engineer', 60],
  ['Søren', 'Mikkelsen', 'Trustly', 'Account Executive', 20],
  ['Mikael', 'Svensson', 'Ericsson', 'Site Reliability Engineer', 400],
  ['Karin', 'Dahl', 'Volvo Cars', 'Account Executive', 210],
  ['Ahmed', 'Karimi', 'King', 'Data Engineer', 1500],
  ['Julia', 'Nordin', 'H&M Group', 'Sales Development Representative', 10],
  ['Patrik', 'Olofsson', 'Epidemic Sound', 'Frontend Developer', 800],
  ['Nora', 'Berglund', 'iZettle', 'Customer Success Manager', 1300],
  ['David', 'Cohen', 'McKinsey & Company', 'Engagement Manager', 3100],
  ['Emil', 'Lundqvist', 'Truecaller', 'Mobile Engineer', 950],
  ['Hedda', 'Strömberg', 'SEB', 'Financial Analyst', 1700],
  ['Marcus', 'Wallin', 'Accenture', 'Management Consultant', 2200],
  ['Ida', 'Sandström', 'Volvo Cars', 'UX Designer', 600],
  ['Filip', 'Hedlund', 'Scania', 'Purchasing Manager', 3300],
  ['Wilma', 'Björk', 'Ikea', 'Store Manager', 2700],
  ['Gustav', 'Lindgren', 'Ericsson', 'Radio Engineer', 3500],
  ['Alva', 'Engström', 'Karolinska Institutet', 'Research Nurse', 1900],
  ['Hugo', 'Nyberg', 'Stockholm Stad', 'Teacher', 3000],
  ['Ebba', 'Ström', 'Spotify', 'Content Editor', 500],
  ['Leo', 'Hansson', 'Northvolt', 'Process Engineer', 1200],
  ['Freja', 'Axelsson', 'Klarna', 'Data Analyst', null],
  ['Nils', 'Eriksson', 'Atlas Copco', 'Service Technician', 2400],
  ['Saga', 'Holm', 'Bonnier', 'Journalist', 1600],
  ['Viktor', 'Sjögren', 'Zalando', 'Category Manager', 1000],
  ['Olivia', 'Lund', 'Telia', 'Network Architect', 2100],
  ['Anton', 'Persson', 'King', 'Game Designer', 1800],
  ['Elsa', 'Magnusson', 'Tink', 'Compliance Officer', null],
  ['Peter', 'Gibbons', 'Initech', 'Software Engineer', 400],
  ['Bill', 'Lumbergh', 'Initech Nordic', 'Division Vice President', 2300],
];

/** Colleagues' smaller networks, so recruiters see more than one employee's marks. */
const SOFIA: DemoContact[] = [
  ['Anders', 'Berg', 'King', 'Backend Engineer', 300],
  ['Fatima', 'Al-Sayed', 'Spotify', 'Senior Frontend Engineer', 90],
  ['Pekka', 'Virtanen', 'Ericsson', 'Site Reliability Engineer', 700],
  ['Camille', 'Laurent', 'Zalando', 'QA Engineer', 1200],
];
const EMMA: DemoContact[] = [
  ['Henrik', 'Strand', 'SEB', 'Key Account Manager', 500],
  ['Olivia', 'Brown', 'HubSpot', 'Account Executive', 250],
  ['Matti', 'Korhonen', 'Trustly', 'Sales Manager', 1400],
];

type DemoMark = {
  who: string;
  contact: string;
  mark: TNetworkMark;
  hoursAgo: number;
  job?: string;
  love?: boolean;
  note?: string;
  skills?: string[];
  /** A recruiter already asked for the introduction, this many hours ago. */
  requestedHoursAgo?: number;
};

const MARKS: DemoMark[] = [
  // Made two days ago and untouched: overdue under the default 24-hour service level.
  {
    who: 'employee@acme.example',
    contact: 'Sara Lind',
    mark: 'email_introduction',
    hoursAgo: 50,
    job: 'Account Executive',
    love: true,
    note: 'We won the Nordea account together at Dentons. She is thinking about a move.',
    skills: ['Negotiation', 'Salesforce'],
  },
  {
    who: 'employee@acme.example',
    contact: 'Jonas Ek',
    mark: 'email_introduction',
    hoursAgo: 1,
    job: 'Senior Backend Engineer',
    love: true,
    note: 'Sat next to him at Klarna for three years; ran the payments platform.',
    skills: ['Java', 'Kotlin', 'PostgreSQL'],
  },
  {
    who: 'employee@acme.example',
    contact: 'Åsa Öberg',
    mark: 'email_introduction',
    hoursAgo: 30,
    requestedHoursAgo: 20,
    job: 'Data Engineer',
    skills: ['dbt', 'BigQuery'],
  },
  {
    who: 'employee@acme.example',
    contact: 'Mikael Svensson',
    mark: 'warm_prospect',
    hoursAgo: 72,
    job: 'Site Reliability Engineer',
  },
  {
    who: 'employee@acme.example',
    contact: 'Karin Dahl',
    mark: 'warm_prospect',
    hoursAgo: 120,
    job: 'Account Executive',
    note: 'Met her at a customer event; strong in automotive.',
  },
  {
    who: 'employee@acme.example',
    contact: 'Zoë Fischer',
    mark: 'cold_prospect',
    hoursAgo: 26,
    job: 'Frontend Engineer',
  },
  { who: 'employee@acme.example', contact: 'Ngọc Trần', mark: 'cold_prospect', hoursAgo: 200, skills: ['Leadership'] },
  {
    who: 'sofia.lindqvist@acme.example',
    contact: 'Anders Berg',
    mark: 'email_introduction',
    hoursAgo: 5,
    job: 'Senior Backend Engineer',
    love: true,
    skills: ['Go', 'Kubernetes'],
  },
  {
    who: 'sofia.lindqvist@acme.example',
    contact: 'Fatima Al-Sayed',
    mark: 'cold_prospect',
    hoursAgo: 80,
    job: 'Frontend Engineer',
  },
  { who: 'sofia.lindqvist@acme.example', contact: 'Pekka Virtanen', mark: 'warm_prospect', hoursAgo: 150 },
  {
    who: 'emma.nilsson@acme.example',
    contact: 'Henrik Strand',
    mark: 'email_introduction',
    hoursAgo: 30,
    job: 'Account Executive',
    note: 'Knows every bank in Stockholm.',
  },
  {
    who: 'emma.nilsson@acme.example',
    contact: 'Olivia Brown',
    mark: 'warm_prospect',
    hoursAgo: 40,
    job: 'Account Executive',
  },
];

const NETWORKS: [string, DemoContact[]][] = [
  ['employee@acme.example', ERIK],
  ['sofia.lindqvist@acme.example', SOFIA],
  ['emma.nilsson@acme.example', EMMA],
];

async function membershipOf(tx: Db, companyId: string, email: string) {
  const [row] = await tx
    .select({ id: memberships.id })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.companyId, companyId), eq(users.email, email)));
  return row.id;
}

/** One member's contacts as a LinkedIn import made a week ago would have left them. */
async function seedContacts(tx: Db, now: Date, companyId: string, ownerId: string, people: DemoContact[]) {
  const importedAt = daysBefore(now, 7);
  const [upload] = await tx
    .insert(contactImports)
    .values({
      companyId,
      ownerMembershipId: ownerId,
      fileName: 'Connections.csv',
      format: 'linkedin',
      added: people.length,
      createdAt: importedAt,
    })
    .returning({ id: contactImports.id });
  const rows = await tx
    .insert(contacts)
    .values(
      people.map(([firstName, lastName, company, position, days]) => {
        const linkedinUrl = `https://www.linkedin.com/in/${slugOf(firstName, lastName) || 'li-lei'}`;
        return {
          companyId,
          ownerMembershipId: ownerId,
          firstName,
          lastName,
          linkedinUrl,
          linkedinKey: linkedinKey(linkedinUrl),
          email: lastName === 'Lumbergh' ? 'bill.lumbergh@example.com' : null,
          emailKey: lastName === 'Lumbergh' ? emailKey('bill.lumbergh@example.com') : null,
          company,
          companyKey: companyKey(company),
          position,
          connectedOn: days === null ? null : daysBefore(importedAt, days).toISOString().slice(0, 10),
          sourceFormat: 'linkedin' as const,
          lastImportId: upload.id,
          searchVector: searchVectorOf({ name: `${firstName} ${lastName}`, title: position, company, skills: [] }),
          createdAt: importedAt,
          updatedAt: importedAt,
        };
      }),
    )
    .returning({ id: contacts.id, firstName: contacts.firstName, lastName: contacts.lastName });
  return new Map(rows.map((r) => [`${r.firstName} ${r.lastName}`, r.id]));
}

/** Moves a mark made just now back to when the demo says it was made, deadline and timeline included. */
async function backdate(tx: Db, companyId: string, referralId: string, at: Date) {
  const [company] = await tx
    .select({ hours: companies.introductionSlaHours })
    .from(companies)
    .where(eq(companies.id, companyId));
  await tx
    .update(referrals)
    .set({
      createdAt: at,
      updatedAt: at,
      statusChangedAt: at,
      dueAt: sql`case when ${referrals.dueAt} is null then null else ${at}::timestamptz + make_interval(hours => ${company.hours}) end`,
    })
    .where(eq(referrals.id, referralId));
  await tx.update(referralEvents).set({ createdAt: at }).where(eq(referralEvents.referralId, referralId));
}

/**
 * Contacts for Erik and two colleagues, and their marks: introductions (one overdue, one fresh, one
 * a recruiter already asked for), warm and cold prospects. Marks go through the same use case as
 * the API, so every row is one the app could have written.
 */
export async function seedNetwork(tx: Db, now: Date, people: DemoPeople, jobs: DemoJob[]) {
  const { companyId } = people;
  const contactIds = new Map<string, string>();
  const memberIds = new Map<string, string>();
  for (const [email, network] of NETWORKS) {
    const ownerId = await membershipOf(tx, companyId, email);
    memberIds.set(email, ownerId);
    for (const [name, id] of await seedContacts(tx, now, companyId, ownerId, network))
      contactIds.set(`${email}:${name}`, id);
  }
  const jobId = (title: string) => jobs.find((j) => j.title === title && !j.archived)?.id ?? null;
  for (const m of MARKS) {
    const who = { companyId, membershipId: memberIds.get(m.who)! };
    const contactId = contactIds.get(`${m.who}:${m.contact}`)!;
    const referralId = await markContactIn(tx, who, contactId, {
      mark: m.mark,
      loveToWorkAgain: m.love ?? false,
      note: m.note ?? null,
      jobId: m.job ? jobId(m.job) : null,
      skills: m.skills ?? [],
    });
    await backdate(tx, companyId, referralId, new Date(now.getTime() - m.hoursAgo * 3_600_000));
    if (m.requestedHoursAgo !== undefined) {
      await moveReferralStatus(tx, {
        companyId,
        referralId,
        to: 'introduction_requested',
        actorMembershipId: people.recruiter,
        note: 'We have a data platform role in mind.',
      });
      const at = new Date(now.getTime() - m.requestedHoursAgo * 3_600_000);
      await tx
        .update(referrals)
        .set({ statusChangedAt: at, actedAt: at, updatedAt: at, recruiterMembershipId: people.recruiter })
        .where(eq(referrals.id, referralId));
      await tx
        .update(referralEvents)
        .set({ createdAt: at })
        .where(and(eq(referralEvents.referralId, referralId), eq(referralEvents.toStatus, 'introduction_requested')));
    }
  }
}
