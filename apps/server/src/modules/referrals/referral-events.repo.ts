import type { TReferralEvent } from '@vouch/contracts';
import { and, asc, eq, inArray, or, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/db.ts';
import { memberships, users } from '../tenancy/index.ts';
import { referrerShown } from './network-referral-filters.ts';
import { referralEvents, referrals } from './referrals.tables.ts';

/** A member's display name: their name, or their email when they never gave one. */
export const displayName = (name: typeof users.name, email: typeof users.email) =>
  sql<string>`coalesce(nullif(${name}, ''), ${email})`;

/**
 * The timelines of some referrals, oldest first, by referral id; the referrer of a cold prospect
 * shows as nobody.
 */
export async function listReferralEventsOf(
  db: Db,
  companyId: string,
  referralIds: string[],
): Promise<Map<string, TReferralEvent[]>> {
  const timelines = new Map<string, TReferralEvent[]>(referralIds.map((id) => [id, []]));
  if (!referralIds.length) return timelines;
  const actorShown = or(
    referrerShown(),
    sql`${referralEvents.actorMembershipId} is distinct from ${referrals.referrerMembershipId}`,
  );
  const rows = await db
    .select({
      id: referralEvents.id,
      referralId: referralEvents.referralId,
      kind: referralEvents.kind,
      fromStatus: referralEvents.fromStatus,
      toStatus: referralEvents.toStatus,
      note: referralEvents.note,
      answer: referralEvents.answer,
      createdAt: referralEvents.createdAt,
      actorId: memberships.id,
      actorName: displayName(users.name, users.email),
    })
    .from(referralEvents)
    .innerJoin(referrals, eq(referrals.id, referralEvents.referralId))
    .leftJoin(memberships, and(eq(memberships.id, referralEvents.actorMembershipId), actorShown))
    .leftJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(referralEvents.companyId, companyId), inArray(referralEvents.referralId, referralIds)))
    .orderBy(asc(referralEvents.createdAt), asc(referralEvents.id));
  for (const r of rows) {
    timelines.get(r.referralId)?.push({
      id: r.id,
      kind: r.kind,
      fromStatus: r.fromStatus,
      toStatus: r.toStatus,
      actor: r.actorId ? { id: r.actorId, name: r.actorName } : null,
      note: r.note,
      answer: r.answer,
      createdAt: r.createdAt.toISOString(),
    });
  }
  return timelines;
}
