import type { FastifyRequest } from 'fastify';
import { AppError } from '../errors.ts';
import type { ApiCtx, Ctx, PublicCtx } from './context.ts';

/**
 * The handle a company's request queries through: behind row-level security on PostgreSQL with an
 * app role (so a missing company_id filter still finds nothing foreign), else the shared one.
 */
function companyDbOf(request: FastifyRequest, companyId: string) {
  const { database, db } = request.server.services;
  return database.companyDb?.(companyId) ?? db;
}

/** The use-case context of a signed-in request. */
export function ctxOf(request: FastifyRequest): Ctx {
  if (!request.actor || !request.tenantId) throw new AppError('auth.sign_in_required');
  const { config } = request.server.services;
  return {
    tenantId: request.tenantId,
    actor: request.actor,
    db: companyDbOf(request, request.tenantId),
    config,
    requestId: request.id,
    log: request.log,
    ip: request.ip,
  };
}

export function publicCtxOf(request: FastifyRequest): PublicCtx {
  const { config, db } = request.server.services;
  return { db, config, requestId: request.id, log: request.log, ip: request.ip };
}

/** The use-case context of an integration API request (authenticated by an API key). */
export function apiCtxOf(request: FastifyRequest): ApiCtx {
  if (!request.apiKey || !request.tenantId) throw new AppError('auth.api_key_required');
  const { config } = request.server.services;
  return {
    tenantId: request.tenantId,
    apiKey: request.apiKey,
    db: companyDbOf(request, request.tenantId),
    config,
    requestId: request.id,
    log: request.log,
    ip: request.ip,
  };
}
