import { MAX_WORK_HISTORY, type TLinkedinCsvImportResult, type TWorkHistoryEntry } from '@vouch/contracts';
import type { Ctx } from '../../../platform/http/context.ts';
import { replaceWorkHistory } from '../candidates.repo.ts';
import { parsePositionsCsv } from '../linkedin-history.ts';
import { listWorkHistory } from '../member-history.repo.ts';
import { mergeImported } from './merge-imported.ts';

const mine = (ctx: Ctx) => ({ membershipId: ctx.actor.membershipId });

/** The signed-in member's own positions (My settings → Work history). */
export const getMyWorkHistory = (ctx: Ctx) => listWorkHistory(ctx.db, ctx.tenantId, mine(ctx));

/** Saves the member's whole list (add, edit, remove and reorder are one save). */
export async function saveMyWorkHistory(ctx: Ctx, items: TWorkHistoryEntry[]) {
  return ctx.db.transaction(async (tx) => {
    await replaceWorkHistory(tx, ctx.tenantId, mine(ctx), items);
    return listWorkHistory(tx, ctx.tenantId, mine(ctx));
  });
}

/**
 * Adds the positions of LinkedIn's Positions.csv to the member's list: rows already there are not
 * added twice, bad rows are reported by line and the good ones kept.
 */
export async function importMyPositions(ctx: Ctx, csv: string): Promise<TLinkedinCsvImportResult> {
  const parsed = parsePositionsCsv(csv);
  return ctx.db.transaction(async (tx) => {
    const current = await listWorkHistory(tx, ctx.tenantId, mine(ctx));
    const keyOf = (w: TWorkHistoryEntry) =>
      [w.companyName.toLowerCase(), (w.title ?? '').toLowerCase(), w.startDate ?? ''].join('|');
    const merged = mergeImported(current, parsed, keyOf, MAX_WORK_HISTORY);
    if (merged.added) await replaceWorkHistory(tx, ctx.tenantId, mine(ctx), merged.list);
    return merged.result;
  });
}
