import type { TAuditAction, TAuditActorKind, TAuditDetail, TAuditFilters, TAuditTargetKind } from '@vouch/contracts';
import { and, desc, eq, gte, lt, or, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/db.ts';
import { auditLog, auditSettings } from './audit.tables.ts';

/** Who did it: a member (in a company), a user (a sign-in attempt), an API key, or Vouch itself. */
export type AuditActor =
  | { kind: 'member'; membershipId: string }
  | { kind: 'user'; userId: string }
  | { kind: 'api_key'; apiKeyId: string }
  | { kind: 'system' };

export type AuditEntry = {
  companyId: string;
  actor: AuditActor;
  action: TAuditAction;
  target?: { kind: TAuditTargetKind; id: string } | null;
  /** Codes, counts and ids only: never names, emails or free text. */
  detail?: TAuditDetail;
  ip?: string | null;
};

const actorIdOf = (actor: AuditActor): string | null => {
  switch (actor.kind) {
    case 'member':
      return actor.membershipId;
    case 'user':
      return actor.userId;
    case 'api_key':
      return actor.apiKeyId;
    case 'system':
      return null;
  }
};

const rowOf = (entry: AuditEntry) => ({
  companyId: entry.companyId,
  actorKind: entry.actor.kind as TAuditActorKind,
  actorId: actorIdOf(entry.actor),
  action: entry.action,
  targetKind: entry.target?.kind ?? null,
  targetId: entry.target?.id ?? null,
  detail: entry.detail ?? {},
  ip: entry.ip?.slice(0, 64) ?? null,
});

/** One INSERT, in the caller's transaction when it passes one: the entry commits with the act or not at all. */
export async function insertAuditEntries(db: Db, entries: AuditEntry[]) {
  if (!entries.length) return;
  await db.insert(auditLog).values(entries.map(rowOf));
}

export type AuditRow = typeof auditLog.$inferSelect;

/** A page of a company's log, newest first, by keyset (created_at, id). `to` includes its whole day. */
export async function listAuditEntries(
  db: Db,
  companyId: string,
  filters: TAuditFilters,
  page: { limit: number; after: { createdAt: string; id: string } | null },
): Promise<AuditRow[]> {
  const { after } = page;
  return db
    .select()
    .from(auditLog)
    .where(
      and(
        eq(auditLog.companyId, companyId),
        filters.actorId ? eq(auditLog.actorId, filters.actorId) : undefined,
        filters.action ? eq(auditLog.action, filters.action) : undefined,
        filters.targetKind ? eq(auditLog.targetKind, filters.targetKind) : undefined,
        filters.targetId ? eq(auditLog.targetId, filters.targetId) : undefined,
        filters.from ? gte(auditLog.createdAt, new Date(`${filters.from}T00:00:00Z`)) : undefined,
        filters.to
          ? lt(auditLog.createdAt, sql`${`${filters.to}T00:00:00Z`}::timestamptz + interval '1 day'`)
          : undefined,
        after
          ? or(
              lt(auditLog.createdAt, new Date(after.createdAt)),
              and(eq(auditLog.createdAt, new Date(after.createdAt)), lt(auditLog.id, after.id)),
            )
          : undefined,
      ),
    )
    .orderBy(desc(auditLog.createdAt), desc(auditLog.id))
    .limit(page.limit);
}

export async function findRetentionYears(db: Db, companyId: string): Promise<number | null> {
  const [row] = await db
    .select({ years: auditSettings.retentionYears })
    .from(auditSettings)
    .where(eq(auditSettings.companyId, companyId));
  return row?.years ?? null;
}

export async function saveRetentionYears(db: Db, companyId: string, years: number) {
  await db
    .insert(auditSettings)
    .values({ companyId, retentionYears: years })
    .onConflictDoUpdate({ target: auditSettings.companyId, set: { retentionYears: years } });
}

/**
 * Removes up to `maxRows` entries past their company's retention, through the one path the
 * database lets delete (see the migration `audit_log_append_only`). Not company-scoped on purpose:
 * each row is judged by its own company's setting, in SQL.
 */
export async function purgeExpiredAuditEntries(db: Db, maxRows: number): Promise<number> {
  const result = await db.execute(sql`select audit_log_purge(${maxRows}::int) as purged`);
  const rows = (result as unknown as { rows: { purged: number | string }[] }).rows;
  return Number(rows[0]?.purged ?? 0);
}
