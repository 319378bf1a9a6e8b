import type { TNotificationKind, TNotificationMode } from '@vouch/contracts';
import { and, asc, desc, eq, inArray, isNull, lt, or, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/db.ts';
import { memberships, users } from '../tenancy/index.ts';
import { notificationSettings, notifications } from './notifications.tables.ts';

export type NotificationParams = Record<string, string | number | null>;
export type NewNotification = {
  membershipId: string;
  kind: TNotificationKind;
  referralId: string | null;
  params: NotificationParams;
  /** Set when nothing is to be emailed for it (told by email elsewhere, or a member without email). */
  emailedAt?: Date | null;
};

export async function insertNotification(db: Db, companyId: string, notice: NewNotification) {
  const [row] = await db
    .insert(notifications)
    .values({ companyId, ...notice, emailedAt: notice.emailedAt ?? null })
    .returning();
  return row;
}

export async function markEmailed(db: Db, companyId: string, ids: string[]) {
  if (!ids.length) return;
  await db
    .update(notifications)
    .set({ emailedAt: sql`now()` })
    .where(and(eq(notifications.companyId, companyId), inArray(notifications.id, ids)));
}

/** Someone to tell: an active member of the company, with their address and language. */
export async function findRecipient(db: Db, companyId: string, membershipId: string) {
  const [row] = await db
    .select({
      membershipId: memberships.id,
      name: users.name,
      email: users.email,
      language: users.language,
      mode: notificationSettings.mode,
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .leftJoin(notificationSettings, eq(notificationSettings.membershipId, memberships.id))
    .where(
      and(eq(memberships.companyId, companyId), eq(memberships.id, membershipId), eq(memberships.status, 'active')),
    );
  return row ? { ...row, mode: (row.mode ?? 'each') as TNotificationMode } : null;
}

/** The company's active admins, who are told of what only admins act on (an erasure request). */
export async function activeAdminIds(db: Db, companyId: string) {
  const rows = await db
    .select({ id: memberships.id })
    .from(memberships)
    .where(and(eq(memberships.companyId, companyId), eq(memberships.role, 'admin'), eq(memberships.status, 'active')));
  return rows.map((r) => r.id);
}

export type Recipient = NonNullable<Awaited<ReturnType<typeof findRecipient>>>;

/** A member's notifications, newest first, by keyset (createdAt, id). */
export async function listNotifications(
  db: Db,
  companyId: string,
  membershipId: string,
  page: { limit: number; after: { createdAt: string; id: string } | null },
) {
  const { after } = page;
  return db
    .select()
    .from(notifications)
    .where(
      and(
        eq(notifications.companyId, companyId),
        eq(notifications.membershipId, membershipId),
        after
          ? or(
              lt(notifications.createdAt, new Date(after.createdAt)),
              and(eq(notifications.createdAt, new Date(after.createdAt)), lt(notifications.id, after.id)),
            )
          : undefined,
      ),
    )
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(page.limit + 1);
}

export async function countUnread(db: Db, companyId: string, membershipId: string) {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(notifications)
    .where(
      and(
        eq(notifications.companyId, companyId),
        eq(notifications.membershipId, membershipId),
        isNull(notifications.readAt),
      ),
    );
  return row?.n ?? 0;
}

/** Marks one of the member's notifications read; false when it is not theirs (or not there). */
export async function markRead(db: Db, companyId: string, membershipId: string, id: string) {
  const rows = await db
    .update(notifications)
    .set({ readAt: sql`coalesce(${notifications.readAt}, now())` })
    .where(
      and(
        eq(notifications.companyId, companyId),
        eq(notifications.membershipId, membershipId),
        eq(notifications.id, id),
      ),
    )
    .returning({ id: notifications.id });
  return rows.length > 0;
}

export async function markAllRead(db: Db, companyId: string, membershipId: string) {
  const rows = await db
    .update(notifications)
    .set({ readAt: sql`now()` })
    .where(
      and(
        eq(notifications.companyId, companyId),
        eq(notifications.membershipId, membershipId),
        isNull(notifications.readAt),
      ),
    )
    .returning({ id: notifications.id });
  return rows.length;
}

export async function getMode(db: Db, companyId: string, membershipId: string): Promise<TNotificationMode> {
  const [row] = await db
    .select({ mode: notificationSettings.mode })
    .from(notificationSettings)
    .where(and(eq(notificationSettings.companyId, companyId), eq(notificationSettings.membershipId, membershipId)));
  return row?.mode ?? 'each';
}

export async function saveMode(db: Db, companyId: string, membershipId: string, mode: TNotificationMode) {
  await db
    .insert(notificationSettings)
    .values({ companyId, membershipId, mode })
    .onConflictDoUpdate({ target: notificationSettings.membershipId, set: { mode } });
}

/**
 * Members with a digest due: they chose the digest, have unread notifications not yet emailed, and
 * had no digest in the last `everyHours` (or never). Across companies: the periodic job's work list.
 */
export async function membersWithDigestDue(db: Db, now: Date, everyHours: number) {
  const since = new Date(now.getTime() - everyHours * 3_600_000);
  return db
    .selectDistinct({ companyId: notificationSettings.companyId, membershipId: notificationSettings.membershipId })
    .from(notificationSettings)
    .innerJoin(
      notifications,
      and(
        eq(notifications.companyId, notificationSettings.companyId),
        eq(notifications.membershipId, notificationSettings.membershipId),
        isNull(notifications.emailedAt),
        isNull(notifications.readAt),
      ),
    )
    .where(
      and(
        eq(notificationSettings.mode, 'digest'),
        or(isNull(notificationSettings.lastDigestAt), lt(notificationSettings.lastDigestAt, since)),
      ),
    )
    .limit(500);
}

/**
 * Claims one member's digest: the conditional update succeeds for exactly one of several workers
 * (the others wait on the row lock, then find `last_digest_at` moved and update nothing).
 */
export async function claimDigest(db: Db, companyId: string, membershipId: string, now: Date, everyHours: number) {
  const since = new Date(now.getTime() - everyHours * 3_600_000);
  const rows = await db
    .update(notificationSettings)
    .set({ lastDigestAt: now })
    .where(
      and(
        eq(notificationSettings.companyId, companyId),
        eq(notificationSettings.membershipId, membershipId),
        eq(notificationSettings.mode, 'digest'),
        or(isNull(notificationSettings.lastDigestAt), lt(notificationSettings.lastDigestAt, since)),
      ),
    )
    .returning({ membershipId: notificationSettings.membershipId });
  return rows.length > 0;
}

/** The member's unread notifications no email has told of yet, oldest first. */
export async function unemailedUnread(db: Db, companyId: string, membershipId: string) {
  return db
    .select()
    .from(notifications)
    .where(
      and(
        eq(notifications.companyId, companyId),
        eq(notifications.membershipId, membershipId),
        isNull(notifications.emailedAt),
        isNull(notifications.readAt),
      ),
    )
    .orderBy(asc(notifications.createdAt), asc(notifications.id))
    .limit(500);
}

/** Members' display names (name, or email when they have none). */
export async function memberNames(db: Db, companyId: string, membershipIds: string[]) {
  if (!membershipIds.length) return new Map<string, string>();
  const rows = await db
    .select({ id: memberships.id, name: users.name, email: users.email })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.companyId, companyId), inArray(memberships.id, membershipIds)));
  return new Map(rows.map((r) => [r.id, r.name || r.email]));
}
