import type { TRole } from '@vouch/contracts';
import { and, eq } from 'drizzle-orm';
import { hashPassword, verifyPassword } from '../../../platform/crypto.ts';
import type { Db } from '../../../platform/db/db.ts';
import { AppError, fieldError, notFound } from '../../../platform/errors.ts';
import type { PublicCtx } from '../../../platform/http/context.ts';
import { consumeLinkToken, peekLinkToken } from '../link-tokens.ts';
import { createSession } from '../sessions.ts';
import {
  findCompanyBySignupCode,
  findMembershipOfUser,
  findUser,
  findUserByEmail,
  getCompany,
  insertMembership,
  insertUser,
  listDomains,
} from '../tenancy.repo.ts';
import { memberships, users } from '../tenancy.tables.ts';

type Credentials = { name: string; password: string; userAgent?: string };

/**
 * Sets the person's name and password. Someone who already has a Vouch login (a member of another
 * company) proves it with their existing password instead of replacing it.
 */
async function setCredentials(tx: Db, user: typeof users.$inferSelect, input: Credentials) {
  if (user.passwordHash) {
    if (!(await verifyPassword(user.passwordHash, input.password)))
      throw fieldError('password', 'You already have a Vouch account: enter its password', 'invalid_credentials');
    return;
  }
  await tx
    .update(users)
    .set({ name: input.name, passwordHash: await hashPassword(input.password) })
    .where(eq(users.id, user.id));
}

export async function acceptInvite(ctx: PublicCtx, input: Credentials & { token: string }) {
  return ctx.db.transaction(async (tx) => {
    const link = await consumeLinkToken(tx, input.token, 'invite');
    if (!link?.membershipId || !link.userId || !link.companyId)
      throw new AppError('token_invalid', 'This invite has expired or was already used. Ask your admin for a new one.');
    const user = (await findUser(tx, link.userId))!;
    await setCredentials(tx, user, input);
    // Only a still-invited membership joins: a link must not undo a deactivation.
    const [membership] = await tx
      .update(memberships)
      .set({ status: 'active', joinedAt: new Date() })
      .where(and(eq(memberships.id, link.membershipId), eq(memberships.status, 'invited')))
      .returning();
    if (!membership)
      throw new AppError('token_invalid', 'This invite is no longer valid. Ask your admin for a new one.');
    const session = await createSession(tx, { userId: user.id, companyId: link.companyId, userAgent: input.userAgent });
    return { ...session, userId: user.id, companyId: link.companyId };
  });
}

export async function signupInfo(ctx: PublicCtx, code: string) {
  const company = await findCompanyBySignupCode(ctx.db, code);
  if (!company) throw notFound('This sign-up link is not active');
  return { companyName: company.name, domains: await listDomains(ctx.db, company.id) };
}

/** The company sign-up link admits only addresses on one of the company's authorised domains. */
export async function signupWithLink(ctx: PublicCtx, input: Credentials & { code: string; email: string }) {
  return ctx.db.transaction(async (tx) => {
    const company = await findCompanyBySignupCode(tx, input.code);
    if (!company) throw notFound('This sign-up link is not active');
    const domain = input.email.split('@')[1] ?? '';
    const domains = await listDomains(tx, company.id);
    if (!domains.includes(domain))
      throw fieldError(
        'email',
        `Use your work email (${domains.map((d) => `@${d}`).join(', ')})`,
        'domain_not_allowed',
      );
    let user = await findUserByEmail(tx, input.email);
    if (user) {
      const existing = await findMembershipOfUser(tx, company.id, user.id);
      if (existing?.status === 'active')
        throw fieldError('email', 'You are already a member: sign in instead', 'email_taken');
      if (existing?.status === 'deactivated')
        throw fieldError('email', 'Your access was turned off by an admin', 'forbidden');
      await setCredentials(tx, user, input);
      if (existing) {
        await tx
          .update(memberships)
          .set({ status: 'active', joinedAt: new Date() })
          .where(eq(memberships.id, existing.id));
      } else {
        await insertMembership(tx, { companyId: company.id, userId: user.id, role: 'employee', status: 'active' });
      }
    } else {
      user = await insertUser(tx, {
        email: input.email,
        name: input.name,
        language: company.defaultLanguage as 'en' | 'sv',
        passwordHash: await hashPassword(input.password),
      });
      await insertMembership(tx, { companyId: company.id, userId: user.id, role: 'employee', status: 'active' });
    }
    const session = await createSession(tx, { userId: user.id, companyId: company.id, userAgent: input.userAgent });
    return { ...session, userId: user.id, companyId: company.id };
  });
}

export async function inviteInfo(ctx: PublicCtx, token: string) {
  const link = await peekLinkToken(ctx.db, token, 'invite');
  if (!link?.membershipId || !link.userId || !link.companyId)
    throw new AppError('token_invalid', 'This invite has expired or was already used. Ask your admin for a new one.');
  const [user, company, membership] = await Promise.all([
    findUser(ctx.db, link.userId),
    getCompany(ctx.db, link.companyId),
    findMembershipOfUser(ctx.db, link.companyId, link.userId),
  ]);
  if (membership?.status !== 'invited')
    throw new AppError('token_invalid', 'This invite is no longer valid. Ask your admin for a new one.');
  return {
    email: user!.email,
    companyName: company!.name,
    role: membership.role as TRole,
    name: user!.name || null,
    hasAccount: !!user!.passwordHash,
  };
}
