import type { TJobAgencies } from '@vouch/contracts';
import { notFound, unknownId } from '../../../platform/errors.ts';
import type { Ctx } from '../../../platform/http/context.ts';
import { findJobRow } from '../../hiring/index.ts';
import { listAgencies, listJobAgencyIds, replaceJobAgencies } from '../owned-referrals.repo.ts';

/** The agencies that may submit to a job (job settings), and every agency of the company to choose from. */
export async function getJobAgencies(ctx: Ctx, jobId: string) {
  if (!(await findJobRow(ctx.db, ctx.tenantId, jobId))) throw notFound();
  const [agencyIds, all] = await Promise.all([
    listJobAgencyIds(ctx.db, ctx.tenantId, jobId),
    listAgencies(ctx.db, ctx.tenantId),
  ]);
  return { agencyIds, agencies: all };
}

export async function setJobAgencies(ctx: Ctx, jobId: string, input: TJobAgencies) {
  return ctx.db.transaction(async (tx) => {
    if (!(await findJobRow(tx, ctx.tenantId, jobId))) throw notFound();
    if (!(await replaceJobAgencies(tx, ctx.tenantId, jobId, input.agencyIds)))
      throw unknownId('agencyIds', 'referral.unknown_agency');
    return {
      agencyIds: await listJobAgencyIds(tx, ctx.tenantId, jobId),
      agencies: await listAgencies(tx, ctx.tenantId),
    };
  });
}
