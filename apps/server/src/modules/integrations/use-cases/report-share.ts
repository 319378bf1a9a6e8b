import type { TReport } from '@vouch/contracts';
import { and, desc, eq, sql } from 'drizzle-orm';
import { randomToken, sha256 } from '../../../platform/crypto.ts';
import type { Db } from '../../../platform/db/db.ts';
import { AppError, notFound } from '../../../platform/errors.ts';
import type { ApiCtx, Ctx } from '../../../platform/http/context.ts';
import { buildReport, type CheckScope, loadCheckView, subAccountScope } from '../../references/index.ts';
import { companies, memberships, users } from '../../tenancy/index.ts';
import { reportShareLinks, reportShareOpens } from '../integrations.tables.ts';

/**
 * Share links to a report, for an ATS that embeds it: a random 256-bit token in the URL, only its
 * SHA-256 stored, expiring (30 days unless asked otherwise), revocable, and every open logged. They
 * work only while the company's admin setting is on: turning it off stops every link at once.
 */

/** Who creates a link: a signed-in admin or recruiter, or an API key. */
export type ShareCaller = { kind: 'member'; ctx: Ctx } | { kind: 'api'; ctx: ApiCtx };

const DAY_MS = 24 * 60 * 60 * 1000;
export const shareUrl = (publicUrl: string, token: string) => `${publicUrl}/shared/reports/${token}`;

export async function sharingEnabled(db: Db, companyId: string) {
  const [row] = await db
    .select({ enabled: companies.reportShareLinksEnabled })
    .from(companies)
    .where(eq(companies.id, companyId));
  return row?.enabled ?? false;
}

/** The check, if the caller may read it (a sub-account key or a limited recruiter sees only theirs); else 404. */
async function requireCheck(caller: ShareCaller, checkId: string) {
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

export async function createShareLink(caller: ShareCaller, checkId: string, expiresInDays: number) {
  const { ctx } = caller;
  await requireCheck(caller, checkId);
  if (!(await sharingEnabled(ctx.db, ctx.tenantId))) {
    throw new AppError('share_links_disabled');
  }
  const token = randomToken();
  const [row] = await ctx.db
    .insert(reportShareLinks)
    .values({
      companyId: ctx.tenantId,
      checkId,
      tokenHash: sha256(token),
      expiresAt: new Date(Date.now() + expiresInDays * DAY_MS),
      createdById: caller.kind === 'member' ? caller.ctx.actor.membershipId : null,
      createdByApiKeyId: caller.kind === 'api' ? caller.ctx.apiKey.id : null,
    })
    .returning({ id: reportShareLinks.id, expiresAt: reportShareLinks.expiresAt });
  return { id: row.id, url: shareUrl(ctx.config.publicUrl, token), expiresAt: row.expiresAt.toISOString() };
}

const openCount = sql<number>`(select count(*)::int from ${reportShareOpens} o where o.link_id = "report_share_links"."id")`;
const lastOpen = sql<Date | null>`(select max(o.created_at) from ${reportShareOpens} o where o.link_id = "report_share_links"."id")`;

/** The check's links, newest first, with how often and when last they were opened. */
export async function listShareLinks(caller: ShareCaller, checkId: string) {
  const { ctx } = caller;
  await requireCheck(caller, checkId);
  const rows = await ctx.db
    .select({
      id: reportShareLinks.id,
      expiresAt: reportShareLinks.expiresAt,
      revokedAt: reportShareLinks.revokedAt,
      createdAt: reportShareLinks.createdAt,
      createdByName: sql<string | null>`coalesce(nullif(${users.name}, ''), ${users.email})`,
      opens: openCount,
      lastOpenedAt: lastOpen,
    })
    .from(reportShareLinks)
    .leftJoin(memberships, eq(memberships.id, reportShareLinks.createdById))
    .leftJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(reportShareLinks.companyId, ctx.tenantId), eq(reportShareLinks.checkId, checkId)))
    .orderBy(desc(reportShareLinks.createdAt), desc(reportShareLinks.id));
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

/** Revokes at once; revoking again keeps the first time. */
export async function revokeShareLink(caller: ShareCaller, checkId: string, linkId: string): Promise<ShareLinkView> {
  const { ctx } = caller;
  await requireCheck(caller, checkId);
  const [row] = await ctx.db
    .update(reportShareLinks)
    .set({ revokedAt: sql`coalesce(${reportShareLinks.revokedAt}, now())` })
    .where(
      and(
        eq(reportShareLinks.companyId, ctx.tenantId),
        eq(reportShareLinks.checkId, checkId),
        eq(reportShareLinks.id, linkId),
      ),
    )
    .returning({ id: reportShareLinks.id });
  if (!row) throw notFound('share_link.not_found');
  return (await listShareLinks(caller, checkId)).find((l) => l.id === linkId)!;
}

export const toV1ShareLink = (l: ShareLinkView) => ({
  id: l.id,
  expires_at: l.expiresAt,
  revoked_at: l.revokedAt,
  created_at: l.createdAt,
  opens: l.opens,
  last_opened_at: l.lastOpenedAt,
});

export type OpenedShareLink =
  | { outcome: 'not_found' }
  | { outcome: 'gone' }
  | { outcome: 'ok'; report: TReport; company: { name: string; timeZone: string } };

/** The same as the reader the report is built for: it sees every check of the company. */
const NOBODY = '00000000-0000-0000-0000-000000000000';

/**
 * Opens a link: unknown → not found; expired, revoked, or sharing turned off → gone; otherwise the
 * open is logged and the report returned (built as for an admin of the link's company).
 */
export async function openShareLink(
  services: Pick<Ctx, 'db' | 'config' | 'log' | 'requestId'>,
  token: string,
  visitor: { ip: string | null; userAgent: string | null },
): Promise<OpenedShareLink> {
  const { db } = services;
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return { outcome: 'not_found' };
  const [link] = await db
    .select({
      id: reportShareLinks.id,
      companyId: reportShareLinks.companyId,
      checkId: reportShareLinks.checkId,
      expiresAt: reportShareLinks.expiresAt,
      revokedAt: reportShareLinks.revokedAt,
      enabled: companies.reportShareLinksEnabled,
      companyName: companies.name,
      timeZone: companies.timeZone,
    })
    .from(reportShareLinks)
    .innerJoin(companies, eq(companies.id, reportShareLinks.companyId))
    .where(eq(reportShareLinks.tokenHash, sha256(token)));
  if (!link) return { outcome: 'not_found' };
  if (!link.enabled || link.revokedAt || link.expiresAt.getTime() <= Date.now()) return { outcome: 'gone' };
  await db.insert(reportShareOpens).values({
    companyId: link.companyId,
    linkId: link.id,
    ip: visitor.ip?.slice(0, 100) ?? null,
    userAgent: visitor.userAgent?.slice(0, 500) ?? null,
  });
  const report = await buildReport(
    {
      ...services,
      tenantId: link.companyId,
      actor: {
        userId: NOBODY,
        membershipId: NOBODY,
        sessionId: NOBODY,
        email: '',
        name: '',
        language: 'en',
        role: 'admin',
        agencyId: null,
      },
    },
    link.checkId,
  );
  return { outcome: 'ok', report, company: { name: link.companyName, timeZone: link.timeZone } };
}
