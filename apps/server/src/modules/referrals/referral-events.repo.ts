import type { TReferralEvent } from '@vouch/contracts';
import { and, asc, eq, inArray, or, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/db.ts';
import { memberships, users } from '../tenancy/index.ts';
import { referrerShown } from './network-referral-filters.ts';
import { referralEvents, referrals } from './referrals.tables.ts';

/** A member's display name: their name, or their email when they never gave one. */
export const displayName = (name: typeof users.name, email: typeof users.email) =>
  sql<string>`coalesce(nullif(${name}, ''), ${email})`;

type EventJson = Omit<TReferralEvent, 'createdAt'> & { createdAt: string };

/**
 * One referral's timeline as JSON, oldest first, correlated to the outer query's referral (its
 * detail reads it in the referral's own row); the same rules as listReferralEventsOf.
 */
export const referralEventsJson = () => sql<EventJson[]>`(
  select coalesce(json_agg(json_build_object('id', e.id, 'kind', e.kind, 'fromStatus', e.from_status,
    'toStatus', e.to_status, 'note', e.note, 'answer', e.answer, 'createdAt', e.created_at,
    'actor', case when m.id is null then null else json_build_object('id', m.id, 'name', coalesce(nullif(u.name, ''), u.email)) end)
    order by e.created_at, e.id), '[]'::json)
  from ${referralEvents} e
  left join ${memberships} m on m.id = e.actor_membership_id
    and (${referrerShown()} or e.actor_membership_id is distinct from ${referrals.referrerMembershipId})
  left join ${users} u on u.id = m.user_id
  where e.referral_id = ${referrals.id})`;

/** What the JSON timeline carries as PostgreSQL's timestamp text, in JavaScript's ISO form. */
export const eventsFromJson = (events: EventJson[]): TReferralEvent[] =>
  events.map((e) => ({ ...e, createdAt: new Date(e.createdAt).toISOString() }));

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
