/**
 * `triage`: an employee with 5,000 contacts opens "Who do you know?". Time to the first cards
 * through HTTP (the page the UI asks for first, and a single card) beside the query run raw, with
 * the employee's work history, 20 open jobs in the departments recruiters chose, some contacts
 * already marked or skipped and an exclude list in place, as in a company that has used Vouch a while.
 */
import type { TExclusionKind, TRole } from '@vouch/contracts';
import { sql } from 'drizzle-orm';
import type { PgInsertValue } from 'drizzle-orm/pg-core';
import { companyKey, emailKey, linkedinKey } from '../src/modules/hiring/index.ts';
import { searchVectorOf } from '../src/modules/network/index.ts';
import { triagePageSql } from '../src/modules/network/triage/triage.repo.ts';
import { hashPassword } from '../src/platform/crypto.ts';
import type { Database } from '../src/platform/db/db.ts';
import { rowsOf } from '../src/platform/db/ids.ts';
import {
  companies,
  contacts,
  departments,
  exclusionKeys,
  exclusions,
  jobs,
  membershipDepartments,
  memberships,
  referrals,
  users,
  workHistory,
} from '../src/schema.ts';
import { EMPLOYERS } from '../src/seed/demo-careers.ts';
import { daysBefore, seededRandom } from '../src/seed/random.ts';
import { signIn } from './http.ts';
import { latencyCells, loadHttpOneConnection, queryPlan, type Stats, timeCalls } from './measure.ts';

const CONTACTS = 5_000;
const OPEN_JOBS = 20;
/** What the triage page asks for first; it prefetches the next cards from the same page. */
export const UI_PAGE = 10;
const TARGET_MS = 150;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 6);
export const TRIAGE_EMPLOYEE = { email: 'employee@triage.bench.example', password: 'bench-password-1' };

const TITLES = [
  'Backend Engineer',
  'Frontend Engineer',
  'Data Engineer',
  'Site Reliability Engineer',
  'Engineering Manager',
  'Product Designer',
  'Account Executive',
  'Customer Success Manager',
  'Sales Development Representative',
  'Recruiter',
  'Financial Controller',
  'Legal Counsel',
  'Marketing Manager',
  'Teacher',
  'Nurse',
  'Architect',
];

export type TriageResult = { database: string; rows: { measure: string; stats: Stats; met?: boolean }[]; plan: string };

/** A second company in the bench database: the employee, their network and the jobs it is weighed against. */
async function createTriageCompany(db: Database['db']) {
  const random = seededRandom(17);
  const now = new Date();
  const companyId = crypto.randomUUID();
  await db.insert(companies).values({ id: companyId, name: 'Triage Co' });
  const passwordHash = await hashPassword(TRIAGE_EMPLOYEE.password);
  const member = async (email: string, role: TRole) => {
    const [user] = await db.insert(users).values({ email, name: email, passwordHash }).returning();
    const [row] = await db
      .insert(memberships)
      .values({ companyId, userId: user.id, role, status: 'active', joinedAt: now })
      .returning();
    return row.id;
  };
  const employee = await member(TRIAGE_EMPLOYEE.email, 'employee');
  const recruiter = await member('recruiter@triage.bench.example', 'recruiter');
  await db.insert(workHistory).values(
    ['Triage Co', 'Dentons LLP', 'Klarna', 'Spotify'].map((name, position) => ({
      companyId,
      membershipId: employee,
      companyName: name,
      companyKey: companyKey(name),
      startDate: `${2022 - position * 3}-01-01`,
      endDate: position === 0 ? null : `${2024 - position * 3}-12-01`,
      position,
    })),
  );
  const depts = await db
    .insert(departments)
    .values(['Engineering', 'Sales', 'Finance'].map((name) => ({ companyId, name })))
    .returning();
  await db
    .insert(membershipDepartments)
    .values(depts.slice(0, 2).map((d) => ({ companyId, membershipId: recruiter, departmentId: d.id })));
  await db.insert(jobs).values(
    Array.from({ length: OPEN_JOBS + 5 }, (_, i): typeof jobs.$inferInsert => ({
      companyId,
      title: `${random.pick(['', 'Senior ', 'Lead '])}${TITLES[i % 9]}`,
      departmentId: depts[i % 3].id,
      status: i < OPEN_JOBS ? 'open' : 'archived',
    })),
  );

  const rows: PgInsertValue<typeof contacts>[] = [];
  for (let i = 0; i < CONTACTS; i++) {
    const company = random.chance(0.85) ? random.pick(EMPLOYERS).name : `Firm ${i % 700}`;
    const position = `${random.pick(['', 'Senior ', 'Junior '])}${random.pick(TITLES)}`;
    const [firstName, lastName] = [`First${i % 613}`, `Last${i}`];
    const email = random.chance(0.3) ? `person${i}@mail.example` : null;
    const linkedinUrl = `https://www.linkedin.com/in/person-${i}`;
    rows.push({
      companyId,
      ownerMembershipId: employee,
      firstName,
      lastName,
      email,
      emailKey: emailKey(email),
      linkedinUrl,
      linkedinKey: linkedinKey(linkedinUrl),
      company,
      companyKey: companyKey(company),
      position,
      connectedOn: random.chance(0.95)
        ? daysBefore(now, random.next() * 3650)
            .toISOString()
            .slice(0, 10)
        : null,
      sourceFormat: 'linkedin',
      searchVector: searchVectorOf({ name: `${firstName} ${lastName}`, title: position, company, skills: [] }),
      skippedAt: random.chance(0.05) ? now : null,
    });
  }
  const inserted: { id: string; firstName: string; lastName: string }[] = [];
  for (let offset = 0; offset < rows.length; offset += 1_000) {
    inserted.push(
      ...(await db
        .insert(contacts)
        .values(rows.slice(offset, offset + 1_000))
        .returning({ id: contacts.id, firstName: contacts.firstName, lastName: contacts.lastName })),
    );
  }
  // A tenth already marked, and two excluded employers.
  await db.insert(referrals).values(
    inserted
      .filter((_, i) => i % 10 === 0)
      .map((c) => ({
        companyId,
        source: 'warm_prospect' as const,
        referrerMembershipId: employee,
        contactId: c.id,
        firstName: c.firstName,
        lastName: c.lastName,
        searchVector: '',
        status: 'passed_on' as const,
      })),
  );
  // An exclude list of a working company: two employers with a non-solicit and people not to approach.
  type Rule = { kind: TExclusionKind; value: string; key: string | null };
  const excluded = [
    ...['Accenture', 'SEB'].map((name): Rule => ({ kind: 'company_name', value: name, key: companyKey(name) })),
    ...Array.from({ length: 40 }, (_, i): Rule => ({ kind: 'email', value: `person${i * 97}@mail.example`, key: '' })),
  ];
  for (const rule of excluded) {
    const [row] = await db
      .insert(exclusions)
      .values({ companyId, kind: rule.kind, value: rule.value, reason: 'Non-solicit' })
      .returning();
    const key = rule.key || (emailKey(rule.value) as string);
    await db.insert(exclusionKeys).values({ companyId, kind: rule.kind, key, exclusionId: row.id });
  }
  await db.execute(sql`analyze`);
  return { companyId, ownerId: employee };
}

export async function measureTriage(db: Database['db'], base: string, database: string): Promise<TriageResult> {
  const owner = await createTriageCompany(db);
  const headers = await signIn(base, TRIAGE_EMPLOYEE);
  const result: TriageResult = { database, rows: [], plan: '' };
  const [queued] = rowsOf<{ remaining: number }>(await db.execute(triagePageSql(owner, 1)));
  if (!(queued.remaining > 3_500))
    throw new Error(`expected over 3,500 contacts in the queue, got ${queued.remaining}`);
  for (const limit of [UI_PAGE, 1]) {
    const raw = await timeCalls(() => db.execute(triagePageSql(owner, limit)), { iterations: 200, concurrency: 1 });
    result.rows.push({ measure: `limit=${limit} · SQL query only`, stats: raw, met: raw.p95 < TARGET_MS });
    const url = `${base}/api/contacts/triage?limit=${limit}`;
    const http = await loadHttpOneConnection(url, headers, SECONDS);
    result.rows.push({ measure: `limit=${limit} · HTTP, 1 connection`, stats: http, met: http.p95 < TARGET_MS });
  }
  result.plan = await queryPlan(db, triagePageSql(owner, UI_PAGE));
  return result;
}

export function triageReport(results: TriageResult[]): string[] {
  if (!results.length) return [];
  return [
    '## Triage: time to the first card',
    '',
    `An employee with ${CONTACTS.toLocaleString('en')} contacts (a tenth marked, some skipped, two employers and 40 people excluded), ` +
      `a work history of four employers and ${OPEN_JOBS} open jobs, most in recruiters' departments. ` +
      `The whole queue is scored per request; the UI asks for ${UI_PAGE} cards at a time.`,
    '',
    '| database | measure | p50 ms | p95 ms | req/s | target | met |',
    '|---|---|---:|---:|---:|---|:-:|',
    ...results.flatMap((r) =>
      r.rows.map(
        (row) =>
          `| ${r.database} | ${row.measure} | ${latencyCells(row.stats)} | p95 < ${TARGET_MS} ms | ${row.met ? '✓' : '✗'} |`,
      ),
    ),
    '',
    ...results.flatMap((r) => [`${r.database}, triage page of ${UI_PAGE}:`, '', r.plan, '']),
  ];
}
