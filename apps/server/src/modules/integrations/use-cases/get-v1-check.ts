import type { TV1ReferenceCheck } from '@vouch/contracts';
import { notFound } from '../../../platform/errors.ts';
import type { ApiCtx } from '../../../platform/http/context.ts';
import { loadChecksWithExternalIds } from '../../references/index.ts';
import { checkScopeOfKey } from './v1-common.ts';
import { externalIdsFrom, v1CheckOf } from './v1-serialize.ts';

/** The check as the API shows it, or 404 when it is another company's or outside the key's sub-account. */
export async function getV1Check(ctx: ApiCtx, checkId: string): Promise<TV1ReferenceCheck> {
  const found = await loadChecksWithExternalIds(ctx.db, ctx.tenantId, { checkId, limit: 1 }, checkScopeOfKey(ctx));
  if (!found.length) throw notFound('reference_check.not_found');
  return v1CheckOf(found[0].view, externalIdsFrom(found), ctx.config);
}
