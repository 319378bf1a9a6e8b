import type { TRole } from '@vouch/contracts';
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../../platform/db/db.ts';
import { AppError, fieldError, notFound, unknownId } from '../../../platform/errors.ts';
import type { Ctx } from '../../../platform/http/context.ts';
import { enqueueEmail } from '../../messaging/index.ts';
import { issueLinkToken, revokeLinkTokens } from '../link-tokens.ts';
import {
  findAgency,
  findMembership,
  findMembershipOfUser,
  findUser,
  findUserByEmail,
  getCompany,
  insertMembership,
  insertUser,
  updateMembership,
} from '../tenancy.repo.ts';
import { memberships } from '../tenancy.tables.ts';

export const INVITE_TTL_DAYS = 14;

type InviteInput = { email: string; name: string | null; role: TRole; agencyId?: string | null };

/** Creates (or reuses) the person's login, adds an invited membership and emails the link. */
export async function inviteMember(ctx: Ctx, input: InviteInput) {
  return ctx.db.transaction(async (tx) => {
    const agencyId = await checkAgency(tx, ctx.tenantId, input.role, input.agencyId);
    const company = (await getCompany(tx, ctx.tenantId))!;
    let user = await findUserByEmail(tx, input.email);
    if (user) {
      const existing = await findMembershipOfUser(tx, ctx.tenantId, user.id);
      if (existing?.status === 'active') throw fieldError('email', 'member.already_member');
      if (existing?.status === 'deactivated') throw fieldError('email', 'member.deactivated_reactivate');
      if (existing) throw fieldError('email', 'member.already_invited');
    } else {
      user = await insertUser(tx, {
        email: input.email,
        name: input.name ?? '',
        language: company.defaultLanguage,
      });
    }
    const membership = await insertMembership(tx, {
      companyId: ctx.tenantId,
      userId: user.id,
      role: input.role,
      status: 'invited',
      agencyId,
      invitedById: ctx.actor.membershipId,
    });
    await sendInvite(tx, ctx, membership.id);
    return membership;
  });
}

export async function resendInvite(ctx: Ctx, membershipId: string) {
  await ctx.db.transaction(async (tx) => {
    const membership = await findMembership(tx, ctx.tenantId, membershipId);
    if (!membership) throw notFound();
    if (membership.status !== 'invited') throw new AppError('member.already_joined');
    await updateMembership(tx, ctx.tenantId, membership.id, { invitedAt: new Date() });
    await sendInvite(tx, ctx, membership.id);
  });
}

/** Each send replaces the previous link, so only the newest invite email works. */
async function sendInvite(tx: Db, ctx: Ctx, membershipId: string) {
  const [row] = await tx
    .select({ userId: memberships.userId, role: memberships.role })
    .from(memberships)
    .where(and(eq(memberships.id, membershipId), eq(memberships.companyId, ctx.tenantId)));
  const company = (await getCompany(tx, ctx.tenantId))!;
  const user = (await findUser(tx, row.userId))!;
  await revokeLinkTokens(tx, 'invite', { companyId: ctx.tenantId, membershipId });
  const token = await issueLinkToken(tx, {
    purpose: 'invite',
    companyId: ctx.tenantId,
    userId: user.id,
    membershipId,
    ttlMs: INVITE_TTL_DAYS * 86_400_000,
  });
  await enqueueEmail(tx, {
    companyId: ctx.tenantId,
    to: user.email,
    language: user.passwordHash ? user.language : company.defaultLanguage,
    template: 'invite',
    data: {
      inviterName: ctx.actor.name || ctx.actor.email,
      companyName: company.name,
      role: row.role,
      url: `${ctx.config.publicUrl}/invite?token=${token}`,
      expiresInDays: INVITE_TTL_DAYS,
    },
    replyTo: company.replyTo,
    senderName: company.senderName ?? company.name,
  });
}

/** Agents must belong to one of this company's agencies; other roles to none. */
export async function checkAgency(db: Db, companyId: string, role: TRole, agencyId?: string | null) {
  if (role !== 'agent') return null;
  if (!agencyId) throw fieldError('agencyId', 'member.choose_agency');
  if (!(await findAgency(db, companyId, agencyId))) throw unknownId('agencyId', 'member.unknown_agency');
  return agencyId;
}
