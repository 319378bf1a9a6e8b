import type { TV1ReferenceCheck } from '@vouch/contracts';
import { notFound } from '../../../platform/errors.ts';
import type { ApiCtx } from '../../../platform/http/context.ts';
import { loadCheckWithExternalIds } from '../../references/index.ts';
import { externalIdsFrom, v1CheckOf } from './v1-serialize.ts';

/** The check as the API shows it, or 404 when it is another company's or outside the key's sub-account. */
export async function getV1Check(ctx: ApiCtx, checkId: string): Promise<TV1ReferenceCheck> {
  const found = await loadCheckWithExternalIds(ctx.db, ctx.tenantId, checkId, ctx.apiKey.subAccountId);
  if (!found) throw notFound('reference_check.not_found');
  return v1CheckOf(found.view, externalIdsFrom([found]), ctx.config);
}
