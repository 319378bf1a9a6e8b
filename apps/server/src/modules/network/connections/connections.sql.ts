import { type SQL, type SQLWrapper, sql } from 'drizzle-orm';
import { type CandidateScope, candidateScopeFilter } from '../../hiring/index.ts';
import { contactNameCompanyKey } from '../contact-name-key.ts';
import { excludedContactPredicate } from '../exclusions.repo.ts';

/**
 * How much each signal adds to a connection's strength. Every single signal stays at or under 3 and
 * any two together reach at least 3.3, so a colleague connected two ways always outranks one
 * connected one way. Within "worked together", a longer overlap counts more (full at six years) and
 * a recent one counts more: an ongoing overlap counts in full, one that ended decays towards 30% of
 * its worth (the decaying part halves in about 3.5 years).
 */
export const CONNECTION_WEIGHTS = {
  contactByKey: 3,
  contactByName: 2.5,
  overlapBase: 1,
  overlapLength: 2,
  overlapFullYears: 6,
  recencyYears: 5,
  /** What an overlap long ago keeps of its worth. */
  recencyFloor: 0.3,
  extraEmployer: 0.5,
  emailIntroduction: 3,
  warmProspect: 2,
  /** Shorter than this is a handover between consecutive jobs, not working together. */
  minOverlapDays: 30,
} as const;

export type ConnectionRow = {
  candidate_id: string;
  candidate_first_name: string;
  /** Null in the best-per-candidate form for a candidate without connections. */
  member_id: string;
  name: string;
  email: string;
  matched_by: 'email' | 'linkedin' | 'name_and_company' | null;
  worked: { company: string; from: string; to: string | null; months: number }[] | null;
  mark: 'email_introduction' | 'warm_prospect' | null;
  strength: number;
  /** How many connections the candidate has; only in the best-per-candidate form. */
  total?: number;
};

const sqlList = (ids: string[]) =>
  sql.join(
    ids.map((id) => sql`(${id}::uuid)`),
    sql`, `,
  );

/**
 * The colleagues connected to each of these candidates, one statement for any number of them:
 * `best` keeps each candidate's strongest connection with the count, for the candidate table.
 *
 * Sources: an imported contact of a colleague matching the candidate's email, LinkedIn profile, or
 * name and current employer; overlapping stints at one employer in both work histories; and the
 * colleague's own mark on that contact (or on the candidate). A candidate who matches an exclusion
 * has no connections; an excluded contact does not count; a contact its owner passed on as a cold
 * prospect does not count either, since they asked recruiters not to name them. Only active members
 * other than agents are colleagues.
 */
export function connectionsSql(
  companyId: string,
  candidateIds: string[],
  options: { best: boolean; scope?: CandidateScope },
): SQL {
  // Constants go into the text: bound, each would be an untyped parameter.
  const w = Object.fromEntries(
    Object.entries(CONNECTION_WEIGHTS).map(([name, value]) => [name, sql.raw(`${value}::float8`)]),
  ) as Record<keyof typeof CONNECTION_WEIGHTS, SQL>;
  const candidateCompanyKey = sql`nullif(substring(candidates.name_company_key from '[|]([^|]*)$'), '')`;
  const candidateAllowed = excludedContactPredicate(companyId, {
    emailKey: sql`candidates.email_key`,
    linkedinKey: sql`candidates.linkedin_key`,
    companyKey: candidateCompanyKey,
  });
  // Checked once on the union of the three lookups: fewer anti-joins to plan on every request.
  const contactAllowed = sql`${excludedContactPredicate(companyId, {
    emailKey: sql.raw('h.email_key'),
    linkedinKey: sql.raw('h.linkedin_key'),
    companyKey: sql.raw('h.company_key'),
  })} and not exists (select 1 from referrals cold where cold.contact_id = h.contact_id and cold.source = 'cold_prospect')`;
  const contactHits = (rank: 1 | 2 | 3, matches: SQLWrapper) =>
    sql`select cand.id as candidate_id, ct.id as contact_id, ct.owner_membership_id as member_id,
        ${sql.raw(String(rank))} as match_rank, ct.email_key, ct.linkedin_key, ct.company_key
      -- A lateral probe per candidate, kept apart by OFFSET 0: joined plainly, the planner may hash the
      -- whole contacts table for a page, having no estimate for keys it only learns at run time.
      from cand cross join lateral (
        select ct.id, ct.owner_membership_id, ct.email_key, ct.linkedin_key, ct.company_key
        from contacts ct where ct.company_id = ${companyId} and ${matches} offset 0
      ) ct`;
  const marked = sql`r.source in ('email_introduction', 'warm_prospect') and r.referrer_membership_id is not null`;
  const markScore = sql`case r.source when 'email_introduction' then ${w.emailIntroduction} else ${w.warmProspect} end`;
  const years = (days: SQL) => sql`(${days})::float8 / 365.25`;

  return sql`with
    cand as materialized (
      select candidates.id, candidates.first_name, candidates.email_key, candidates.linkedin_key,
        candidates.name_company_key
      -- Joined to a list of ids, so each is a primary-key probe; with \`id in (…)\` the planner may
      -- AND a bitmap of the whole company's candidates into it.
      from (values ${sqlList(candidateIds)}) as asked (id)
      join candidates on candidates.id = asked.id
      where candidates.company_id = ${companyId}
        and candidates.anonymized_at is null
        ${options.scope ? sql`and ${candidateScopeFilter(options.scope) ?? sql`true`}` : sql``}
        and ${candidateAllowed}
    ),
    matched_contacts as (
      ${contactHits(1, sql`ct.email_key = cand.email_key`)}
      union all
      ${contactHits(2, sql`ct.linkedin_key = cand.linkedin_key`)}
      union all
      ${contactHits(3, sql`${contactNameCompanyKey('ct')} = cand.name_company_key`)}
    ),
    contact_hits as materialized (
      select h.candidate_id, h.contact_id, h.member_id, h.match_rank from matched_contacts h where ${contactAllowed}
    ),
    contact_links as (
      select candidate_id, member_id, min(match_rank) as match_rank from contact_hits group by candidate_id, member_id
    ),
    marks as (
      select candidate_id, member_id, max(score) as score,
        (array_agg(source order by score desc))[1] as mark
      from (
        select cand.id as candidate_id, r.referrer_membership_id as member_id, r.source, ${markScore} as score
        from cand join referrals r on r.company_id = ${companyId} and r.candidate_id = cand.id
        where ${marked}
        union all
        select h.candidate_id, r.referrer_membership_id, r.source, ${markScore}
        from contact_hits h join referrals r on r.contact_id = h.contact_id
        where ${marked}
      ) m
      group by candidate_id, member_id
    ),
    stints as (
      select cand.id as candidate_id, mw.membership_id as member_id, cw.company_key, cw.company_name,
        greatest(cw.start_date, mw.start_date) as from_date,
        least(coalesce(cw.end_date, current_date), coalesce(mw.end_date, current_date)) as to_date,
        cw.end_date is null and mw.end_date is null as ongoing
      from cand
      join work_history cw on cw.company_id = ${companyId} and cw.candidate_id = cand.id
      join work_history mw on mw.company_id = ${companyId} and mw.company_key = cw.company_key
        and mw.membership_id is not null
      where cw.company_key <> '' and cw.start_date is not null and mw.start_date is not null
        and least(coalesce(cw.end_date, current_date), coalesce(mw.end_date, current_date))
          - greatest(cw.start_date, mw.start_date) >= ${w.minOverlapDays}
    ),
    worked as (
      select candidate_id, member_id, min(company_name) as company, min(from_date) as from_date,
        max(to_date) as to_date, bool_or(ongoing) as ongoing,
        least(sum(to_date - from_date), max(to_date) - min(from_date)) as days
      from stints group by candidate_id, member_id, company_key
    ),
    worked_scored as (
      select candidate_id, member_id,
        (${w.overlapBase} + ${w.overlapLength} * least(${years(sql`days`)}, ${w.overlapFullYears}) / ${w.overlapFullYears})
          * (${w.recencyFloor} + (1 - ${w.recencyFloor}) * case when ongoing then 1 else exp(-${years(sql`current_date - to_date`)} / ${w.recencyYears}) end)
          as score,
        json_build_object('company', company, 'from', from_date::text, 'to', case when ongoing then null else to_date::text end,
          'months', greatest(1, round(days / 30.44))::int) as reason
      from worked
    ),
    worked_links as (
      select candidate_id, member_id, max(score) + ${w.extraEmployer} * (count(*) - 1) as score,
        json_agg(reason order by score desc) as worked
      from worked_scored group by candidate_id, member_id
    ),
    links as (
      select candidate_id, member_id from contact_links
      union select candidate_id, member_id from worked_links
      union select candidate_id, member_id from marks
    ),
    scored as (
      select l.candidate_id, cand.first_name as candidate_first_name, l.member_id,
        coalesce(nullif(u.name, ''), u.email) as name, u.email,
        case cl.match_rank when 1 then 'email' when 2 then 'linkedin' when 3 then 'name_and_company' end as matched_by,
        wl.worked, mk.mark,
        round((case cl.match_rank when 1 then ${w.contactByKey} when 2 then ${w.contactByKey}
            when 3 then ${w.contactByName} else 0 end
          + coalesce(wl.score, 0) + coalesce(mk.score, 0))::numeric, 3)::float8 as strength
      from links l
      join cand on cand.id = l.candidate_id
      join memberships m on m.id = l.member_id and m.company_id = ${companyId}
        and m.status = 'active' and m.role <> 'agent'
      join users u on u.id = m.user_id
      left join contact_links cl on cl.candidate_id = l.candidate_id and cl.member_id = l.member_id
      left join worked_links wl on wl.candidate_id = l.candidate_id and wl.member_id = l.member_id
      left join marks mk on mk.candidate_id = l.candidate_id and mk.member_id = l.member_id
    )
    ${
      options.best
        ? // Every visible candidate, with or without a connection: the table tells "none" from "not yours".
          sql`select cand.id as candidate_id, cand.first_name as candidate_first_name, r.member_id, r.name, r.email,
              r.matched_by, r.worked, r.mark, r.strength, coalesce(r.total, 0) as total
            from cand left join (
              select s.*, count(*) over (partition by s.candidate_id)::int as total,
                row_number() over (partition by s.candidate_id order by s.strength desc, s.name, s.member_id) as position
              from scored s
            ) r on r.candidate_id = cand.id and r.position = 1`
        : sql`select * from scored order by strength desc, name, member_id`
    }`;
}
