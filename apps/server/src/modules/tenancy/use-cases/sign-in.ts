import { verifyPassword } from '../../../platform/crypto.ts';
import type { Db } from '../../../platform/db/db.ts';
import { AppError } from '../../../platform/errors.ts';
import { createSession } from '../sessions.ts';
import { findUserByEmail, listMembershipsOfUser } from '../tenancy.repo.ts';

/**
 * Checks the password and opens a new session (a new id at every sign-in) in the user's first
 * active company, or in the one asked for. One message for every failure, so accounts can't be probed.
 */
export async function signIn(
  db: Db,
  input: { email: string; password: string; userAgent?: string; companyId?: string },
) {
  const user = await findUserByEmail(db, input.email);
  const passwordOk = await verifyPassword(user?.passwordHash ?? null, input.password);
  const denied = new AppError('invalid_credentials');
  if (!user || !passwordOk) throw denied;
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
