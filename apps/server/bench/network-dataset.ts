import { sql } from 'drizzle-orm';
import { companyKey } from '../src/modules/hiring/normalize.ts';
import { normalizeSearchText, searchVectorOfNormalized } from '../src/modules/network/search/index.ts';
import { hashPassword } from '../src/platform/crypto.ts';
import type { Database } from '../src/platform/db/db.ts';
import { companies, departments, memberships, users } from '../src/schema.ts';
import { EMPLOYERS } from '../src/seed/demo-careers.ts';
import { suspendIndexes } from './dataset.ts';

export const NETWORK_RECRUITER = { email: 'network-recruiter@bench.example', password: 'bench-password-1' };

const FIRST_NAMES = (
  'Åsa Anna Erik Lars Karin Johan Sofia Magnus Maria Anders Eva Per Lena Nils Ingrid Oskar Emma Hugo Elsa Liam ' +
  'Maja Noah Alice William Ella Lucas Olivia Leo Astrid Elias Wilma Adam Saga Axel Freja Ali Fatima Omar Layla Mehmet ' +
  'Priya Raj Wei Li Chen Yuki Kenji Ana Diego Lucía Mateo Sara David Hanna Jonas Ida Viktor Linnea Emil Tove Jakob'
).split(' ');
const LAST_NAMES = (
  'Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson Gustafsson Pettersson Jonsson ' +
  'Jansson Hansson Bengtsson Jönsson Lindberg Jakobsson Magnusson Olofsson Lindström Lindqvist Lindgren Berg Axelsson ' +
  'Bergström Lundberg Lind Lundgren Lundqvist Mattsson Berglund Fredriksson Sandberg Henriksson Forsberg Sjöberg ' +
  'Wallin Engström Eklund Danielsson Lundin Håkansson Björk Bergman Gunnarsson Holm Wikström Samuelsson Isaksson ' +
  'Fransson Bergqvist Nyström Holmberg Arvidsson Löfgren Söderberg Nyberg Blomqvist Claesson Nordström Öberg Smith ' +
  'García Müller Rossi Nowak Kowalski Novak Khan Patel Kim Nguyen Tanaka Silva Costa Murphy Dubois Jensen Hansen'
).split(' ');
/** Ten titles and nine skills per line of work, so a person's title and skills fit together. */
const TRACKS = [
  {
    titles: [
      'Software Engineer',
      'Senior Software Engineer',
      'Staff Engineer',
      'Backend Developer',
      'Frontend Developer',
      'Full Stack Developer',
      'DevOps Engineer',
      'Engineering Manager',
      'Tech Lead',
      'Mobile Developer',
    ],
    skills: ['TypeScript', 'React', 'Node.js', 'Go', 'Kubernetes', 'AWS', 'PostgreSQL', 'Java', 'Kotlin'],
  },
  {
    titles: [
      'Data Engineer',
      'Senior Data Engineer',
      'Data Scientist',
      'Machine Learning Engineer',
      'Analytics Engineer',
      'Data Analyst',
      'BI Developer',
      'Head of Data',
      'Lead Data Engineer',
      'Research Scientist',
    ],
    skills: ['Python', 'SQL', 'dbt', 'Spark', 'Airflow', 'BigQuery', 'Kafka', 'Machine Learning', 'Statistics'],
  },
  {
    titles: [
      'Account Executive',
      'Senior Account Executive',
      'Key Account Manager',
      'Sales Manager',
      'Head of Sales',
      'Sales Development Representative',
      'Business Development Manager',
      'Customer Success Manager',
      'Partner Manager',
      'Solutions Engineer',
    ],
    skills: [
      'Salesforce',
      'Negotiation',
      'SaaS sales',
      'HubSpot',
      'Account management',
      'Forecasting',
      'B2B',
      'CRM',
      'Prospecting',
    ],
  },
  {
    titles: [
      'Recruiter',
      'Senior Recruiter',
      'Talent Acquisition Partner',
      'HR Business Partner',
      'HR Generalist',
      'People Director',
      'Head of Talent',
      'Recruitment Coordinator',
      'Learning Manager',
      'Compensation Analyst',
    ],
    skills: [
      'Recruiting',
      'Sourcing',
      'Employer branding',
      'Onboarding',
      'Labour law',
      'Compensation',
      'Interviewing',
      'Coaching',
      'Workday',
    ],
  },
];
const TITLES = TRACKS.flatMap((t) => t.titles);
const SKILLS = TRACKS.flatMap((t) => t.skills);
const COMPANIES = [
  ...EMPLOYERS.map((e) => e.name),
  'Google',
  'Microsoft',
  'Amazon',
  'IKEA',
  'Scania',
  'Telia',
  'Sandvik',
];
const REFERRERS = 50;
const TWO_YEARS_SECONDS = 2 * 365 * 24 * 3600;
const BATCH = 100_000;

const norm = (list: string[]) => list.map(normalizeSearchText);
/** A PostgreSQL array literal, bound as one parameter (drizzle would spread a JS array into a list). */
const arrayOf = (values: readonly string[]) => `{${values.map((v) => `"${v.replace(/["\\]/g, '\\$&')}"`).join(',')}}`;

export type NetworkDataset = { companyId: string; size: number; loadSeconds: number };

/**
 * One company whose 50 employees passed on `size` people (20% email introductions, 50% warm and 30%
 * cold prospects) over two years, in four departments, stored in the order they were passed on. Rows are generated inside the database with
 * generate_series in batches of 100,000, and the referrals indexes are dropped for the load and
 * rebuilt after it (much faster than maintaining a GIN index row by row). The search vector is the
 * same expression the app writes (`searchVectorOfNormalized`) over pre-normalised pools of names.
 */
export async function createNetworkDataset(db: Database['db'], size: number): Promise<NetworkDataset> {
  const started = performance.now();
  const companyId = crypto.randomUUID();
  await db.insert(companies).values({ id: companyId, name: 'Network Bench Co' });
  const departmentIds = (
    await db
      .insert(departments)
      .values(['Engineering', 'Data', 'Sales', 'People'].map((name) => ({ companyId, name })))
      .returning({ id: departments.id })
  ).map((d) => d.id);
  const passwordHash = await hashPassword(NETWORK_RECRUITER.password);
  const [recruiter] = await db
    .insert(users)
    .values({ email: NETWORK_RECRUITER.email, name: 'Network Recruiter', passwordHash })
    .returning();
  await db.insert(memberships).values({ companyId, userId: recruiter.id, role: 'recruiter', status: 'active' });
  const employees = await db
    .insert(users)
    .values(
      Array.from({ length: REFERRERS }, (_, i) => ({ email: `employee${i}@network.bench`, name: `Employee ${i}` })),
    )
    .returning({ id: users.id });
  const referrerIds = (
    await db
      .insert(memberships)
      .values(employees.map((u) => ({ companyId, userId: u.id, role: 'employee' as const, status: 'active' as const })))
      .returning({ id: memberships.id })
  ).map((m) => m.id);

  const rebuildIndexes = await suspendIndexes(db, 'referrals');

  const pools = sql`(select
      ${arrayOf(FIRST_NAMES)}::text[] as first_d, ${arrayOf(norm(FIRST_NAMES))}::text[] as first_n,
      ${arrayOf(LAST_NAMES)}::text[] as last_d, ${arrayOf(norm(LAST_NAMES))}::text[] as last_n,
      ${arrayOf(TITLES)}::text[] as title_d, ${arrayOf(norm(TITLES))}::text[] as title_n,
      ${arrayOf(SKILLS)}::text[] as skill_d, ${arrayOf(norm(SKILLS))}::text[] as skill_n,
      ${arrayOf(COMPANIES)}::text[] as company_d, ${arrayOf(norm(COMPANIES))}::text[] as company_n,
      ${arrayOf(COMPANIES.map((c) => companyKey(c) ?? ''))}::text[] as company_k,
      ${arrayOf(referrerIds)}::uuid[] as referrers, ${arrayOf(departmentIds)}::uuid[] as departments) p`;
  // Each part is picked by its own multiplicative hash of the row number (the high bits of g × an odd
  // constant, mod 2^32), so parts are spread evenly and independent of each other.
  const hash = (multiplier: number) => sql.raw(`(((g * ${multiplier}) % 4294967296) / 65536)`);
  const pick = (multiplier: number, count: number) => sql`(1 + ${hash(multiplier)} % ${sql.raw(String(count))})`;
  const track = sql`(${hash(2246822519)} % 4)`;
  const title = sql`${track} * 10 + ${pick(3266489917, 10)}`;
  const skill = (multiplier: number) => sql`${track} * 9 + ${pick(multiplier, 9)}`;
  const [first, last, company] = [
    pick(668265263, FIRST_NAMES.length),
    pick(374761393, LAST_NAMES.length),
    pick(2869860233, COMPANIES.length),
  ];
  const skills = [skill(1103515245), skill(2891336453), skill(3141592653)];
  const vector = searchVectorOfNormalized({
    name: sql`p.first_n[${first}] || ' ' || p.last_n[${last}]`,
    title: sql`p.title_n[${title}]`,
    company: sql`p.company_n[${company}]`,
    skills: skills.map((index) => sql`p.skill_n[${index}]`),
  });
  for (let from = 1; from <= size; from += BATCH) {
    const to = Math.min(size, from + BATCH - 1);
    await db.execute(sql`
      insert into referrals (company_id, source, referrer_membership_id, department_id, first_name, last_name,
        company, position, skills, company_key, search_vector, status, status_changed_at, love_to_work_again,
        due_at, created_at, updated_at)
      select ${companyId}::uuid, source, p.referrers[${pick(2718281829, REFERRERS)}],
        case when ${hash(1597334677)} % 5 = 0 then null else p.departments[${pick(1013904223, 4)}] end,
        p.first_d[${first}], p.last_d[${last}], p.company_d[${company}], p.title_d[${title}],
        array[${sql.join(
          skills.map((index) => sql`p.skill_d[${index}]`),
          sql`, `,
        )}],
        p.company_k[${company}], ${vector}, 'passed_on', created, ${hash(3812015801)} % 3 = 0,
        case when source = 'email_introduction' then created + interval '24 hours' end, created, created
      from generate_series(${from}::bigint, ${to}::bigint) g
      cross join ${pools}
      cross join lateral (select
        case when ${hash(2654435761)} % 10 < 2 then 'email_introduction'
          when ${hash(2654435761)} % 10 < 7 then 'warm_prospect' else 'cold_prospect' end as source,
        -- over the past two years in the order they were inserted, as marks arrive in a live database
        now() - make_interval(secs => ((${size}::bigint - g) * ${TWO_YEARS_SECONDS / size}::float8 + ${hash(1103515245)} % 30)) as created) r`);
  }
  await rebuildIndexes();
  await db.execute(sql`vacuum analyze referrals`);
  return { companyId, size, loadSeconds: (performance.now() - started) / 1000 };
}
