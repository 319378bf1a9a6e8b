import { type SQL, sql } from 'drizzle-orm';
import { companyKey } from '../src/modules/hiring/normalize.ts';
import { hashPassword } from '../src/platform/crypto.ts';
import type { Database } from '../src/platform/db/db.ts';
import { rowsOf } from '../src/platform/db/ids.ts';
import { companies, memberships, users } from '../src/schema.ts';
import { EMPLOYERS } from '../src/seed/demo-careers.ts';

export const CONNECTIONS_RECRUITER = { email: 'connections-recruiter@bench.example', password: 'bench-password-1' };

const FIRST =
  'Anna Erik Lars Karin Johan Sofia Magnus Maria Anders Eva Per Lena Nils Ingrid Oskar Emma Hugo Elsa Åsa Örjan'.split(
    ' ',
  );
const LAST =
  'Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson Lindberg Öberg Smith Khan Patel Kim'.split(
    ' ',
  );
/** Big employers many people passed through, then a long tail of small firms. */
const BIG = [...EMPLOYERS.map((e) => e.name), 'Google', 'Microsoft', 'Amazon', 'IKEA', 'Scania', 'Telia', 'Sandvik'];
const SMALL_FIRMS = 3_000;
const STINTS = 4;
const BATCH = 100_000;

const arrayOf = (values: readonly string[]) => `{${values.map((v) => `"${v.replace(/["\\]/g, '\\$&')}"`).join(',')}}`;
/** A multiplicative hash of the row number and a salt, spread over 0 … 2^16. */
const hash = (salt: number) => sql.raw(`((((g * 2654435761) # ${salt}) % 4294967296) / 65536)`);

/** A stable, valid (version 4) id for candidate n, so contacts can point at candidates without a lookup table. */
const candidateUuid = (n: SQL) =>
  sql`overlay(overlay(md5('candidate' || ${n}) placing '4' from 13) placing '8' from 17)::uuid`;

export type ConnectionsDataset = {
  companyId: string;
  /** Candidates with a few connections each, for the profile and the page. */
  candidateIds: string[];
  counts: { employees: number; candidates: number; contacts: number; workHistory: number };
  loadSeconds: number;
};

/**
 * One company with `employees` colleagues (2% deactivated) with four stints each, `candidates`
 * candidates with four stints each, and `contacts` imported contacts spread over the colleagues, a
 * quarter of them one of the candidates (by email, LinkedIn profile, or name and employer). A third
 * of all stints are at one of two dozen big employers, the rest in a long tail of small firms, so a
 * candidate overlaps with tens of colleagues. Rows are generated inside the database in batches.
 */
export async function createConnectionsDataset(
  db: Database['db'],
  size: { employees: number; candidates: number; contacts: number },
): Promise<ConnectionsDataset> {
  const started = performance.now();
  const companyId = crypto.randomUUID();
  await db.insert(companies).values({ id: companyId, name: 'Connections Bench Co' });
  const [recruiter] = await db
    .insert(users)
    .values({
      email: CONNECTIONS_RECRUITER.email,
      name: 'Connections Recruiter',
      passwordHash: await hashPassword(CONNECTIONS_RECRUITER.password),
    })
    .returning();
  await db.insert(memberships).values({ companyId, userId: recruiter.id, role: 'recruiter', status: 'active' });

  const employers = [...BIG, ...Array.from({ length: SMALL_FIRMS }, (_, i) => `Firm ${i} AB`)];
  const pools = sql`(select ${arrayOf(FIRST)}::text[] as first, ${arrayOf(LAST)}::text[] as last,
      ${arrayOf(employers)}::text[] as employer, ${arrayOf(employers.map(companyKey))}::text[] as employer_key) p`;
  // One employer per (person, stint): a big one a third of the time.
  const employerOf = (stint: SQL) =>
    sql`(case when (${hash(7)} + ${stint} * 7919) % 3 = 0 then 1 + (${hash(11)} + ${stint} * 31) % ${BIG.length}
      else ${BIG.length + 1} + (${hash(13)} + ${stint} * 104729) % ${SMALL_FIRMS} end)`;

  await db.execute(sql`
    with u as (
      insert into users (email, name)
      select 'colleague' || g || '@connections.bench', p.first[1 + ${hash(3)} % ${FIRST.length}] || ' Colleague' || g
      from generate_series(1, ${size.employees}) g cross join ${pools}
      returning id, email
    )
    insert into memberships (company_id, user_id, role, status)
    select ${companyId}::uuid, u.id, 'employee', 'active' from u`);
  // One colleague in fifty has left: their contacts and stints stay but must not count.
  await db.execute(sql`update memberships set status = 'deactivated', deactivated_at = now()
    where id in (select id from memberships where company_id = ${companyId} and role = 'employee'
      order by id limit ${Math.floor(size.employees / 50)})`);
  const memberIds = rowsOf<{ id: string }>(
    await db.execute(sql`select id from memberships where company_id = ${companyId} and role = 'employee' order by id`),
  ).map((m) => m.id);

  // Stint s of a person ends about 3·s years ago (the first is open half the time) and lasts 1–5 years.
  const stintRows = (owner: SQL, from: number, to: number) => sql`
    select ${companyId}::uuid, ${owner}, p.employer[${employerOf(sql`s`)}], p.employer_key[${employerOf(sql`s`)}],
      current_date - (s * 1095 + ${hash(17)} % 400 + 400 + (${hash(19)} % 1500))::int,
      case when s = 0 and ${hash(23)} % 2 = 0 then null else current_date - (s * 1095 + ${hash(17)} % 400)::int end, s
    from generate_series(${from}::bigint, ${to}::bigint) g cross join generate_series(0, ${STINTS - 1}) s cross join ${pools}`;
  await db.execute(sql`
    insert into work_history (company_id, membership_id, company_name, company_key, start_date, end_date, position)
    ${stintRows(sql`(${arrayOf(memberIds)}::uuid[])[g]`, 1, memberIds.length)}`);

  for (let from = 1; from <= size.candidates; from += BATCH) {
    const to = Math.min(size.candidates, from + BATCH - 1);
    const current = employerOf(sql`0`);
    await db.execute(sql`
      insert into candidates (id, company_id, first_name, last_name, email, email_key, linkedin_url, linkedin_key,
        current_company, name_company_key, external_id)
      select ${candidateUuid(sql`g`)}, ${companyId}::uuid, p.first[1 + ${hash(3)} % ${FIRST.length}],
        p.last[1 + ${hash(5)} % ${LAST.length}] || g, 'candidate' || g || '@bench.example',
        'candidate' || g || '@bench.example', 'https://www.linkedin.com/in/candidate-' || g,
        'linkedin.com/in/candidate-' || g, p.employer[${current}],
        lower(p.first[1 + ${hash(3)} % ${FIRST.length}] || ' ' || p.last[1 + ${hash(5)} % ${LAST.length}] || g)
          || '|' || p.employer_key[${current}], g::text
      from generate_series(${from}::bigint, ${to}::bigint) g cross join ${pools}`);
    await db.execute(sql`
      insert into work_history (company_id, candidate_id, company_name, company_key, start_date, end_date, position)
      ${stintRows(sql`${candidateUuid(sql`g`)}`, from, to)}`);
  }

  // Contact c belongs to colleague c mod n; a quarter are candidate c/4 (each candidate in about one
  // network), matched by email (a third of those), LinkedIn (a third), or only name and employer.
  const members = sql`(${arrayOf(memberIds)}::uuid[])`;
  for (let from = 1; from <= size.contacts; from += BATCH) {
    const to = Math.min(size.contacts, from + BATCH - 1);
    await db.execute(sql`
      insert into contacts (company_id, owner_membership_id, first_name, last_name, email, email_key, linkedin_url,
        linkedin_key, company, company_key, source_format, search_vector)
      select ${companyId}::uuid, ${members}[1 + g % ${memberIds.length}], c.first_name, c.last_name,
        e.email, e.email, l.url, l.key, c.company, c.company_key, 'linkedin', ''::tsvector
      from generate_series(${from}::bigint, ${to}::bigint) g
      cross join ${pools}
      left join candidates c0 on g % 4 = 0 and c0.id = ${candidateUuid(sql`((g / 4) % ${size.candidates} + 1)`)}
      cross join lateral (select
        coalesce(c0.first_name, p.first[1 + ${hash(29)} % ${FIRST.length}]) as first_name,
        coalesce(c0.last_name, p.last[1 + ${hash(31)} % ${LAST.length}] || 'x' || g) as last_name,
        coalesce(c0.current_company, p.employer[${employerOf(sql`0`)}]) as company,
        coalesce(split_part(c0.name_company_key, '|', 2), p.employer_key[${employerOf(sql`0`)}]) as company_key) c
      cross join lateral (select case when c0.id is not null and g % 3 = 0 then c0.email_key
        when c0.id is null and g % 5 = 0 then 'person' || g || '@mail.example' end as email) e
      cross join lateral (select case when c0.id is not null and g % 3 = 1 then c0.linkedin_url
          when c0.id is null then 'https://www.linkedin.com/in/person-' || g end as url,
        case when c0.id is not null and g % 3 = 1 then c0.linkedin_key
          when c0.id is null then 'linkedin.com/in/person-' || g end as key) l
      on conflict do nothing`);
  }
  await db.execute(sql`vacuum analyze`);
  const [counts] = rowsOf<ConnectionsDataset['counts']>(
    await db.execute(sql`select
      (select count(*)::int from memberships where company_id = ${companyId} and role = 'employee') as employees,
      (select count(*)::int from candidates where company_id = ${companyId}) as candidates,
      (select count(*)::int from contacts where company_id = ${companyId}) as contacts,
      (select count(*)::int from work_history where company_id = ${companyId}) as "workHistory"`),
  );
  const candidateIds = rowsOf<{ id: string }>(
    await db.execute(
      sql`select id from candidates where company_id = ${companyId} and external_id::int % 997 = 1 order by id limit 200`,
    ),
  ).map((c) => c.id);
  return { companyId, candidateIds, counts, loadSeconds: (performance.now() - started) / 1000 };
}
