import { type TMessage, ZIdParams, ZMessage, ZMessageDetail, ZMessageListQuery, ZPage } from '@vouch/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { notFound } from '../../platform/errors.ts';
import { ctxOf } from '../../platform/http/ctx.ts';
import { inboundRoutes } from './inbound.routes.ts';
import { type AdminMessageRow, getMessage, listMessages } from './messages.repo.ts';
import { retryMessage } from './use-cases/retry-message.ts';

const access = ['admin'] as const;
const tags = ['messaging'];

/**
 * The admin's view of the message queue: what went out, what failed, and a way to try again. A
 * recipient's links are never part of it: those messages show placeholders, or only their delivery.
 */
export const messagingRoutes: FastifyPluginAsyncZod = async (app) => {
  // Its own plugin: the raw-mail and form parsers it adds stay with its two routes.
  await app.register(inboundRoutes);
  app.get(
    '/api/messages',
    { config: { access }, schema: { tags, querystring: ZMessageListQuery, response: { 200: ZPage(ZMessage) } } },
    async (request) => {
      const ctx = ctxOf(request);
      const page = await listMessages(ctx.db, ctx.tenantId, request.query);
      return { items: page.items.map(toMessage), nextCursor: page.nextCursor };
    },
  );

  app.get(
    '/api/messages/:id',
    { config: { access }, schema: { tags, params: ZIdParams, response: { 200: ZMessageDetail } } },
    async (request) => {
      const ctx = ctxOf(request);
      const row = await getMessage(ctx.db, ctx.tenantId, request.params.id);
      if (!row) throw notFound('message.not_found');
      if (row.visibility === 'private') return { ...toMessage(row), bodyText: null, bodyHtml: null };
      return { ...toMessage(row), bodyText: row.bodyText, bodyHtml: row.bodyHtml };
    },
  );

  app.post(
    '/api/messages/:id/retry',
    { config: { access }, schema: { tags, params: ZIdParams, response: { 200: ZMessage } } },
    async (request) => toMessage(await retryMessage(ctxOf(request), request.params.id)),
  );
};

function toMessage(row: AdminMessageRow): TMessage {
  const waiting = row.status === 'pending' || row.status === 'failed';
  return {
    id: row.id,
    channel: row.channel,
    recipient: row.recipient,
    subject: row.subject,
    template: row.template,
    status: row.status,
    visibility: row.visibility,
    transport: row.transport,
    attempts: row.attempts,
    lastError: row.lastError,
    createdAt: row.createdAt.toISOString(),
    sentAt: row.sentAt?.toISOString() ?? null,
    // Only meaningful while the message still waits; a sent or dead one has no next attempt.
    nextAttemptAt: waiting ? row.nextAttemptAt.toISOString() : null,
  };
}
