import { setTimeout as sleep } from 'node:timers/promises';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { sha256 } from '../../platform/crypto.ts';
import { AppError, fieldError } from '../../platform/errors.ts';
import {
  claimIdempotencyKey,
  findIdempotencyKey,
  forgetExpiredIdempotencyKey,
  freeIdempotencyKey,
  keepIdempotentAnswer,
  sweepExpiredIdempotencyKeys,
} from './idempotency-keys.repo.ts';

export const IDEMPOTENCY_HEADER = 'idempotency-key';
const KEY_PATTERN = /^[\x20-\x7e]{1,255}$/;
const KEEP_MS = 24 * 60 * 60 * 1000;
/** How long a repeat waits for the first request to finish before being told to retry. */
const WAIT_MS = 5_000;
const POLL_MS = 50;
const SWEEP_EVERY_MS = 60_000;

type Pending = { key: string; hash: string; path: string; companyId: string; rowId?: string; settled?: boolean };
const pending = new WeakMap<FastifyRequest, Pending>();

/**
 * `Idempotency-Key` on every `POST` of the integration API (`access: 'api:write'`). The first request
 * with a key claims a row (unique per API key and key) before its handler runs; its response is kept
 * for 24 hours and replayed, with `Idempotent-Replayed: true`, for a repeat with the same body and
 * path. A repeat that arrives while the first still runs waits for it (up to 5 s), so two concurrent
 * requests do the work once. Another body or path with the same key is a 422.
 *
 * As at Stripe, only a request that began executing is kept: a refused input (a 400: the body failed
 * validation, by its schema or by the handler's own checks; or a 422 `unknown_id`: an id in the body
 * names nothing the key can reach) and a 5xx free the key, so the corrected request or a retry with
 * the same key runs. Every other answer (404, 409 and the other 422s included) is kept and replayed.
 *
 * The body is compared as parsed JSON (re-serialised in the order received), so a repeat that differs
 * only in whitespace is the same request.
 *
 * Added to the integrations plugin's context before the API routes (see index.ts); the auth hook has
 * resolved `request.apiKey` by the time these run.
 */
export function registerIdempotency(app: FastifyInstance) {
  const { db } = app.services;
  let lastSweep = 0;

  app.addHook('preValidation', async (request) => {
    if (request.method !== 'POST' || request.routeOptions.config?.access !== 'api:write' || !request.apiKey) return;
    const header = request.headers[IDEMPOTENCY_HEADER];
    if (header === undefined) return;
    if (typeof header !== 'string' || !KEY_PATTERN.test(header)) {
      throw fieldError('Idempotency-Key', 'idempotency.key_invalid');
    }
    pending.set(request, {
      companyId: request.apiKey.companyId,
      key: header,
      hash: sha256(request.body === undefined ? '' : JSON.stringify(request.body)),
      path: request.url.split('?')[0],
    });
  });

  app.addHook('preHandler', async (request, reply) => {
    const claim = pending.get(request);
    const apiKey = request.apiKey;
    if (!claim || !apiKey) return;

    if (Date.now() - lastSweep > SWEEP_EVERY_MS) {
      lastSweep = Date.now();
      await sweepExpiredIdempotencyKeys(db);
    }

    const deadline = Date.now() + WAIT_MS;
    for (;;) {
      const claimed = await claimIdempotencyKey(db, claim.companyId, {
        apiKeyId: apiKey.id,
        key: claim.key,
        method: request.method,
        path: claim.path,
        requestHash: claim.hash,
        expiresAt: new Date(Date.now() + KEEP_MS),
      });
      if (claimed) {
        claim.rowId = claimed;
        return; // the handler runs; onSend keeps its answer
      }

      const row = await findIdempotencyKey(db, claim.companyId, apiKey.id, claim.key);
      if (row && row.expiresAt.getTime() <= Date.now()) {
        // An old answer is forgotten: the key starts afresh.
        await forgetExpiredIdempotencyKey(db, claim.companyId, row.id);
      } else if (row) {
        if (row.method !== request.method || row.path !== claim.path || row.requestHash !== claim.hash) {
          throw new AppError('idempotency_key_reused');
        }
        if (row.state === 'done' && row.responseStatus !== null && row.responseBody !== null) {
          return replay(reply, row.responseStatus, row.responseBody);
        }
      }
      // Still running (or just freed by a failed first attempt): wait, then look again.
      if (Date.now() >= deadline) {
        reply.header('retry-after', '1');
        throw new AppError('idempotency_in_progress');
      }
      await sleep(POLL_MS);
    }
  });

  app.addHook('onSend', async (request, reply, payload) => {
    const claim = pending.get(request);
    if (!claim?.rowId || claim.settled) return payload;
    claim.settled = true;
    const body = typeof payload === 'string' ? payload : Buffer.isBuffer(payload) ? payload.toString('utf8') : null;
    if (body === null || reply.statusCode >= 500 || refusedInput(reply.statusCode, body)) {
      await freeIdempotencyKey(db, claim.companyId, claim.rowId);
    } else {
      await keepIdempotentAnswer(db, claim.companyId, claim.rowId, reply.statusCode, body);
    }
    return payload;
  });

  // A request that ended without an answer (the client went away) frees its key.
  app.addHook('onResponse', async (request) => {
    const claim = pending.get(request);
    if (!claim?.rowId || claim.settled) return;
    claim.settled = true;
    await freeIdempotencyKey(db, claim.companyId, claim.rowId);
  });
}

function replay(reply: FastifyReply, status: number, body: string) {
  return reply
    .status(status)
    .header('idempotent-replayed', 'true')
    .type(status >= 400 ? 'application/problem+json' : 'application/json; charset=utf-8')
    .send(body);
}

/** The request's input was refused before any work began: nothing to keep under the key. */
function refusedInput(status: number, body: string) {
  if (status === 400) return true;
  if (status !== 422) return false;
  try {
    return (JSON.parse(body) as { code?: unknown }).code === 'unknown_id';
  } catch {
    return false;
  }
}
