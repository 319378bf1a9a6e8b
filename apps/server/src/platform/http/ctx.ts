import type { FastifyRequest } from 'fastify';
import { AppError } from '../errors.ts';
import type { Ctx, PublicCtx } from './context.ts';

/** The use-case context of a signed-in request. */
export function ctxOf(request: FastifyRequest): Ctx {
  if (!request.actor || !request.tenantId) throw new AppError('unauthenticated', 'Sign in to continue');
  const { config, db } = request.server.services;
  return { tenantId: request.tenantId, actor: request.actor, db, config, requestId: request.id, log: request.log };
}

export function publicCtxOf(request: FastifyRequest): PublicCtx {
  const { config, db } = request.server.services;
  return { db, config, requestId: request.id, log: request.log };
}
