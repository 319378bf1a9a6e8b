import type { TLanguage } from '@vouch/contracts';
import { and, eq } from 'drizzle-orm';
import { hashPassword, verifyPassword } from '../../../platform/crypto.ts';
import type { Db } from '../../../platform/db/db.ts';
import { AppError, fieldError, forbidden, notFound } from '../../../platform/errors.ts';
import type { PublicCtx } from '../../../platform/http/context.ts';
import { consumeLinkToken, peekLinkToken } from '../link-tokens.ts';
import { passwordForRequest, sendVerification } from '../registrations.ts';
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
  setFirstCredentials,
  setMembershipActive,
} from '../tenancy.repo.ts';
import { memberships, type registrations, users } from '../tenancy.tables.ts';

type Credentials = { name: string; password: string; userAgent?: string };

/**
 * Sets the person's name and password. Someone who already has a Vouch login (a member of another
 * company) proves it with their existing password instead of replacing it.
 */
async function setCredentials(tx: Db, user: typeof users.$inferSelect, input: Credentials) {
  if (user.passwordHash) {
    if (!(await verifyPassword(user.passwordHash, input.password)))
      throw fieldError('password', 'auth.existing_account_password');
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
    if (!link?.membershipId || !link.userId || !link.companyId) throw new AppError('join.invite_used');
    const user = (await findUser(tx, link.userId))!;
    await setCredentials(tx, user, input);
    // Only a still-invited membership joins: a link must not undo a deactivation.
    const [membership] = await tx
      .update(memberships)
      .set({ status: 'active', joinedAt: new Date() })
      .where(and(eq(memberships.id, link.membershipId), eq(memberships.status, 'invited')))
      .returning();
    if (!membership) throw new AppError('join.invite_invalid');
    const session = await createSession(tx, { userId: user.id, companyId: link.companyId, userAgent: input.userAgent });
    return { ...session, userId: user.id, companyId: link.companyId };
  });
}

export async function signupInfo(ctx: PublicCtx, code: string) {
  const company = await findCompanyBySignupCode(ctx.db, code);
  if (!company) throw notFound('join.signup_link_inactive');
  return { companyName: company.name, domains: await listDomains(ctx.db, company.id) };
}

/** The company's sign-up link admits only addresses on one of the company's authorised domains. */
async function assertDomainAllowed(db: Db, companyId: string, email: string) {
  const domain = email.split('@')[1] ?? '';
  const domains = await listDomains(db, companyId);
  if (!domains.includes(domain))
    throw fieldError('email', 'join.use_work_email', { domains: domains.map((d) => `@${d}`).join(', ') });
}

/**
 * Asking to join by the sign-up link: checks what can be told at once (domain, already a member,
 * turned off, an existing login's password) and emails a verification link. Nothing starts until the
 * address's owner uses it (`completeJoin`).
 */
export async function askToJoin(
  ctx: PublicCtx,
  input: { code: string; email: string; name: string; password: string },
) {
  const company = await findCompanyBySignupCode(ctx.db, input.code);
  if (!company) throw notFound('join.signup_link_inactive');
  await assertDomainAllowed(ctx.db, company.id, input.email);
  const user = await findUserByEmail(ctx.db, input.email);
  const existing = user ? await findMembershipOfUser(ctx.db, company.id, user.id) : null;
  if (existing?.status === 'active') throw fieldError('email', 'join.already_member');
  if (existing?.status === 'deactivated') throw fieldError('email', 'auth.access_turned_off');
  const passwordHash = await passwordForRequest(ctx.db, input.email, input.password);
  return sendVerification(ctx, {
    purpose: 'join',
    email: input.email,
    name: input.name,
    language: company.defaultLanguage,
    companyId: company.id,
    companyName: company.name,
    passwordHash,
  });
}

/**
 * The verified request joins: as an employee, or with the role an admin already invited them to. The
 * sign-up link must still be on and the domain still authorised; a deactivation is never undone.
 */
export async function completeJoin(tx: Db, request: typeof registrations.$inferSelect) {
  const company = request.companyId ? await getCompany(tx, request.companyId) : null;
  if (!company?.signupCode) throw new AppError('join.signup_link_turned_off');
  await assertDomainAllowed(tx, company.id, request.email);
  const user = await userForRequest(tx, request);
  const existing = await findMembershipOfUser(tx, company.id, user.id);
  if (existing?.status === 'deactivated') throw forbidden('auth.access_turned_off');
  if (existing?.status === 'invited') await setMembershipActive(tx, company.id, existing.id);
  if (!existing)
    await insertMembership(tx, { companyId: company.id, userId: user.id, role: 'employee', status: 'active' });
  return { userId: user.id, companyId: company.id };
}

/** Whose verified request it is: the address, and the password it chose (null: its existing login's). */
export type Applicant = { email: string; name: string; language: TLanguage; passwordHash: string | null };

/** The verified request's login: created now if the address had none, given its first password if it had none. */
export async function userForRequest(tx: Db, request: Applicant) {
  const user = await findUserByEmail(tx, request.email);
  if (!user)
    return insertUser(tx, {
      email: request.email,
      name: request.name,
      language: request.language,
      passwordHash: request.passwordHash,
    });
  if (!user.passwordHash && request.passwordHash)
    await setFirstCredentials(tx, user.id, { name: request.name, passwordHash: request.passwordHash });
  return user;
}

export async function inviteInfo(ctx: PublicCtx, token: string) {
  const link = await peekLinkToken(ctx.db, token, 'invite');
  if (!link?.membershipId || !link.userId || !link.companyId) throw new AppError('join.invite_used');
  const [user, company, membership] = await Promise.all([
    findUser(ctx.db, link.userId),
    getCompany(ctx.db, link.companyId),
    findMembershipOfUser(ctx.db, link.companyId, link.userId),
  ]);
  if (membership?.status !== 'invited') throw new AppError('join.invite_invalid');
  return {
    email: user!.email,
    companyName: company!.name,
    role: membership.role,
    name: user!.name || null,
    hasAccount: !!user!.passwordHash,
  };
}
