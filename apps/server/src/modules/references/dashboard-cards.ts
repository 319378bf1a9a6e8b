import type { DashboardCard } from '../../platform/dashboard.ts';
import type { Ctx } from '../../platform/http/context.ts';
import { countStalls } from './check-stalls.repo.ts';
import { countChecksNeedingAttention } from './check-summaries.repo.ts';
import { scopeOf } from './recruiter-check-change.ts';

/**
 * The home page's reference check card, for admins and recruiters: running checks that need
 * attention, and candidates in a "Reference check" step whose check could not start.
 */
export async function referenceCheckCards(ctx: Ctx): Promise<DashboardCard[]> {
  if (ctx.actor.role !== 'admin' && ctx.actor.role !== 'recruiter') return [];
  const scope = await scopeOf(ctx);
  const count =
    (await countChecksNeedingAttention(ctx.db, ctx.tenantId, scope)) + (await countStalls(ctx.db, ctx.tenantId, scope));
  return [{ key: 'checks_attention', count, href: '/references', tone: count > 0 ? 'attention' : 'neutral' }];
}
