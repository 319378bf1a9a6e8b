import { sql } from 'drizzle-orm';
import { AppError } from '../../../platform/errors.ts';
import type { Ctx } from '../../../platform/http/context.ts';
import { recordCheckEvent } from '../check-timeline.repo.ts';
import { updateCheck } from '../checks.repo.ts';
import { changeCheck, staffAction } from '../recruiter-check-change.ts';
import { afterCheckStatusChange } from './check-events.ts';
import { refreshCheckStatus } from './check-status.ts';

/** Closes a running check before every wanted referee answered: completed, reminders stop. */
export const closeCheckEarly = (ctx: Ctx, checkId: string) =>
  changeCheck(ctx, checkId, async (tx, check) => {
    if (check.status !== 'awaiting_referees' && check.status !== 'in_progress')
      throw new AppError('reference_check.close_not_running');
    await updateCheck(tx, check.companyId, check.id, { closedEarly: true, updatedAt: sql`now()` });
    await recordCheckEvent(tx, { ...staffAction(ctx, check), kind: 'closed_early' });
    const change = await refreshCheckStatus(tx, check.companyId, check.id);
    await afterCheckStatusChange(tx, ctx.config, change);
  });
