import { MAX_EDUCATION, type TEducationEntry, type TLinkedinCsvImportResult } from '@vouch/contracts';
import type { Ctx } from '../../../platform/http/context.ts';
import { parseEducationCsv } from '../linkedin-history.ts';
import { listEducation, replaceEducation } from '../member-history.repo.ts';
import { mergeImported } from './merge-imported.ts';

const mine = (ctx: Ctx) => ({ membershipId: ctx.actor.membershipId });

/** The signed-in member's own education (My settings → Education). */
export const getMyEducation = (ctx: Ctx) => listEducation(ctx.db, ctx.tenantId, mine(ctx));

/** Saves the member's whole list (add, edit, remove and reorder are one save). */
export async function saveMyEducation(ctx: Ctx, items: TEducationEntry[]) {
  return ctx.db.transaction(async (tx) => {
    await replaceEducation(tx, ctx.tenantId, mine(ctx), items);
    return listEducation(tx, ctx.tenantId, mine(ctx));
  });
}

/** Adds the schools of LinkedIn's Education.csv, as `importMyPositions` does positions. */
export async function importMyEducation(ctx: Ctx, csv: string): Promise<TLinkedinCsvImportResult> {
  const parsed = parseEducationCsv(csv);
  return ctx.db.transaction(async (tx) => {
    const current = await listEducation(tx, ctx.tenantId, mine(ctx));
    const keyOf = (e: TEducationEntry) =>
      [e.schoolName.toLowerCase(), (e.degree ?? '').toLowerCase(), e.startDate ?? ''].join('|');
    const merged = mergeImported(current, parsed, keyOf, MAX_EDUCATION);
    if (merged.added) await replaceEducation(tx, ctx.tenantId, mine(ctx), merged.list);
    return merged.result;
  });
}
