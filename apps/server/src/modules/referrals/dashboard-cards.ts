import type { DashboardCard } from '../../platform/dashboard.ts';
import type { Ctx } from '../../platform/http/context.ts';
import { getCompany, listMemberDepartmentIds } from '../tenancy/index.ts';
import { countActiveAndStale } from './board.repo.ts';
import { countIntroductionDeadlines } from './sla.repo.ts';

const tone = (count: number) => (count > 0 ? ('attention' as const) : ('neutral' as const));

/**
 * The home page's referral cards, for admins and recruiters: the referral board's active and stale
 * referrals (the whole company's, as the board shows them), then email introductions against their
 * service level, counted as the caller's default Referrals list shows them (their own departments
 * when they chose any). "Today" is the company's calendar day.
 */
export async function referralCards(ctx: Ctx): Promise<DashboardCard[]> {
  if (ctx.actor.role !== 'admin' && ctx.actor.role !== 'recruiter') return [];
  const [company, own, board] = await Promise.all([
    getCompany(ctx.db, ctx.tenantId),
    listMemberDepartmentIds(ctx.db, ctx.tenantId, ctx.actor.membershipId),
    countActiveAndStale(ctx.db, ctx.tenantId),
  ]);
  const { dueToday, overdue } = await countIntroductionDeadlines(ctx.db, ctx.tenantId, {
    now: new Date(),
    timeZone: company?.timeZone ?? 'UTC',
    departmentIds: own.length ? own : null,
  });
  return [
    { key: 'referrals_active', count: board.active, href: '/referrals', tone: 'neutral' },
    { key: 'referrals_stale', count: board.stale, href: '/referrals?stale=true', tone: tone(board.stale) },
    { key: 'introductions_due_today', count: dueToday, href: '/referrals?tab=introductions', tone: tone(dueToday) },
    {
      key: 'introductions_overdue',
      count: overdue,
      href: '/referrals?tab=introductions&overdue=true',
      tone: tone(overdue),
    },
  ];
}
