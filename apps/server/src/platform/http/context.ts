import type { TLanguage, TRole } from '@vouch/contracts';
import type { FastifyBaseLogger } from 'fastify';
import type { Config } from '../config.ts';
import type { Db } from '../db/db.ts';
import type { Hit } from '../rate-limit/store.ts';

/** Who is calling, resolved from the session cookie (later also API keys and magic links). */
export type Actor = {
  userId: string;
  membershipId: string;
  sessionId: string;
  email: string;
  name: string;
  language: TLanguage;
  role: TRole;
  agencyId: string | null;
};

/** What every use case gets: the tenant is never taken from the request body. */
export type Ctx = {
  tenantId: string;
  actor: Actor;
  db: Db;
  config: Config;
  requestId: string;
  log: FastifyBaseLogger;
  /** The caller's address (behind the trusted proxies), for the audit log; absent outside a request. */
  ip?: string;
};

/** For routes before sign-in: no tenant yet. */
export type PublicCtx = Omit<Ctx, 'tenantId' | 'actor'>;

/**
 * Who may call a route: anyone, any signed-in member, or the listed roles. Every route declares it
 * in `config.access`; a route without one refuses to register (see app.ts).
 */
export type Access = 'public' | 'member' | readonly TRole[] | ApiAccess;

/** Routes of the integration API: an API key with this scope (`Authorization: Bearer vch_…`). */
export type ApiAccess = 'api:read' | 'api:write';

/** What a request made with an API key carries: the key's company, scopes and sub-account. */
export type ApiKeyCaller = {
  id: string;
  companyId: string;
  subAccountId: string | null;
  scopes: string[];
  /** The admin who created the key, for "created by" columns of what the key creates. */
  createdById: string | null;
  /** This request's count against the key's rate limit, counted when the key was looked up. */
  rateLimitHit: Hit;
};

/** What an integration API route's use case gets: the key's company and the key itself. */
export type ApiCtx = Omit<Ctx, 'actor'> & { apiKey: ApiKeyCaller };

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access;
    /**
     * The route answers with the signed-in person's profile: the session lookup selects it in the
     * same statement (`request.sessionProfile`), so the route sends no query of its own.
     */
    sessionProfile?: boolean;
  }
  interface FastifyRequest {
    actor: Actor | null;
    tenantId: string | null;
    csrfToken: string | null;
    apiKey: ApiKeyCaller | null;
    sessionProfile: unknown;
  }
}

export type Services = { config: Config; db: Db };
