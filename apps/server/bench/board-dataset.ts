import { REFERRAL_STATUSES } from '@vouch/contracts';
import { sql } from 'drizzle-orm';
import { hashPassword } from '../src/platform/crypto.ts';
import type { Database } from '../src/platform/db/db.ts';
import { companies, departments, jobs, memberships, users } from '../src/schema.ts';

export const BOARD_RECRUITER = { email: 'board-recruiter@bench.example', password: 'bench-password-1' };

const REFERRERS = 50;
const JOBS = 20;
const TWO_YEARS_SECONDS = 2 * 365 * 24 * 3600;
/** Statuses of referrals someone works on; 5% stay untouched marks (`passed_on`) off the board. */
const BOARD_STATUSES = REFERRAL_STATUSES.filter((s) => s !== 'passed_on');
const arrayOf = (values: readonly string[]) => `{${values.join(',')}}`;

export type BoardDataset = {
  companyId: string;
  /** The department the measured view is narrowed to. */
  departmentId: string;
  recruiter: typeof BOARD_RECRUITER;
  size: number;
  inactive: number;
  loadSeconds: number;
};

/**
 * One company with `size` referrals of every source over two years, in four departments and twenty
 * roles, 80% of them inactive (their roles archived or set aside by hand), generated inside the
 * database with generate_series in the order they were made.
 */
export async function createBoardDataset(db: Database['db'], size: number): Promise<BoardDataset> {
  const started = performance.now();
  const companyId = crypto.randomUUID();
  await db.insert(companies).values({ id: companyId, name: 'Board Bench Co' });
  const departmentIds = (
    await db
      .insert(departments)
      .values(['Engineering', 'Data', 'Sales', 'People'].map((name) => ({ companyId, name })))
      .returning({ id: departments.id })
  ).map((d) => d.id);
  const jobIds = (
    await db
      .insert(jobs)
      .values(
        Array.from({ length: JOBS }, (_, i) => ({ companyId, title: `Role ${i}`, departmentId: departmentIds[i % 4] })),
      )
      .returning({ id: jobs.id })
  ).map((j) => j.id);
  const passwordHash = await hashPassword(BOARD_RECRUITER.password);
  const [recruiterUser] = await db
    .insert(users)
    .values({ email: BOARD_RECRUITER.email, name: 'Board Recruiter', passwordHash })
    .returning();
  const [recruiter] = await db
    .insert(memberships)
    .values({ companyId, userId: recruiterUser.id, role: 'recruiter', status: 'active' })
    .returning({ id: memberships.id });
  const employees = await db
    .insert(users)
    .values(Array.from({ length: REFERRERS }, (_, i) => ({ email: `employee${i}@board.bench`, name: `Employee ${i}` })))
    .returning({ id: users.id });
  const referrerIds = (
    await db
      .insert(memberships)
      .values(employees.map((u) => ({ companyId, userId: u.id, role: 'employee' as const, status: 'active' as const })))
      .returning({ id: memberships.id })
  ).map((m) => m.id);

  // Each part is picked by its own multiplicative hash of the row number, independent of the others.
  const hash = (multiplier: number) => sql.raw(`(((g * ${multiplier}) % 4294967296) / 65536)`);
  const pick = (multiplier: number, count: number) => sql`(1 + ${hash(multiplier)} % ${sql.raw(String(count))})`;
  await db.execute(sql`
    insert into referrals (company_id, source, referrer_membership_id, recruiter_membership_id, job_id, department_id,
      first_name, last_name, position, company, search_vector, status, status_changed_at, active, created_at, updated_at)
    select ${companyId}::uuid, source, p.referrers[${pick(2718281829, REFERRERS)}],
      case when source = 'referral_request' then ${recruiter.id}::uuid end,
      p.jobs[job], p.departments[1 + (job - 1) % 4],
      'Person', 'Number ' || g, 'Engineer', 'Company ' || (g % 97),
      to_tsvector('simple', 'person number ' || g || ' engineer'),
      case when ${hash(374761393)} % 20 = 0 then 'passed_on'
        else p.statuses[${pick(668265263, BOARD_STATUSES.length)}] end,
      least(now(), created + make_interval(secs => ${hash(1013904223)} % (30 * 86400))),
      ${hash(3266489917)} % 5 = 0, created, created
    from generate_series(1::bigint, ${size}::bigint) g
    cross join (select ${arrayOf(referrerIds)}::uuid[] as referrers, ${arrayOf(jobIds)}::uuid[] as jobs,
      ${arrayOf(departmentIds)}::uuid[] as departments, ${arrayOf(BOARD_STATUSES)}::text[] as statuses) p
    cross join lateral (select
      case when ${hash(2654435761)} % 10 < 4 then 'referral_request'
        when ${hash(2654435761)} % 10 < 6 then 'email_introduction'
        when ${hash(2654435761)} % 10 < 8 then 'warm_prospect'
        when ${hash(2654435761)} % 10 < 9 then 'cold_prospect' else 'submission' end as source,
      ${pick(2246822519, JOBS)}::int as job,
      now() - make_interval(secs => ((${size}::bigint - g) * ${TWO_YEARS_SECONDS / size}::float8)) as created) r`);
  await db.execute(sql`vacuum analyze referrals`);
  const [{ n }] = (
    await db.execute(sql`select count(*)::int as n from referrals where company_id = ${companyId} and not active`)
  ).rows as { n: number }[];
  return {
    companyId,
    departmentId: departmentIds[0],
    recruiter: BOARD_RECRUITER,
    size,
    inactive: n,
    loadSeconds: (performance.now() - started) / 1000,
  };
}
