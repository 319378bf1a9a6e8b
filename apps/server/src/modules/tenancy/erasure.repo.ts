import { and, eq, inArray, isNotNull, lt, lte, ne, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/db.ts';
import type { Erased, PersonKeys } from '../../platform/person-keys.ts';
import { revokeUserSessions } from './sessions.ts';
import { linkTokens, memberships, registrations, users } from './tenancy.tables.ts';

/** Members deactivated before `before`: their imported networks are due (retention). */
export async function membersDeactivatedBefore(db: Db, companyId: string, before: Date) {
  const rows = await db
    .select({ id: memberships.id })
    .from(memberships)
    .where(
      and(
        eq(memberships.companyId, companyId),
        eq(memberships.status, 'deactivated'),
        isNotNull(memberships.deactivatedAt),
        lt(memberships.deactivatedAt, before),
      ),
    );
  return rows.map((r) => r.id);
}

/** A member of the company with their login's email and role, to start an erasure from. */
export async function findMemberForErasure(db: Db, companyId: string, membershipId: string) {
  const [row] = await db
    .select({ membership: memberships, email: users.email })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.companyId, companyId), eq(memberships.id, membershipId)));
  return row ?? null;
}

/**
 * Erases a member: deactivated, signed out, their links revoked; their login emptied (name, email,
 * password) unless another company still has them, which keeps its own member.
 */
export async function eraseMembers(db: Db, companyId: string, membershipIds: string[], now: Date): Promise<Erased> {
  if (!membershipIds.length) return {};
  const members = await db
    .update(memberships)
    .set({
      status: 'deactivated',
      deactivatedAt: sql`coalesce(${memberships.deactivatedAt}, ${now.toISOString()}::timestamptz)`,
    })
    .where(and(eq(memberships.companyId, companyId), inArray(memberships.id, membershipIds)))
    .returning({ id: memberships.id, userId: memberships.userId });
  let logins = 0;
  for (const m of members) {
    await revokeUserSessions(db, m.userId, companyId);
    await db.delete(linkTokens).where(eq(linkTokens.membershipId, m.id));
    const [elsewhere] = await db
      .select({ id: memberships.id })
      .from(memberships)
      .where(and(eq(memberships.userId, m.userId), ne(memberships.companyId, companyId)))
      .limit(1);
    if (elsewhere) continue;
    await db.delete(linkTokens).where(eq(linkTokens.userId, m.userId));
    const done = await db
      .update(users)
      .set({ email: `erased-${m.userId}@erased.invalid`, name: '', passwordHash: null })
      .where(eq(users.id, m.userId))
      .returning({ id: users.id });
    logins += done.length;
  }
  return { members: members.length, logins };
}

/** Links (a referee's, a candidate's) to records that were erased stop working. */
export async function revokeLinksTo(db: Db, companyId: string, subjectIds: string[]) {
  if (!subjectIds.length) return;
  await db
    .delete(linkTokens)
    .where(and(eq(linkTokens.companyId, companyId), inArray(linkTokens.subjectId, subjectIds)));
}

/**
 * Requests to join the company from these addresses: they hold a name and an email. Another
 * company's requests, and requests to create a company, are not this company's to erase.
 */
export async function eraseRegistrations(db: Db, companyId: string, keys: Pick<PersonKeys, 'emails'>): Promise<Erased> {
  if (!keys.emails.length) return {};
  const named = await db
    .delete(registrations)
    .where(and(eq(registrations.companyId, companyId), sql`lower(${registrations.email}) in ${keys.emails}`))
    .returning({ id: registrations.id });
  return { registrations: named.length };
}

/** Sign-up requests past their expiry, every company's: housekeeping by time (they hold a name and an email). */
export async function dropExpiredRegistrations(db: Db, now: Date): Promise<Erased> {
  const expired = await db
    .delete(registrations)
    .where(lte(registrations.expiresAt, now))
    .returning({ id: registrations.id });
  return { registrations: expired.length };
}
