import { randomBytes } from 'node:crypto';
import type { TShareLink } from '@vouch/contracts';
import type { Config } from '../../../platform/config.ts';
import { notFound } from '../../../platform/errors.ts';
import type { Ctx } from '../../../platform/http/context.ts';
import { findJobRow } from '../../hiring/index.ts';
import { ensureShareLinkRow, findMemberShareLink, listMemberShareLinks } from '../share-links.repo.ts';

/** A share link's public address. Short and independent of the careers page's address, which may change. */
export const shareLinkUrl = (config: Pick<Config, 'publicUrl'>, token: string) => `${config.publicUrl}/j/${token}`;

type LinkRow = NonNullable<Awaited<ReturnType<typeof findMemberShareLink>>>;
const toView = (config: Pick<Config, 'publicUrl'>, row: LinkRow): TShareLink => ({
  id: row.id,
  jobId: row.jobId,
  jobTitle: row.jobTitle,
  jobOpen: row.jobOpen,
  url: shareLinkUrl(config, row.token),
  views: row.views,
  applications: row.applications,
  createdAt: row.createdAt.toISOString(),
});

/**
 * The caller's personal link to an open job of their company, made on first request. The token is
 * 128 random bits: it grants nothing but attribution, yet nobody should guess someone else's.
 * Another company's job, or one that is not open, is a 404.
 */
export async function shareLinkFor(ctx: Ctx, jobId: string): Promise<TShareLink> {
  const job = await findJobRow(ctx.db, ctx.tenantId, jobId);
  if (job?.status !== 'open' || job.archivedAt) throw notFound('job.not_shareable');
  const existing = await findMemberShareLink(ctx.db, ctx.tenantId, ctx.actor.membershipId, jobId);
  if (existing) return toView(ctx.config, existing);
  await ensureShareLinkRow(ctx.db, ctx.tenantId, ctx.actor.membershipId, jobId, randomBytes(16).toString('base64url'));
  const created = await findMemberShareLink(ctx.db, ctx.tenantId, ctx.actor.membershipId, jobId);
  if (!created) throw notFound('job.not_shareable');
  return toView(ctx.config, created);
}

/** The caller's links with their views and applications. */
export async function listMyShareLinks(ctx: Ctx): Promise<TShareLink[]> {
  const rows = await listMemberShareLinks(ctx.db, ctx.tenantId, ctx.actor.membershipId);
  return rows.map((row) => toView(ctx.config, row));
}
