import { and, eq, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../../platform/db/db.ts';
import { rowsOf } from '../../../platform/db/ids.ts';
import type { Owner } from '../contacts.repo.ts';
import { excludedContactPredicate } from '../exclusions.repo.ts';
import { contacts } from '../network.tables.ts';

/**
 * How much each signal adds to a contact's triage score. A shared past employer is the best sign
 * that the employee really knows someone; a fit with an open job makes knowing them useful; a recent
 * connection is a weaker sign of either. The recency term halves in about eight months.
 */
export const TRIAGE_WEIGHTS = { sharedEmployer: 3, jobFit: 2, recency: 1.5, recencyDays: 365 } as const;

/** Connected within this many days: "you connected recently". */
export const RECENT_CONNECTION_DAYS = 365;

/**
 * Words of a job title that say how senior, or name the kind of role every trade has, rather than
 * what the work is: "Senior Backend Engineer" should find backend people of any seniority, not
 * every senior person or every engineer ("Radio Engineer" is no fit for it, nor "Store Manager" for
 * "Engineering Manager").
 */
const TITLE_NOISE = String.raw`\m(senior|junior|jr|sr|lead|head|principal|staff|chief|associate|intern|trainee|engineer|developer|manager|specialist|consultant|officer|assistant|coordinator|representative|executive|analyst|partner|of|and|the|for|in|at|to|a|an|i|ii|iii|iv)\M`;

/**
 * Only the position (label A) and skills (label C) tell what someone does; a name that happens to be
 * "Sales" or an employer called "Data AB" must not make a job fit. PostgreSQL's {D, C, B, A} order.
 */
const FIT_WEIGHTS = '{0, 0.4, 0, 1}';

/** A rank of one matching title word is about 0.06; this turns two or more into a full fit. */
const FIT_SCALE = 10;

export type TriageRow = {
  id: string;
  first_name: string;
  last_name: string;
  email: string | null;
  linkedin_url: string | null;
  company: string | null;
  position: string | null;
  connected_on: string | null;
  score: number;
  shared_employer: string | null;
  recent: boolean;
  job_id: string | null;
  job_title: string | null;
  remaining: number;
};

/**
 * The open jobs triage weighs contacts against: those in the departments some active recruiter
 * chose in their settings, or every open job when no recruiter chose any. Each with a tsquery that
 * ORs the significant words of its title, normalised as stored search vectors are.
 */
function openJobsCte(companyId: string) {
  return sql`recruiter_departments as (
      select md.department_id from membership_departments md
      join memberships m on m.id = md.membership_id
      where md.company_id = ${companyId} and m.company_id = ${companyId}
        and m.role = 'recruiter' and m.status = 'active'
    ),
    open_jobs as (
      select j.id, j.title,
        replace(plainto_tsquery('simple', regexp_replace(lower(normalize(j.title, NFKC)), ${TITLE_NOISE}, ' ', 'gi'))::text,
          ' & ', ' | ')::tsquery as query
      from jobs j
      where j.company_id = ${companyId} and j.status = 'open'
        and (not exists (select 1 from recruiter_departments)
          or j.department_id in (select department_id from recruiter_departments))
    ),
    fit as (
      select string_agg('(' || query::text || ')', ' | ')::tsquery as query from open_jobs where numnode(query) > 0
    )`;
}

/**
 * The owner's triage queue, best first: contacts not marked, not skipped, not excluded, scored in
 * SQL so only one page leaves the database. One statement: the score has to be computed for the
 * whole queue to sort it anyway, so `count(*) over ()` gives the queue's length for free, and the
 * best-fitting job is looked up only for the rows of the page.
 */
export async function selectTriagePage(db: Db, owner: Owner, limit: number): Promise<TriageRow[]> {
  return rowsOf<TriageRow>(await db.execute(triagePageSql(owner, limit)));
}

export function triagePageSql(owner: Owner, limit: number): SQL {
  const { companyId, ownerId } = owner;
  const fitRank = (vector: SQL, query: SQL) => sql`ts_rank(${FIT_WEIGHTS}::float4[], ${vector}, ${query})`;
  const { sharedEmployer, jobFit, recency, recencyDays } = TRIAGE_WEIGHTS;
  const notExcluded = excludedContactPredicate(companyId, {
    emailKey: sql.raw('c.email_key'),
    linkedinKey: sql.raw('c.linkedin_key'),
    companyKey: sql.raw('c.company_key'),
  });
  return sql`with
    -- Past employers only: the current one is this company, and a colleague is not a referral.
    employers as (
      select w.company_key, min(w.company_name) as company_name from work_history w
      where w.company_id = ${companyId} and w.membership_id = ${ownerId}
        and w.company_key <> '' and w.end_date is not null
      group by w.company_key
    ),
    ${openJobsCte(companyId)},
    -- Materialised, so the score is computed here and the window below keeps narrow rows; left
    -- inline, the planner carries each search vector up to the sort and the window spills to disk.
    queue as materialized (
      select c.id, c.connected_on, e.company_name as shared_employer,
        (case when e.company_key is null then 0 else ${sharedEmployer}::float8 end
          -- greatest() skips nulls, so an undated contact is tested for first.
          + case when c.connected_on is null then 0
              else ${recency}::float8 * exp(-greatest(current_date - c.connected_on, 0) / ${recencyDays}::float8) end
          + coalesce(${jobFit}::float8 * least(1, ${FIT_SCALE}::float8 * ${fitRank(sql`c.search_vector`, sql`fit.query`)}), 0)
        ) as score
      from contacts c
      cross join fit
      left join employers e on e.company_key = c.company_key
      where c.company_id = ${companyId} and c.owner_membership_id = ${ownerId} and c.skipped_at is null
        and not exists (select 1 from referrals r where r.contact_id = c.id)
        and ${notExcluded}
    ),
    page as (
      select q.*, count(*) over () as remaining from queue q
      order by q.score desc, q.connected_on desc nulls last, q.id
      limit ${limit}
    )
    select c.id, c.first_name, c.last_name, c.email, c.linkedin_url, c.company, c.position,
      c.connected_on::text as connected_on, round(p.score::numeric, 4)::float8 as score, p.shared_employer,
      coalesce(c.connected_on >= current_date - ${RECENT_CONNECTION_DAYS}::int, false) as recent,
      best.id as job_id, best.title as job_title, p.remaining::int as remaining
    from page p
    join contacts c on c.id = p.id
    left join lateral (
      select j.id, j.title from open_jobs j
      where numnode(j.query) > 0 and ${fitRank(sql`c.search_vector`, sql`j.query`)} > 0
      order by ${fitRank(sql`c.search_vector`, sql`j.query`)} desc, j.title, j.id
      limit 1
    ) best on true
    order by p.score desc, p.connected_on desc nulls last, p.id`;
}

/** Skips or unskips the owner's contact; false when they have no such contact. */
export async function setContactSkipped(db: Db, owner: Owner, contactId: string, skipped: boolean) {
  const rows = await db
    .update(contacts)
    .set({ skippedAt: skipped ? sql`coalesce(${contacts.skippedAt}, now())` : null })
    .where(
      and(
        eq(contacts.companyId, owner.companyId),
        eq(contacts.ownerMembershipId, owner.ownerId),
        eq(contacts.id, contactId),
      ),
    )
    .returning({ id: contacts.id });
  return rows.length > 0;
}
