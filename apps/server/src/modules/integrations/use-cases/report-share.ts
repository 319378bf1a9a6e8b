import { requireCheck, type ShareCaller } from '../report-share-access.ts';
import { listShareLinkRows } from '../report-share-links.repo.ts';

/** The check's links, newest first, with how often and when last they were opened. */
export async function listShareLinks(caller: ShareCaller, checkId: string) {
  const { ctx } = caller;
  await requireCheck(caller, checkId);
  const rows = await listShareLinkRows(ctx.db, ctx.tenantId, checkId);
  return rows.map((r) => ({
    id: r.id,
    expiresAt: r.expiresAt.toISOString(),
    revokedAt: r.revokedAt?.toISOString() ?? null,
    createdAt: r.createdAt.toISOString(),
    createdByName: r.createdByName,
    opens: Number(r.opens),
    lastOpenedAt: r.lastOpenedAt ? new Date(r.lastOpenedAt).toISOString() : null,
  }));
}

export type ShareLinkView = Awaited<ReturnType<typeof listShareLinks>>[number];

export const toV1ShareLink = (l: ShareLinkView) => ({
  id: l.id,
  expires_at: l.expiresAt,
  revoked_at: l.revokedAt,
  created_at: l.createdAt,
  opens: l.opens,
  last_opened_at: l.lastOpenedAt,
});
