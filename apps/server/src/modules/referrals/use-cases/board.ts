import type { TBoardCounts, TBoardPage, TBoardReferral, ZBoardQuery } from '@vouch/contracts';
import type { z } from 'zod';
import { fieldError } from '../../../platform/errors.ts';
import type { Ctx } from '../../../platform/http/context.ts';
import { decodeCursor, pageOf } from '../../../platform/http/cursor.ts';
import { contactSearchOf } from '../../network/index.ts';
import { boardCsv } from '../board.csv.ts';
import { BOARD_SORT_KEYS, type BoardKey, countBoard, listBoardRows, toBoardReferral } from '../board.repo.ts';
import type { BoardFilter } from '../board-filters.ts';
import { auditedExport, EXPORT_ROW_LIMIT } from '../csv.ts';
import { listOwnDepartments } from '../referral-updates.repo.ts';

export type BoardQuery = z.output<typeof ZBoardQuery>;
type BoardFilterQuery = Omit<BoardQuery, 'cursor' | 'limit'>;

/**
 * The board's filters, and the departments its default view narrows to: like the introductions and
 * prospects, a recruiter who chose departments in their settings sees those by default (seed 002).
 */
async function filterOf(
  ctx: Ctx,
  query: BoardFilterQuery,
): Promise<{ filter: BoardFilter; scope: TBoardPage['scope'] }> {
  if (query.from && query.to && query.from > query.to) throw fieldError('to', 'range.end_before_start');
  const own = query.scope === 'mine' ? await listOwnDepartments(ctx.db, ctx.tenantId, ctx.actor.membershipId) : [];
  const scope: TBoardPage['scope'] = own.length ? { mode: 'mine', departments: own } : { mode: 'all', departments: [] };
  const filter: BoardFilter = {
    tab: query.tab,
    statuses: query.status,
    jobId: query.jobId,
    referrerId: query.referrerId,
    source: query.source,
    stale: query.stale,
    ownership: query.ownership,
    bonusState: query.bonusState,
    departmentId: query.departmentId,
    from: query.from,
    to: query.to,
    // Words typed into the box, each the start of a word: what people expect of a list's search.
    search: contactSearchOf(query.q),
    scopeDepartmentIds: own.length ? own.map((d) => d.id) : null,
  };
  return { filter, scope };
}

/** Tab totals honour the status filter; the per-status counts are of the current tab. */
async function countsOf(ctx: Ctx, filter: BoardFilter): Promise<TBoardCounts> {
  const groups = await countBoard(ctx.db, ctx.tenantId, filter);
  const counted = (status: string) => !filter.statuses.length || filter.statuses.includes(status as never);
  const total = (active: boolean) =>
    groups.filter((g) => g.active === active && counted(g.status)).reduce((sum, g) => sum + g.count, 0);
  return {
    active: total(true),
    inactive: total(false),
    statuses: groups
      .filter((g) => g.active === (filter.tab === 'active'))
      .map(({ status, count }) => ({ status, count })),
  };
}

/** One page of the board; the first page also carries the counts. */
export async function listBoard(ctx: Ctx, query: BoardQuery): Promise<TBoardPage> {
  const { filter, scope } = await filterOf(ctx, query);
  const sort = BOARD_SORT_KEYS[query.sort];
  const after = decodeCursor(query.cursor, sort.cursor) as BoardKey | null;
  const [rows, counts] = await Promise.all([
    listBoardRows(ctx.db, ctx.tenantId, filter, { sort: query.sort, after, limit: query.limit + 1 }),
    after ? null : countsOf(ctx, filter),
  ]);
  const page = pageOf(rows, query.limit, sort.keyOf);
  return { items: page.items.map(toBoardReferral), nextCursor: page.nextCursor, counts, scope };
}

/** The board's current view as a CSV file, in its sort; at most EXPORT_ROW_LIMIT rows. */
export async function exportBoard(ctx: Ctx, query: BoardFilterQuery) {
  const { filter } = await filterOf(ctx, query);
  const rows = await listBoardRows(ctx.db, ctx.tenantId, filter, {
    sort: query.sort,
    after: null,
    limit: EXPORT_ROW_LIMIT + 1,
  });
  const truncated = rows.length > EXPORT_ROW_LIMIT;
  const items: TBoardReferral[] = rows.slice(0, EXPORT_ROW_LIMIT).map(toBoardReferral);
  return auditedExport(ctx, 'referral_board', {
    csv: boardCsv(items, ctx.actor.language, truncated),
    rows: items.length,
    truncated,
  });
}
