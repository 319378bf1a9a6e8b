import type { TMember, TMemberStatus, TRole } from '@vouch/contracts';
import { and, asc, eq, ilike, or, sql } from 'drizzle-orm';
import type { Db } from '../../../platform/db/db.ts';
import { AppError, notFound } from '../../../platform/errors.ts';
import type { Ctx } from '../../../platform/http/context.ts';
import { auditAct } from '../../audit/index.ts';
import { revokeUserSessions } from '../sessions.ts';
import { findMembership, updateMembership } from '../tenancy.repo.ts';
import { agencies, memberships, users } from '../tenancy.tables.ts';
import { checkAgency } from './invite-member.ts';

/** "Active" on the user page: joined and seen within this many days. */
const ACTIVE_WITHIN_DAYS = 30;

const memberColumns = {
  id: memberships.id,
  userId: users.id,
  email: users.email,
  name: users.name,
  role: memberships.role,
  status: memberships.status,
  agencyId: memberships.agencyId,
  agencyName: agencies.name,
  invitedAt: memberships.invitedAt,
  joinedAt: memberships.joinedAt,
  lastSeenAt: memberships.lastSeenAt,
};

type MemberRow = { [K in keyof typeof memberColumns]: unknown };
const iso = (d: unknown) => (d instanceof Date ? d.toISOString() : null);
const toMember = (r: MemberRow): TMember => ({
  ...(r as unknown as TMember),
  invitedAt: iso(r.invitedAt),
  joinedAt: iso(r.joinedAt),
  lastSeenAt: iso(r.lastSeenAt),
});

function selectMembers(db: Db) {
  return db
    .select(memberColumns)
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .leftJoin(agencies, eq(agencies.id, memberships.agencyId));
}

export async function listMembers(ctx: Ctx, query: { q?: string; role?: TRole; status?: TMemberStatus }) {
  const pattern = query.q ? `%${query.q.replace(/[%_\\]/g, '\\$&')}%` : null;
  const rows = await selectMembers(ctx.db)
    .where(
      and(
        eq(memberships.companyId, ctx.tenantId),
        query.role ? eq(memberships.role, query.role) : undefined,
        query.status ? eq(memberships.status, query.status) : undefined,
        pattern ? or(ilike(users.email, pattern), ilike(users.name, pattern)) : undefined,
      ),
    )
    .orderBy(asc(users.name), asc(users.email))
    .limit(1000);
  const [stats] = await ctx.db
    .select({
      invited: sql<number>`count(*) filter (where ${memberships.status} = 'invited')::int`,
      joined: sql<number>`count(*) filter (where ${memberships.status} = 'active')::int`,
      active: sql<number>`count(*) filter (where ${memberships.status} = 'active' and ${memberships.lastSeenAt} > now() - make_interval(days => ${ACTIVE_WITHIN_DAYS}))::int`,
      deactivated: sql<number>`count(*) filter (where ${memberships.status} = 'deactivated')::int`,
    })
    .from(memberships)
    .where(eq(memberships.companyId, ctx.tenantId));
  return { items: rows.map(toMember), stats };
}

export async function getMember(db: Db, companyId: string, membershipId: string) {
  const [row] = await selectMembers(db).where(
    and(eq(memberships.companyId, companyId), eq(memberships.id, membershipId)),
  );
  if (!row) throw notFound();
  return toMember(row);
}

/** A company always keeps at least one active admin. */
export async function assertNotLastAdmin(db: Db, companyId: string, membership: typeof memberships.$inferSelect) {
  if (membership.role !== 'admin' || membership.status !== 'active') return;
  const [{ count }] = await db
    .select({ count: sql<number>`count(*)::int` })
    .from(memberships)
    .where(and(eq(memberships.companyId, companyId), eq(memberships.role, 'admin'), eq(memberships.status, 'active')));
  if (count <= 1) throw new AppError('member.last_admin');
}

export async function changeRole(ctx: Ctx, membershipId: string, input: { role: TRole; agencyId?: string | null }) {
  return ctx.db.transaction(async (tx) => {
    const membership = await findMembership(tx, ctx.tenantId, membershipId);
    if (!membership) throw notFound();
    const agencyId = await checkAgency(tx, ctx.tenantId, input.role, input.agencyId);
    if (input.role !== 'admin') await assertNotLastAdmin(tx, ctx.tenantId, membership);
    await updateMembership(tx, ctx.tenantId, membership.id, { role: input.role, agencyId });
    if (membership.role !== input.role || membership.agencyId !== agencyId)
      await auditAct(
        ctx,
        {
          action: 'member.role_changed',
          target: { kind: 'membership', id: membership.id },
          detail: { from: membership.role, to: input.role, agencyId },
        },
        tx,
      );
    return getMember(tx, ctx.tenantId, membership.id);
  });
}

/** Deactivating ends every session the person has in this company at once. */
export async function deactivateMember(ctx: Ctx, membershipId: string) {
  return ctx.db.transaction(async (tx) => {
    const membership = await findMembership(tx, ctx.tenantId, membershipId);
    if (!membership) throw notFound();
    if (membership.id === ctx.actor.membershipId) throw new AppError('member.cannot_deactivate_self');
    await assertNotLastAdmin(tx, ctx.tenantId, membership);
    await updateMembership(tx, ctx.tenantId, membership.id, { status: 'deactivated', deactivatedAt: new Date() });
    await revokeUserSessions(tx, membership.userId, ctx.tenantId);
    await auditAct(ctx, { action: 'member.deactivated', target: { kind: 'membership', id: membership.id } }, tx);
    return getMember(tx, ctx.tenantId, membership.id);
  });
}

/** Back to active if they had joined before, otherwise back to invited (their link must be resent). */
export async function reactivateMember(ctx: Ctx, membershipId: string) {
  return ctx.db.transaction(async (tx) => {
    const membership = await findMembership(tx, ctx.tenantId, membershipId);
    if (!membership) throw notFound();
    if (membership.status !== 'deactivated') throw new AppError('member.not_deactivated');
    await updateMembership(tx, ctx.tenantId, membership.id, {
      status: membership.joinedAt ? 'active' : 'invited',
      deactivatedAt: null,
    });
    await auditAct(ctx, { action: 'member.reactivated', target: { kind: 'membership', id: membership.id } }, tx);
    return getMember(tx, ctx.tenantId, membership.id);
  });
}
