import { verifyPassword } from '../../../platform/crypto.ts';
import type { Db } from '../../../platform/db/db.ts';
import { AppError } from '../../../platform/errors.ts';
import { recordLoginEvent } from '../login-audit.ts';
import { createSession } from '../sessions.ts';
import { findUserByEmail, listMembershipsOfUser } from '../tenancy.repo.ts';

/**
 * Checks the password and opens a new session (a new id at every sign-in) in the user's first
 * active company, or in the one asked for. One message for every failure, so accounts can't be probed.
 * The audit log gets a wrong password for an existing account in each company the account is active
 * in (the sign-in itself is recorded where its cookie is set, with every other way in) (an unknown address belongs to no company: the log of the
 * sign-in limits has it).
 */
export async function signIn(
  db: Db,
  input: { email: string; password: string; userAgent?: string; companyId?: string; ip?: string },
) {
  const user = await findUserByEmail(db, input.email);
  const passwordOk = await verifyPassword(user?.passwordHash ?? null, input.password);
  const denied = new AppError('invalid_credentials');
  if (!user) throw denied;
  if (!passwordOk) {
    await recordLoginEvent(db, user.id, 'auth.sign_in_failed', input.ip);
    throw denied;
  }
  const active = (await listMembershipsOfUser(db, user.id)).filter((m) => m.status === 'active');
  const membership = active.find((m) => m.companyId === input.companyId) ?? active[0];
  if (!membership) throw denied;
  const session = await createSession(db, {
    userId: user.id,
    companyId: membership.companyId,
    userAgent: input.userAgent,
  });
  return { ...session, userId: user.id, companyId: membership.companyId };
}
