import { and, desc, eq, ilike, isNull, sql } from 'drizzle-orm';
import type { Dashboard, DashboardCard } from '../../../platform/dashboard.ts';
import type { Ctx } from '../../../platform/http/context.ts';
import { candidateScopeFilter, prefixTsQuery } from '../candidates.repo.ts';
import { candidates, jobRecruiters, jobs, placements } from '../hiring.tables.ts';
import { jobScopeFilter } from '../jobs.repo.ts';
import { candidateScopeOf } from './candidate-access.ts';
import { jobScopeOf } from './job-access.ts';

const canSeeCandidates = (ctx: Ctx) => ['admin', 'recruiter', 'hiring_manager'].includes(ctx.actor.role);

/** The header's search box: a few candidates and jobs the caller may see. */
export async function globalSearch(ctx: Ctx, q: string) {
  const tsQuery = prefixTsQuery(q);
  const pattern = `%${q.replace(/[%_\\]/g, '\\$&')}%`;
  const [candidateRows, jobRows] = await Promise.all([
    tsQuery && canSeeCandidates(ctx)
      ? ctx.db
          .select({
            id: candidates.id,
            firstName: candidates.firstName,
            lastName: candidates.lastName,
            currentTitle: candidates.currentTitle,
            currentCompany: candidates.currentCompany,
          })
          .from(candidates)
          .where(
            and(
              eq(candidates.companyId, ctx.tenantId),
              isNull(candidates.anonymizedAt),
              candidateScopeFilter(candidateScopeOf(ctx.actor)),
              sql`${candidates.searchVector} @@ to_tsquery('simple', ${tsQuery})`,
            ),
          )
          .orderBy(desc(candidates.updatedAt))
          .limit(8)
      : [],
    ctx.db
      .select({ id: jobs.id, title: jobs.title, status: jobs.status })
      .from(jobs)
      .where(and(eq(jobs.companyId, ctx.tenantId), jobScopeFilter(jobScopeOf(ctx.actor)), ilike(jobs.title, pattern)))
      .orderBy(desc(jobs.updatedAt))
      .limit(5),
  ]);
  return {
    candidates: candidateRows.map((c) => ({
      id: c.id,
      name: `${c.firstName} ${c.lastName}`,
      detail: [c.currentTitle, c.currentCompany].filter(Boolean).join(', ') || null,
    })),
    jobs: jobRows.map((j) => ({ ...j, status: j.status as 'open' | 'archived' })),
  };
}

/**
 * What needs attention, per role: hiring's own cards, then those the other modules registered (the
 * referrals module's board and introductions counts), in their registration order.
 */
export async function loadDashboard(ctx: Ctx, dashboard: Dashboard) {
  const scope = jobScopeOf(ctx.actor);
  const myJobFilter = sql`(${jobs.hiringManagerId} = ${ctx.actor.membershipId} or exists (
    select 1 from ${jobRecruiters} jr where jr.job_id = ${jobs}.id and jr.membership_id = ${ctx.actor.membershipId}))`;
  const [counts] = await ctx.db
    .select({
      openJobs: sql<number>`count(*) filter (where ${jobs.status} = 'open')::int`,
      myOpenJobs: sql<number>`count(*) filter (where ${jobs.status} = 'open' and ${myJobFilter})::int`,
    })
    .from(jobs)
    .where(and(eq(jobs.companyId, ctx.tenantId), jobScopeFilter(scope)));
  const cards: DashboardCard[] = [
    { key: 'open_jobs', count: counts.openJobs, href: '/jobs?status=open', tone: 'neutral' },
  ];
  let recentCandidates: { id: string; name: string; updatedAt: string }[] = [];
  if (canSeeCandidates(ctx)) {
    const [candidateCounts] = await ctx.db
      .select({
        total: sql<number>`count(*)::int`,
        unplaced: sql<number>`count(*) filter (where not exists (select 1 from ${placements} p where p.candidate_id = ${candidates}.id))::int`,
        newThisWeek: sql<number>`count(*) filter (where ${candidates.createdAt} > now() - interval '7 days')::int`,
      })
      .from(candidates)
      .where(and(eq(candidates.companyId, ctx.tenantId), candidateScopeFilter(candidateScopeOf(ctx.actor))));
    cards.push(
      { key: 'my_open_jobs', count: counts.myOpenJobs, href: '/jobs?mine=true', tone: 'neutral' },
      { key: 'candidates', count: candidateCounts.total, href: '/candidates', tone: 'neutral' },
      {
        key: 'new_candidates_week',
        count: candidateCounts.newThisWeek,
        href: '/candidates?sort=created_desc',
        tone: 'neutral',
      },
    );
    if (ctx.actor.role !== 'hiring_manager')
      cards.push({
        key: 'unplaced_candidates',
        count: candidateCounts.unplaced,
        href: '/candidates',
        tone: candidateCounts.unplaced ? 'attention' : 'neutral',
      });
    const recent = await ctx.db
      .select({
        id: candidates.id,
        firstName: candidates.firstName,
        lastName: candidates.lastName,
        updatedAt: candidates.updatedAt,
      })
      .from(candidates)
      .where(and(eq(candidates.companyId, ctx.tenantId), candidateScopeFilter(candidateScopeOf(ctx.actor))))
      .orderBy(desc(candidates.updatedAt), desc(candidates.id))
      .limit(8);
    recentCandidates = recent.map((c) => ({
      id: c.id,
      name: `${c.firstName} ${c.lastName}`,
      updatedAt: c.updatedAt.toISOString(),
    }));
  }
  cards.push(...(await dashboard.cardsFor(ctx)));
  const myJobs = await ctx.db
    .select({
      id: jobs.id,
      title: jobs.title,
      candidateCount: sql<number>`(select count(*)::int from ${placements} p where p.job_id = ${jobs}.id)`,
    })
    .from(jobs)
    .where(
      and(
        eq(jobs.companyId, ctx.tenantId),
        eq(jobs.status, 'open'),
        jobScopeFilter(scope),
        ctx.actor.role === 'employee' || ctx.actor.role === 'agent' ? undefined : myJobFilter,
      ),
    )
    .orderBy(desc(jobs.updatedAt))
    .limit(8);
  return { role: ctx.actor.role, cards, recentCandidates, myJobs };
}
