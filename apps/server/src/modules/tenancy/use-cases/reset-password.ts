import { eq } from 'drizzle-orm';
import { hashPassword } from '../../../platform/crypto.ts';
import { AppError } from '../../../platform/errors.ts';
import type { PublicCtx } from '../../../platform/http/context.ts';
import { emailStaysInApp, enqueueEmail } from '../../messaging/index.ts';
import { consumeLinkToken, issueLinkToken, revokeLinkTokens } from '../link-tokens.ts';
import { recordLoginEvent } from '../login-audit.ts';
import { revokeUserSessions } from '../sessions.ts';
import { findUserByEmail, listMembershipsOfUser } from '../tenancy.repo.ts';
import { users } from '../tenancy.tables.ts';

const RESET_TTL_MINUTES = 60;

/**
 * Sends a reset link if the account exists; answers the same either way so emails can't be probed.
 * In the demo (no email provider, not production) no email can arrive, so the link is answered to the
 * page that asked instead, as a path; never anywhere else, and never in production or with SMTP.
 */
export async function requestPasswordReset(ctx: PublicCtx, email: string): Promise<{ demoResetPath?: string }> {
  const user = await findUserByEmail(ctx.db, email);
  if (!user) return {};
  const active = (await listMembershipsOfUser(ctx.db, user.id)).filter((m) => m.status === 'active');
  if (!active.length) return {};
  return ctx.db.transaction(async (tx) => {
    await revokeLinkTokens(tx, 'password_reset', { userId: user.id });
    const token = await issueLinkToken(tx, {
      purpose: 'password_reset',
      userId: user.id,
      ttlMs: RESET_TTL_MINUTES * 60_000,
    });
    await enqueueEmail(tx, {
      companyId: active[0].companyId,
      to: user.email,
      language: user.language,
      template: 'password_reset',
      data: {
        name: user.name,
        url: `${ctx.config.publicUrl}${resetPath(token)}`,
        expiresInMinutes: RESET_TTL_MINUTES,
      },
    });
    return emailStaysInApp(ctx.config) ? { demoResetPath: resetPath(token) } : {};
  });
}

const resetPath = (token: string) => `/reset-password?token=${token}`;

/** Sets the new password and signs the user out everywhere: whoever knew the old one is locked out. */
export async function resetPassword(ctx: PublicCtx, input: { token: string; password: string }) {
  const passwordHash = await hashPassword(input.password);
  await ctx.db.transaction(async (tx) => {
    const link = await consumeLinkToken(tx, input.token, 'password_reset');
    if (!link?.userId) throw new AppError('auth.reset_link_invalid');
    await tx.update(users).set({ passwordHash }).where(eq(users.id, link.userId));
    await revokeUserSessions(tx, link.userId);
    await recordLoginEvent(tx, link.userId, 'auth.password_reset', ctx.ip);
  });
}
