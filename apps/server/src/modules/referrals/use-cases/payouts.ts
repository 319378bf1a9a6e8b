import type { TBonusState, TReferralBonusPage } from '@vouch/contracts';
import { AppError, fieldError, fieldProblem, notFound } from '../../../platform/errors.ts';
import type { Ctx } from '../../../platform/http/context.ts';
import { decodeCursor, pageOf } from '../../../platform/http/cursor.ts';
import { getCompany } from '../../tenancy/index.ts';
import { addDays, dayIn } from '../bonus-dates.ts';
import { auditedExport, EXPORT_ROW_LIMIT } from '../csv.ts';
import { payoutsCsv } from '../payouts.csv.ts';
import { findPayout, listPayoutRows, lockBonus, toReferralBonus, updateBonus } from '../referral-bonuses.repo.ts';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

function afterOf(cursor: string | undefined): [string, string] | null {
  const key = decodeCursor(cursor, ['text', 'uuid']);
  if (!key) return null;
  if (!DAY.test(String(key[0])) || Number.isNaN(Date.parse(String(key[0]))))
    throw new AppError(
      'request.cursor_invalid',
      {},
      { fieldErrors: [fieldProblem('cursor', 'request.cursor_field_invalid')] },
    );
  return [String(key[0]), String(key[1])];
}

/** Bonuses of the states asked for (none: all), the longest due first. */
export async function listPayouts(
  ctx: Ctx,
  query: { state: TBonusState[]; cursor?: string; limit: number },
): Promise<TReferralBonusPage> {
  const rows = await listPayoutRows(
    ctx.db,
    ctx.tenantId,
    { states: query.state },
    { after: afterOf(query.cursor), limit: query.limit + 1 },
  );
  const page = pageOf(rows, query.limit, (r) => [r.bonus.eligibleOn, r.bonus.id]);
  return { items: page.items.map(toReferralBonus), nextCursor: page.nextCursor };
}

/** The payouts list as payroll's CSV file; at most EXPORT_ROW_LIMIT rows. */
export async function exportPayouts(ctx: Ctx, query: { state: TBonusState[] }) {
  const rows = await listPayoutRows(
    ctx.db,
    ctx.tenantId,
    { states: query.state },
    { after: null, limit: EXPORT_ROW_LIMIT + 1 },
  );
  const truncated = rows.length > EXPORT_ROW_LIMIT;
  const items = rows.slice(0, EXPORT_ROW_LIMIT).map(toReferralBonus);
  return auditedExport(ctx, 'referral_payouts', {
    csv: payoutsCsv(items, ctx.actor.language, truncated),
    rows: items.length,
    truncated,
  });
}

/** How far from the day of the hire a start date may be, either way. */
export const START_DATE_WINDOW_DAYS = 365;

/** While pending, the hire's start date can be set (the recruiter's, or an admin's correction); its eligible day follows. */
export async function setBonusStartDate(ctx: Ctx, bonusId: string, startDate: string) {
  await ctx.db.transaction(async (tx) => {
    const locked = await lockBonus(tx, ctx.tenantId, bonusId);
    if (!locked) throw notFound();
    if (locked.bonus.state !== 'pending') throw new AppError('bonus.not_pending');
    // A typo (2062 for 2026) would push the bonus out by decades, or make it due at once.
    const hiredOn = dayIn(locked.bonus.hiredAt, (await getCompany(tx, ctx.tenantId))?.timeZone ?? 'UTC');
    const [from, to] = [addDays(hiredOn, -START_DATE_WINDOW_DAYS), addDays(hiredOn, START_DATE_WINDOW_DAYS)];
    if (startDate < from || startDate > to)
      throw fieldError('startDate', 'bonus.start_date_out_of_range', { from, to });
    await updateBonus(tx, ctx.tenantId, bonusId, {
      startDate,
      eligibleOn: addDays(startDate, locked.bonus.waitingDays),
    });
  });
  return (await findPayout(ctx.db, ctx.tenantId, bonusId))!;
}
