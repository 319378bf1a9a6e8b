import type { FastifyRequest } from 'fastify';
import { AppError } from '../errors.ts';
import type { ApiCtx, Ctx, PublicCtx } from './context.ts';

/** The use-case context of a signed-in request. */
export function ctxOf(request: FastifyRequest): Ctx {
  if (!request.actor || !request.tenantId) throw new AppError('auth.sign_in_required');
  const { config, db } = request.server.services;
  return {
    tenantId: request.tenantId,
    actor: request.actor,
    db,
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
  const { config, db } = request.server.services;
  return {
    tenantId: request.tenantId,
    apiKey: request.apiKey,
    db,
    config,
    requestId: request.id,
    log: request.log,
    ip: request.ip,
  };
}
