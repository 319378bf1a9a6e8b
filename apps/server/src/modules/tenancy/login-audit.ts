import type { TAuditAction } from '@vouch/contracts';
import type { Db } from '../../platform/db/db.ts';
import { recordAuditEntries } from '../audit/index.ts';
import { listMembershipsOfUser } from './tenancy.repo.ts';

/**
 * Records something that happened to a login (a wrong password, a reset) in every company where it
 * is active: a login belongs to no one company, and each company's admins should see it. The actor
 * is the login itself — whoever held the password or the link, not necessarily its owner.
 */
export async function recordLoginEvent(
  db: Db,
  userId: string,
  action: Extract<TAuditAction, 'auth.sign_in_failed' | 'auth.password_reset'>,
  ip: string | undefined,
) {
  const active = (await listMembershipsOfUser(db, userId)).filter((m) => m.status === 'active');
  await recordAuditEntries(
    db,
    active.map((m) => ({
      companyId: m.companyId,
      actor: { kind: 'user' as const, userId },
      action,
      target: { kind: 'user' as const, id: userId },
      ip: ip ?? null,
    })),
  );
}
