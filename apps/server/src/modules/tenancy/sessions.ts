import type { TMe } from '@vouch/contracts';
import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import { randomToken, sha256 } from '../../platform/crypto.ts';
import type { Db } from '../../platform/db/db.ts';
import { preparedOnce } from '../../platform/db/prepared.ts';
import type { Authenticators } from '../../platform/http/auth-hook.ts';
import type { Actor } from '../../platform/http/context.ts';
import { agencies, companies, memberships, sessions, users } from './tenancy.tables.ts';
import { meColumns, meOf } from './use-cases/load-me.ts';

export const SESSION_COOKIE = 'vouch_session';
const SESSION_DAYS = 14;
/**
 * last_seen is written at most this often, so reads stay reads: a request writes only when the
 * session was last marked seen longer ago than this. "Active in the last 30 days" needs no finer clock.
 */
const TOUCH_AFTER_MS = 5 * 60_000;

export type ResolvedSession = { actor: Actor; tenantId: string; csrfToken: string; profile?: TMe };

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

function resolveStatement(db: Db, withProfile: boolean) {
  const columns = {
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
  };
  const base = db
    .select(withProfile ? { ...columns, ...meColumns } : columns)
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .innerJoin(memberships, and(eq(memberships.userId, sessions.userId), eq(memberships.companyId, sessions.companyId)))
    .$dynamic();
  const joined = withProfile
    ? base
        .innerJoin(companies, eq(companies.id, sessions.companyId))
        .leftJoin(agencies, eq(agencies.id, memberships.agencyId))
    : base;
  return joined
    .where(
      and(
        eq(sessions.tokenHash, sql.placeholder('tokenHash')),
        isNull(sessions.revokedAt),
        gt(sessions.expiresAt, sql`now()`),
        eq(memberships.status, 'active'),
      ),
    )
    .limit(1)
    .prepare(withProfile ? 'session_resolve_with_profile' : 'session_resolve');
}

const resolveOnly = preparedOnce((db) => resolveStatement(db, false));
const resolveWithProfile = preparedOnce((db) => resolveStatement(db, true));

/**
 * One statement per request: the session, its person and membership (and with `profile`, all that
 * `GET /api/auth/me` answers). Nothing is cached between requests, so a session counts only while its
 * membership is active and unrevoked: deactivating someone ends every session at once, in every process.
 */
export async function resolveSession(
  db: Db,
  token: string,
  options: { profile?: boolean } = {},
): Promise<ResolvedSession | null> {
  const statement = options.profile ? resolveWithProfile(db) : resolveOnly(db);
  const [row] = await statement.execute({ tokenHash: sha256(token) });
  if (!row) return null;
  if (Date.now() - row.lastSeenAt.getTime() > TOUCH_AFTER_MS) await touch(db, row.sessionId, row.membershipId);
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
    // The statement with the profile selected meColumns too (one select whose shape depends on a flag).
    profile: options.profile
      ? meOf(row as unknown as Parameters<typeof meOf>[0], row.companyId, row.csrfToken)
      : undefined,
  };
}

/** Marks the session and the membership as seen, in one statement. */
async function touch(db: Db, sessionId: string, membershipId: string) {
  await db.execute(sql`with touched as (
      update ${sessions} set last_seen_at = now() where id = ${sessionId}
    )
    update ${memberships} set last_seen_at = now() where id = ${membershipId}`);
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
