import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import { randomToken, sha256 } from '../../platform/crypto.ts';
import type { Db } from '../../platform/db/db.ts';
import type { Authenticators } from '../../platform/http/auth-hook.ts';
import type { Actor } from '../../platform/http/context.ts';
import { memberships, sessions, users } from './tenancy.tables.ts';

export const SESSION_COOKIE = 'vouch_session';
const SESSION_DAYS = 14;
/** last_seen is written at most this often, so reads stay reads. */
const TOUCH_AFTER_MS = 60_000;

export type ResolvedSession = { actor: Actor; tenantId: string; csrfToken: string };

export async function createSession(db: Db, input: { userId: string; companyId: string; userAgent?: string }) {
  const token = randomToken();
  const csrfToken = randomToken();
  await db.insert(sessions).values({
    tokenHash: sha256(token),
    userId: input.userId,
    companyId: input.companyId,
    csrfToken,
    userAgent: input.userAgent?.slice(0, 300),
    expiresAt: new Date(Date.now() + SESSION_DAYS * 86_400_000),
  });
  // Signing in is being seen: the member counts as active now, not only after the first touch a minute on.
  await db
    .update(memberships)
    .set({ lastSeenAt: new Date() })
    .where(and(eq(memberships.userId, input.userId), eq(memberships.companyId, input.companyId)));
  return { token, maxAgeSeconds: SESSION_DAYS * 86_400 };
}

/** A session counts only while its membership is active: deactivating someone ends every session at once. */
export async function resolveSession(db: Db, token: string): Promise<ResolvedSession | null> {
  const [row] = await db
    .select({
      sessionId: sessions.id,
      companyId: sessions.companyId,
      csrfToken: sessions.csrfToken,
      lastSeenAt: sessions.lastSeenAt,
      userId: users.id,
      email: users.email,
      name: users.name,
      language: users.language,
      membershipId: memberships.id,
      role: memberships.role,
      agencyId: memberships.agencyId,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .innerJoin(memberships, and(eq(memberships.userId, sessions.userId), eq(memberships.companyId, sessions.companyId)))
    .where(
      and(
        eq(sessions.tokenHash, sha256(token)),
        isNull(sessions.revokedAt),
        gt(sessions.expiresAt, sql`now()`),
        eq(memberships.status, 'active'),
      ),
    )
    .limit(1);
  if (!row) return null;
  if (Date.now() - row.lastSeenAt.getTime() > TOUCH_AFTER_MS) {
    await db.update(sessions).set({ lastSeenAt: new Date() }).where(eq(sessions.id, row.sessionId));
    await db.update(memberships).set({ lastSeenAt: new Date() }).where(eq(memberships.id, row.membershipId));
  }
  return {
    tenantId: row.companyId,
    csrfToken: row.csrfToken,
    actor: {
      userId: row.userId,
      membershipId: row.membershipId,
      sessionId: row.sessionId,
      email: row.email,
      name: row.name,
      language: row.language,
      role: row.role,
      agencyId: row.agencyId,
    },
  };
}

export async function revokeSession(db: Db, sessionId: string) {
  await db.update(sessions).set({ revokedAt: new Date() }).where(eq(sessions.id, sessionId));
}

export async function revokeUserSessions(db: Db, userId: string, companyId?: string) {
  await db
    .update(sessions)
    .set({ revokedAt: new Date() })
    .where(
      and(
        eq(sessions.userId, userId),
        isNull(sessions.revokedAt),
        companyId ? eq(sessions.companyId, companyId) : undefined,
      ),
    );
}

/** How the platform's auth hook recognises a signed-in member: the session cookie. */
export const sessionAuthenticator: Authenticators['session'] = { cookie: SESSION_COOKIE, resolve: resolveSession };
