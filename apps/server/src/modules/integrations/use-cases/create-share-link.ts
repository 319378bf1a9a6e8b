import { randomToken, sha256 } from '../../../platform/crypto.ts';
import { AppError } from '../../../platform/errors.ts';
import { requireCheck, type ShareCaller, shareUrl, sharingEnabled } from '../report-share-access.ts';
import { insertShareLink } from '../report-share-links.repo.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

export async function createShareLink(caller: ShareCaller, checkId: string, expiresInDays: number) {
  const { ctx } = caller;
  await requireCheck(caller, checkId);
  if (!(await sharingEnabled(ctx.db, ctx.tenantId))) {
    throw new AppError('share_links_disabled');
  }
  const token = randomToken();
  const row = await insertShareLink(ctx.db, ctx.tenantId, {
    checkId,
    tokenHash: sha256(token),
    expiresAt: new Date(Date.now() + expiresInDays * DAY_MS),
    createdById: caller.kind === 'member' ? caller.ctx.actor.membershipId : null,
    createdByApiKeyId: caller.kind === 'api' ? caller.ctx.apiKey.id : null,
  });
  return { id: row.id, url: shareUrl(ctx.config.publicUrl, token), expiresAt: row.expiresAt.toISOString() };
}
