import type { Db } from '../../platform/db/db.ts';
import { notFound } from '../../platform/errors.ts';
import type { ApiCtx, Ctx } from '../../platform/http/context.ts';
import { type CheckScope, loadCheckView, subAccountScope } from '../references/index.ts';
import { findShareLinksEnabled } from './report-share-links.repo.ts';

/**
 * Share links to a report, for an ATS that embeds it: a random 256-bit token in the URL, only its
 * SHA-256 stored, expiring (30 days unless asked otherwise), revocable, and every open logged. They
 * work only while the company's admin setting is on: turning it off stops every link at once.
 * Here: who may share, where a link opens, and the check it is for.
 */

/** Who creates a link: a signed-in admin or recruiter, or an API key. */
export type ShareCaller = { kind: 'member'; ctx: Ctx } | { kind: 'api'; ctx: ApiCtx };

export const shareUrl = (publicUrl: string, token: string) => `${publicUrl}/shared/reports/${token}`;

export async function sharingEnabled(db: Db, companyId: string) {
  return (await findShareLinksEnabled(db, companyId)) ?? false;
}

/** The check, if the caller may read it (a sub-account key or a limited recruiter sees only theirs); else 404. */
export async function requireCheck(caller: ShareCaller, checkId: string) {
  const { ctx } = caller;
  let scope: CheckScope = { kind: 'all' };
  if (caller.kind === 'api') {
    if (caller.ctx.apiKey.subAccountId) scope = { kind: 'sub_accounts', ids: [caller.ctx.apiKey.subAccountId] };
  } else {
    const ids = await subAccountScope(ctx.db, ctx.tenantId, caller.ctx.actor.membershipId);
    if (ids) scope = { kind: 'sub_accounts', ids };
  }
  const check = await loadCheckView(ctx.db, ctx.tenantId, checkId, scope);
  if (!check) throw notFound('reference_check.not_found');
  return check;
}
