import {
  statusFitsSource,
  type TNetworkReferral,
  type TNetworkReferralDetail,
  type TNetworkReferralPage,
  type TReferralStatus,
  type ZNetworkReferralQuery,
} from '@vouch/contracts';
import type { z } from 'zod';
import { AppError, fieldError, notFound, unknownId } from '../../../platform/errors.ts';
import type { Ctx } from '../../../platform/http/context.ts';
import { decodeCursor, pageOf } from '../../../platform/http/cursor.ts';
import { highlightTerms, parseQuery, type QueryNode, QuerySyntaxError } from '../../network/index.ts';
import { findDepartment } from '../../tenancy/index.ts';
import { auditedExport } from '../csv.ts';
import type { NetworkReferralFilter } from '../network-referral-filters.ts';
import { EXPORT_ROW_LIMIT, networkReferralsCsv } from '../network-referrals.csv.ts';
import {
  listNewestNetworkReferrals,
  listRankedNetworkReferrals,
  loadNetworkReferral,
  loadNetworkReferralWithEvents,
  type NewestKey,
  type RankedKey,
} from '../network-referrals.repo.ts';
import { moveReferralStatus } from '../referral-status.ts';
import { claimReferral, listOwnDepartments, lockReferral, setReferralDepartment } from '../referral-updates.repo.ts';

export type NetworkReferralQuery = z.output<typeof ZNetworkReferralQuery>;
type FilterQuery = Omit<NetworkReferralQuery, 'cursor' | 'limit'>;

/** A query the person can fix is a 422 that names `q` and says where the problem is, never a 500. */
function parseSearch(q: string | undefined): QueryNode | null {
  if (!q) return null;
  try {
    return parseQuery(q);
  } catch (error) {
    if (!(error instanceof QuerySyntaxError)) throw error;
    throw new AppError(error.reason, error.params, {
      fieldErrors: [{ field: 'q', message: error.message, reason: error.reason, params: error.params }],
      detail: `The search could not be read: ${error.message}`,
    });
  }
}

/** The filters as the repository takes them, and which departments the default view narrowed to. */
async function resolveFilter(ctx: Ctx, query: FilterQuery) {
  if (query.from && query.to && query.from > query.to) throw fieldError('to', 'range.end_before_start');
  const search = parseSearch(query.q);
  // "Mine" is the departments the recruiter chose in their settings; having chosen none means all.
  const own = query.scope === 'mine' ? await listOwnDepartments(ctx.db, ctx.tenantId, ctx.actor.membershipId) : [];
  const scope: TNetworkReferralPage['scope'] = own.length
    ? { mode: 'mine', departments: own }
    : { mode: 'all', departments: [] };
  const filter: NetworkReferralFilter = {
    tab: query.tab,
    mark: query.mark,
    referrerId: query.referrerId,
    departmentId: query.departmentId,
    scopeDepartmentIds: own.length ? own.map((d) => d.id) : null,
    from: query.from,
    to: query.to,
    overdue: query.overdue,
    search,
  };
  return { filter, scope };
}

export async function listNetworkReferrals(ctx: Ctx, query: NetworkReferralQuery): Promise<TNetworkReferralPage> {
  const { filter, scope } = await resolveFilter(ctx, query);
  const limit = query.limit + 1;
  if (!filter.search) {
    const after = decodeCursor(query.cursor, ['timestamp', 'uuid']) as NewestKey | null;
    const rows = await listNewestNetworkReferrals(ctx.db, ctx.tenantId, filter, { after, limit });
    return { ...pageOf(rows, query.limit, (r) => [r.createdAt, r.id]), highlights: [], scope };
  }
  const after = decodeCursor(query.cursor, ['number', 'timestamp', 'uuid']) as RankedKey | null;
  const ranked = await listRankedNetworkReferrals(
    ctx.db,
    ctx.tenantId,
    { ...filter, search: filter.search },
    {
      after,
      limit,
    },
  );
  const page = pageOf(ranked, query.limit, (r) => [r.rank, r.createdAt, r.id]);
  return {
    items: page.items.map(({ rank: _rank, ...item }): TNetworkReferral => item),
    nextCursor: page.nextCursor,
    highlights: highlightTerms(filter.search),
    scope,
  };
}

/**
 * The same list as a CSV file, newest first (a spreadsheet sorts itself, so a search only selects
 * rows here). At most EXPORT_ROW_LIMIT rows; the file's last line says when there were more.
 */
export async function exportNetworkReferrals(ctx: Ctx, query: FilterQuery) {
  const { filter } = await resolveFilter(ctx, query);
  const rows = await listNewestNetworkReferrals(ctx.db, ctx.tenantId, filter, {
    after: null,
    limit: EXPORT_ROW_LIMIT + 1,
  });
  const truncated = rows.length > EXPORT_ROW_LIMIT;
  return auditedExport(ctx, 'network_referrals', {
    csv: networkReferralsCsv(rows.slice(0, EXPORT_ROW_LIMIT), ctx.actor.language, truncated),
    rows: Math.min(rows.length, EXPORT_ROW_LIMIT),
    truncated,
  });
}

/** Any referral of the company with its timeline; another company's id is a 404. */
export async function loadNetworkReferralDetail(ctx: Ctx, referralId: string): Promise<TNetworkReferralDetail> {
  const referral = await loadNetworkReferralWithEvents(ctx.db, ctx.tenantId, referralId);
  if (!referral) throw notFound('referral.not_found');
  return referral;
}

/**
 * A recruiter sets a status by hand (one that fits the referral's source), with an optional note for the timeline. Setting the status it
 * already has is a 409: it would add a timeline line that records nothing.
 */
export async function changeReferralStatus(
  ctx: Ctx,
  referralId: string,
  change: { status: TReferralStatus; note: string | null },
) {
  await ctx.db.transaction(async (tx) => {
    const current = await lockReferral(tx, ctx.tenantId, referralId);
    if (!current) throw notFound('referral.not_found');
    if (current.status === change.status) {
      throw fieldError('status', 'referral.same_status');
    }
    // The pencil offers only the statuses that fit how the referral began; so does the server.
    if (!statusFitsSource(current.source, change.status))
      throw fieldError('status', 'referral.status_not_for_source', { status: change.status });
    await moveReferralStatus(tx, {
      companyId: ctx.tenantId,
      referralId,
      to: change.status,
      actorMembershipId: ctx.actor.membershipId,
      note: change.note,
    });
    await claimReferral(tx, ctx.tenantId, referralId, ctx.actor.membershipId);
  });
  return loadNetworkReferralDetail(ctx, referralId);
}

/** Files a referral under one of the company's departments, or none. */
export async function updateNetworkReferral(ctx: Ctx, referralId: string, update: { departmentId: string | null }) {
  // The referral first: another company's id must be a 404 whatever the body says.
  if (!(await loadNetworkReferral(ctx.db, ctx.tenantId, referralId))) throw notFound('referral.not_found');
  if (update.departmentId && !(await findDepartment(ctx.db, ctx.tenantId, update.departmentId))) {
    throw unknownId('departmentId', 'company.unknown_department');
  }
  await setReferralDepartment(ctx.db, ctx.tenantId, referralId, update.departmentId);
  return loadNetworkReferralDetail(ctx, referralId);
}
