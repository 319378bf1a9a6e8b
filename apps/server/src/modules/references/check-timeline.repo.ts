import type { TCheckEvent, TCheckEventKind } from '@vouch/contracts';
import { and, asc, eq, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '../../platform/db/db.ts';
import { memberships, users } from '../tenancy/index.ts';
import { referees, referenceCheckEvents, referenceChecks } from './references.tables.ts';

/** The staff actions a check's timeline keeps as they happen; the rest it reads from the check. */
export type StoredCheckEventKind = Exclude<TCheckEventKind, 'started' | 'referee_answered' | 'referee_declined'>;

export async function recordCheckEvent(
  tx: Db,
  event: {
    companyId: string;
    checkId: string;
    kind: StoredCheckEventKind;
    actorMembershipId: string | null;
    refereeId?: string | null;
    /** For a copied link: its token's SHA-256. */
    linkHash?: string | null;
  },
) {
  await tx.insert(referenceCheckEvents).values({
    companyId: event.companyId,
    checkId: event.checkId,
    kind: event.kind,
    actorMembershipId: event.actorMembershipId,
    refereeId: event.refereeId ?? null,
    linkHash: event.linkHash ?? null,
  });
}

const actorMembership = alias(memberships, 'actor_membership');
const actorUser = alias(users, 'actor_user');
const actorName = sql<string | null>`coalesce(nullif(${actorUser.name}, ''), ${actorUser.email})`;
const named = (id: string | null, name: string | null) => (id && name !== null ? { id, name } : null);

/**
 * A check's whole timeline, oldest first: its start (by whom), each staff action, and each referee's
 * answer or decline. The caller has already made sure the check is theirs to read.
 */
export async function listCheckTimeline(db: Db, companyId: string, checkId: string): Promise<TCheckEvent[]> {
  const [check] = await db
    .select({ createdAt: referenceChecks.createdAt, actorId: actorMembership.id, actorName })
    .from(referenceChecks)
    .leftJoin(actorMembership, eq(actorMembership.id, referenceChecks.createdById))
    .leftJoin(actorUser, eq(actorUser.id, actorMembership.userId))
    .where(and(eq(referenceChecks.companyId, companyId), eq(referenceChecks.id, checkId)));
  if (!check) return [];
  const stored = await db
    .select({
      id: referenceCheckEvents.id,
      kind: referenceCheckEvents.kind,
      at: referenceCheckEvents.createdAt,
      actorId: actorMembership.id,
      actorName,
      refereeId: referees.id,
      refereeName: referees.name,
    })
    .from(referenceCheckEvents)
    .leftJoin(actorMembership, eq(actorMembership.id, referenceCheckEvents.actorMembershipId))
    .leftJoin(actorUser, eq(actorUser.id, actorMembership.userId))
    .leftJoin(referees, eq(referees.id, referenceCheckEvents.refereeId))
    .where(and(eq(referenceCheckEvents.companyId, companyId), eq(referenceCheckEvents.checkId, checkId)));
  const people = await db
    .select({ id: referees.id, name: referees.name, answeredAt: referees.answeredAt, declinedAt: referees.declinedAt })
    .from(referees)
    .where(and(eq(referees.companyId, companyId), eq(referees.checkId, checkId)));

  const line = (
    id: string,
    kind: TCheckEventKind,
    at: Date,
    actor: TCheckEvent['actor'],
    referee: TCheckEvent['referee'],
  ): TCheckEvent & { time: number } => ({ id, kind, at: at.toISOString(), actor, referee, time: at.getTime() });
  const lines = [
    line(`started:${checkId}`, 'started', check.createdAt, named(check.actorId, check.actorName), null),
    ...stored.map((e) => line(e.id, e.kind, e.at, named(e.actorId, e.actorName), named(e.refereeId, e.refereeName))),
    ...people.flatMap((r) => [
      ...(r.answeredAt ? [line(`answered:${r.id}`, 'referee_answered', r.answeredAt, null, named(r.id, r.name))] : []),
      ...(r.declinedAt ? [line(`declined:${r.id}`, 'referee_declined', r.declinedAt, null, named(r.id, r.name))] : []),
    ]),
  ];
  return lines.sort((a, b) => a.time - b.time).map(({ time: _, ...event }) => event);
}

/**
 * The referees who answered or declined through a link a staff member copied before they did: the
 * link they used is one a `referee_link_copied` event issued. Earliest copy of that link wins.
 */
export async function findLinkCopies(db: Db, companyId: string, checkId: string) {
  const rows = await db
    .select({ refereeId: referees.id, copiedBy: actorName, copiedAt: referenceCheckEvents.createdAt })
    .from(referees)
    .innerJoin(
      referenceCheckEvents,
      and(
        eq(referenceCheckEvents.checkId, referees.checkId),
        eq(referenceCheckEvents.refereeId, referees.id),
        eq(referenceCheckEvents.kind, 'referee_link_copied'),
        eq(referenceCheckEvents.linkHash, referees.answeredLinkHash),
        sql`${referenceCheckEvents.createdAt} <= coalesce(${referees.answeredAt}, ${referees.declinedAt})`,
      ),
    )
    .leftJoin(actorMembership, eq(actorMembership.id, referenceCheckEvents.actorMembershipId))
    .leftJoin(actorUser, eq(actorUser.id, actorMembership.userId))
    .where(and(eq(referees.companyId, companyId), eq(referees.checkId, checkId)))
    .orderBy(asc(referees.createdAt), asc(referees.id), asc(referenceCheckEvents.createdAt));
  const seen = new Set<string>();
  return rows.flatMap((r) => {
    if (seen.has(r.refereeId)) return [];
    seen.add(r.refereeId);
    // A copier whose membership is gone is still someone: say so rather than leave the mark out.
    return [{ refereeId: r.refereeId, copiedBy: r.copiedBy ?? '—', copiedAt: r.copiedAt.toISOString() }];
  });
}
