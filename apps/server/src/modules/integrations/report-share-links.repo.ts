import { and, desc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/db.ts';
import { companies, memberships, users } from '../tenancy/index.ts';
import { reportShareLinks, reportShareOpens } from './integrations.tables.ts';

/** Report share links and their opens. Opening starts from the token's hash, which names the company. */

/** The company's "report share links" setting, or null when no such company. */
export async function findShareLinksEnabled(db: Db, companyId: string) {
  const [row] = await db
    .select({ enabled: companies.reportShareLinksEnabled })
    .from(companies)
    .where(eq(companies.id, companyId));
  return row ? row.enabled : null;
}

export async function insertShareLink(
  db: Db,
  companyId: string,
  values: Omit<typeof reportShareLinks.$inferInsert, 'companyId'>,
) {
  const [row] = await db
    .insert(reportShareLinks)
    .values({ ...values, companyId })
    .returning({ id: reportShareLinks.id, expiresAt: reportShareLinks.expiresAt });
  return row;
}

const openCount = sql<number>`(select count(*)::int from ${reportShareOpens} o where o.link_id = "report_share_links"."id")`;
const lastOpen = sql<Date | null>`(select max(o.created_at) from ${reportShareOpens} o where o.link_id = "report_share_links"."id")`;

/** The check's links, newest first, with who made each, how often and when last they were opened. */
export async function listShareLinkRows(db: Db, companyId: string, checkId: string) {
  return db
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
    .where(and(eq(reportShareLinks.companyId, companyId), eq(reportShareLinks.checkId, checkId)))
    .orderBy(desc(reportShareLinks.createdAt), desc(reportShareLinks.id));
}

/** Revokes one of the check's links (the first revocation's time stays); false when not the company's. */
export async function setShareLinkRevoked(db: Db, companyId: string, checkId: string, linkId: string) {
  const [row] = await db
    .update(reportShareLinks)
    .set({ revokedAt: sql`coalesce(${reportShareLinks.revokedAt}, now())` })
    .where(
      and(
        eq(reportShareLinks.companyId, companyId),
        eq(reportShareLinks.checkId, checkId),
        eq(reportShareLinks.id, linkId),
      ),
    )
    .returning({ id: reportShareLinks.id });
  return !!row;
}

/** The link with this token hash, its company's setting, name and time zone; null when unknown. */
export async function findShareLinkByTokenHash(db: Db, tokenHash: string) {
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
    .where(eq(reportShareLinks.tokenHash, tokenHash));
  return link ?? null;
}

export async function insertShareOpen(
  db: Db,
  companyId: string,
  values: Omit<typeof reportShareOpens.$inferInsert, 'companyId'>,
) {
  await db.insert(reportShareOpens).values({ ...values, companyId });
}
