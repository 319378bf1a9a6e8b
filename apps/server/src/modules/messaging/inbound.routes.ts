import { ZInboundSecretParams, ZSmsDeliveryReport } from '@vouch/contracts';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { safeEqual, sha256 } from '../../platform/crypto.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import { publicCtxOf } from '../../platform/http/ctx.ts';
import { recordBounceEmail } from './use-cases/record-bounce-email.ts';
import { recordSmsReport } from './use-cases/record-sms-report.ts';

const RAW_MAIL_TYPES = ['message/rfc822', 'application/octet-stream', 'text/plain'];
// A bounce may return the whole message, attachments and all.
const BOUNCE_BODY_LIMIT = 10 * 1024 * 1024;

/**
 * Late delivery failures, from outside: the mail server hands over bounce emails (a raw RFC 3464
 * message, `Authorization: Bearer <INBOUND_SECRET>`), and the SMS provider posts delivery reports
 * to an address holding the secret (it cannot sign). A wrong or missing secret, or none configured,
 * is a 404 that tells nothing. Reports about unknown messages, repeats and delays answer 204, so the
 * sender does not retry them forever.
 */
export const inboundRoutes: FastifyPluginAsyncZod = async (app) => {
  const { config } = app.services;
  const secretMatches = (given: string | undefined) =>
    !!config.inboundSecret && !!given && safeEqual(sha256(given), sha256(config.inboundSecret));

  app.removeContentTypeParser('text/plain');
  app.addContentTypeParser(RAW_MAIL_TYPES, { parseAs: 'buffer', bodyLimit: BOUNCE_BODY_LIMIT }, (_req, body, done) =>
    done(null, body),
  );
  app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string' }, (_req, body, done) =>
    done(null, Object.fromEntries(new URLSearchParams(String(body)))),
  );

  // Before the body is read or validated, so a caller without the secret learns nothing.
  const tags = ['inbound'];
  const noContent = { 204: z.null().describe('Recorded, or ignored') };
  const bearerSecret = async (request: FastifyRequest) => {
    if (!secretMatches(/^Bearer (.+)$/i.exec(request.headers.authorization ?? '')?.[1])) throw notFound();
  };
  const pathSecret = async (request: FastifyRequest) => {
    if (!secretMatches((request.params as { secret?: string }).secret)) throw notFound();
  };

  app.post(
    '/api/inbound/bounces',
    {
      config: { access: 'public' },
      schema: {
        tags,
        description:
          'For the mail server: one raw bounce email (RFC 3464, `message/rfc822`) with `Authorization: Bearer <INBOUND_SECRET>`. ' +
          'A failed delivery marks the message bounced; anything else is ignored. A wrong secret answers 404.',
        response: noContent,
      },
      onRequest: bearerSecret,
    },
    async (request, reply) => {
      if (!Buffer.isBuffer(request.body)) throw new AppError('bad_request');
      await recordBounceEmail(publicCtxOf(request).db, request.body);
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/api/inbound/sms-reports/:secret',
    {
      config: { access: 'public' },
      schema: {
        tags,
        description:
          "For the SMS provider (46elks' `whendelivered`): a delivery report, form-encoded, at the address with INBOUND_SECRET. " +
          'A failed one marks the message bounced; an unknown message is ignored. A wrong secret answers 404.',
        params: ZInboundSecretParams,
        body: ZSmsDeliveryReport,
        response: noContent,
      },
      onRequest: pathSecret,
    },
    async (request, reply) => {
      await recordSmsReport(publicCtxOf(request).db, request.body);
      return reply.code(204).send(null);
    },
  );
};
