import { notFound } from '../../../platform/errors.ts';
import type { Ctx } from '../../../platform/http/context.ts';
import { listCheckTimeline } from '../check-timeline.repo.ts';
import { loadCheckView } from '../checks.repo.ts';
import { memberScope } from '../recruiter-check-change.ts';

export async function getCheck(ctx: Ctx, checkId: string) {
  const found = await loadCheckView(ctx.db, ctx.tenantId, checkId, memberScope(ctx));
  if (!found) throw notFound();
  return found;
}

/** The check's timeline (who did what, when), for the same callers as the check itself. */
export async function getCheckTimeline(ctx: Ctx, checkId: string) {
  const check = await getCheck(ctx, checkId);
  return { items: await listCheckTimeline(ctx.db, ctx.tenantId, check.id) };
}
