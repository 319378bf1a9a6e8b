import { notFound } from '../../../platform/errors.ts';
import { requireCheck, type ShareCaller } from '../report-share-access.ts';
import { setShareLinkRevoked } from '../report-share-links.repo.ts';
import { listShareLinks, type ShareLinkView } from './report-share.ts';

/** Revokes at once; revoking again keeps the first time. */
export async function revokeShareLink(caller: ShareCaller, checkId: string, linkId: string): Promise<ShareLinkView> {
  const { ctx } = caller;
  await requireCheck(caller, checkId);
  const revoked = await setShareLinkRevoked(ctx.db, ctx.tenantId, checkId, linkId);
  if (!revoked) throw notFound('share_link.not_found');
  return (await listShareLinks(caller, checkId)).find((l) => l.id === linkId)!;
}
