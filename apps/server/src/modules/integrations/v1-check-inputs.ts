import { ZRefereeInput, type ZV1RefereeInput, type ZV1StartReferenceCheckRequest } from '@vouch/contracts';
import type { z } from 'zod';
import type { Db } from '../../platform/db/db.ts';
import { notFound } from '../../platform/errors.ts';
import type { ApiCtx } from '../../platform/http/context.ts';
import { lockCheckForKey } from './v1-reference-checks.repo.ts';

/**
 * What the `/api/v1/reference-checks` use cases share: the request bodies, the API's referee as the
 * references module takes it, and the key's lock on a check it changes.
 */

export type StartBody = z.output<typeof ZV1StartReferenceCheckRequest>;

export type RefereeBody = z.output<typeof ZV1RefereeInput>;

/** The API's referee as the references module takes it (its shared rules run on it there). */
export const refereeFields = (r: RefereeBody) =>
  ZRefereeInput.parse({
    name: r.name,
    email: r.email,
    phone: r.phone,
    relationship: r.relationship,
    company: r.company,
    workedTogether: r.worked_together,
    language: r.language,
  });

/** The check's row, locked for a change; 404 outside the company or the key's sub-account. */
export async function lockV1Check(tx: Db, ctx: ApiCtx, checkId: string) {
  const own = ctx.apiKey.subAccountId;
  const check = await lockCheckForKey(tx, ctx.tenantId, checkId, own);
  if (!check) throw notFound('reference_check.not_found');
  return check;
}
