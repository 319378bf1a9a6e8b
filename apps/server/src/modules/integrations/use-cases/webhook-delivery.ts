import { WEBHOOK_TEST_EVENT_TYPE } from '@vouch/contracts';
import { and, eq, inArray, isNull, lt, lte, ne, or, sql } from 'drizzle-orm';
import { Agent, fetch as undiciFetch } from 'undici';
import type { Db } from '../../../platform/db/db.ts';
import { companies } from '../../tenancy/tenancy.tables.ts';
import { webhookDeliveries, webhookEndpoints, webhookEvents } from '../integrations.tables.ts';
import { emitWebhookEvent } from './webhook-events.ts';
import { signWebhook } from './webhook-signing.ts';
import { checkWebhookTarget, type Lookup, type ResolvedAddress, type TargetPolicy } from './webhook-target.ts';

/**
 * The durable side of webhooks: the `webhook_deliveries` queue, claimed with SKIP LOCKED, one HTTP
 * attempt at a time, retried on a schedule over about a day. Delivery is at-least-once: a worker that
 * dies mid-attempt leaves a `sending` row that is claimed again when its lock runs out, and the event
 * goes out again with the same `webhook-id`, which receivers use to drop the repeat.
 */

/** A claim lasts this long; longer than one attempt (10 s) by far. */
export const WEBHOOK_CLAIM_MS = 2 * 60_000;
export const WEBHOOK_TIMEOUT_MS = 10_000;

/**
 * The wait after the n-th failed attempt: 30 s, 2 min, 10 min, 30 min, 1 h, 2 h, 4 h, 8 h, 8 h —
 * about 24 hours in all, then the delivery is dead. Each wait gets ±20 % jitter, so deliveries that
 * failed together (a receiver's outage) do not all come back in the same second.
 */
export const WEBHOOK_RETRY_SCHEDULE_MS = [
  30_000,
  2 * 60_000,
  10 * 60_000,
  30 * 60_000,
  60 * 60_000,
  2 * 60 * 60_000,
  4 * 60 * 60_000,
  8 * 60 * 60_000,
  8 * 60 * 60_000,
];
export const WEBHOOK_MAX_ATTEMPTS = WEBHOOK_RETRY_SCHEDULE_MS.length + 1;
export const WEBHOOK_JITTER = 0.2;

export function webhookBackoffMs(failedAttempts: number, random: () => number = Math.random): number {
  const index = Math.min(Math.max(failedAttempts, 1), WEBHOOK_RETRY_SCHEDULE_MS.length) - 1;
  return Math.round(WEBHOOK_RETRY_SCHEDULE_MS[index] * (1 - WEBHOOK_JITTER + 2 * WEBHOOK_JITTER * random()));
}

export type DeliveryRow = typeof webhookDeliveries.$inferSelect;

/**
 * Claims up to `limit` due deliveries of enabled endpoints in one short transaction. A `sending` row
 * whose claim ran out belongs to a worker that died: it is due again, unless no attempts are left.
 */
export async function claimDueDeliveries(db: Db, now: Date, limit: number): Promise<DeliveryRow[]> {
  return db.transaction(async (tx) => {
    await tx
      .update(webhookDeliveries)
      .set({ status: 'dead', lockedUntil: null, lastError: 'Delivery was interrupted and no attempts are left' })
      .where(
        inArray(
          webhookDeliveries.id,
          tx
            .select({ id: webhookDeliveries.id })
            .from(webhookDeliveries)
            .where(
              and(
                eq(webhookDeliveries.status, 'sending'),
                lt(webhookDeliveries.lockedUntil, now),
                sql`${webhookDeliveries.attempts} >= ${WEBHOOK_MAX_ATTEMPTS}`,
              ),
            )
            .for('update', { skipLocked: true }),
        ),
      );
    const enabledEndpoints = tx
      .select({ id: webhookEndpoints.id })
      .from(webhookEndpoints)
      .where(and(isNull(webhookEndpoints.disabledAt), isNull(webhookEndpoints.deletedAt)));
    const due = await tx
      .select({ id: webhookDeliveries.id })
      .from(webhookDeliveries)
      .where(
        and(
          or(
            and(inArray(webhookDeliveries.status, ['pending', 'failed']), lte(webhookDeliveries.nextAttemptAt, now)),
            and(eq(webhookDeliveries.status, 'sending'), lt(webhookDeliveries.lockedUntil, now)),
          ),
          inArray(webhookDeliveries.endpointId, enabledEndpoints),
        ),
      )
      .orderBy(webhookDeliveries.nextAttemptAt)
      .limit(limit)
      .for('update', { skipLocked: true });
    if (!due.length) return [];
    return tx
      .update(webhookDeliveries)
      .set({
        status: 'sending',
        lockedUntil: new Date(now.getTime() + WEBHOOK_CLAIM_MS),
        attempts: sql`${webhookDeliveries.attempts} + 1`,
      })
      .where(
        inArray(
          webhookDeliveries.id,
          due.map((r) => r.id),
        ),
      )
      .returning();
  });
}

/** What an attempt needs besides the delivery: the stored payload, the endpoint and the company's setting. */
export async function loadAttemptTargets(db: Db, deliveryIds: string[]) {
  if (!deliveryIds.length) return [];
  return db
    .select({
      deliveryId: webhookDeliveries.id,
      eventId: webhookEvents.id,
      payload: webhookEvents.payload,
      endpointId: webhookEndpoints.id,
      url: webhookEndpoints.url,
      secret: webhookEndpoints.secret,
      companyId: webhookEndpoints.companyId,
      allowPrivate: companies.webhooksAllowPrivateNetworks,
    })
    .from(webhookDeliveries)
    .innerJoin(webhookEvents, eq(webhookEvents.id, webhookDeliveries.eventId))
    .innerJoin(webhookEndpoints, eq(webhookEndpoints.id, webhookDeliveries.endpointId))
    .innerJoin(companies, eq(companies.id, webhookEndpoints.companyId))
    .where(inArray(webhookDeliveries.id, deliveryIds));
}

// --- One HTTP attempt ---

/** The part of a fetch response an attempt reads. */
export type WebhookResponse = { status: number; body: ReadableStream<Uint8Array> | null };
export type WebhookFetch = (
  url: string,
  init: {
    method: 'POST';
    headers: Record<string, string>;
    body: string;
    redirect: 'manual';
    signal: AbortSignal;
    dispatcher?: Agent;
  },
) => Promise<WebhookResponse>;

export type AttemptOutcome = {
  ok: boolean;
  statusCode: number | null;
  excerpt: string | null;
  error: string | null;
};

const EXCERPT_CHARS = 500;
/** Bytes of a response body read at most: enough for the excerpt, never a receiver's whole page. */
const BODY_READ_CAP = 16 * 1024;

/**
 * Sends one signed attempt: the target is checked first (refused before connecting), the
 * connection goes to the address just checked, redirects are not followed (a 3xx is a failure),
 * and the whole attempt, body included, is cut off after `timeoutMs`.
 */
export async function attemptDelivery(
  target: { eventId: string; payload: unknown; url: string; secret: string; policy: TargetPolicy },
  options: { fetch?: WebhookFetch; timeoutMs?: number; signedAt?: Date; lookup?: Lookup } = {},
): Promise<AttemptOutcome> {
  const checked = await checkWebhookTarget(target.url, target.policy, options.lookup);
  if (!checked.ok) return { ok: false, statusCode: null, excerpt: null, error: checked.reason };
  const body = JSON.stringify(target.payload);
  const headers = signWebhook(target.secret, target.eventId, options.signedAt ?? new Date(), body);
  const timeoutMs = options.timeoutMs ?? WEBHOOK_TIMEOUT_MS;
  const signal = AbortSignal.timeout(timeoutMs);
  const dispatcher = pinnedAgent(checked.addresses);
  const send = options.fetch ?? (undiciFetch as unknown as WebhookFetch);
  try {
    const response = await send(checked.url.href, {
      method: 'POST',
      headers: { ...headers, 'user-agent': 'Vouch-Webhooks/1' },
      body,
      redirect: 'manual',
      signal,
      dispatcher,
    });
    const excerpt = await readExcerpt(response.body);
    const ok = response.status >= 200 && response.status < 300;
    let error: string | null = null;
    if (!ok)
      error =
        response.status >= 300 && response.status < 400
          ? `The receiver answered ${response.status} (a redirect); redirects are not followed`
          : `The receiver answered ${response.status}`;
    return { ok, statusCode: response.status, excerpt, error };
  } catch (error) {
    const timedOut = signal.aborted;
    return {
      ok: false,
      statusCode: null,
      excerpt: null,
      error: timedOut ? `No answer within ${timeoutMs / 1000} s` : describeFetchError(error),
    };
  } finally {
    dispatcher.destroy().catch(() => {});
  }
}

/** An agent that connects only to the addresses the guard approved, whatever DNS says by then. */
function pinnedAgent(addresses: ResolvedAddress[]) {
  const [first] = addresses;
  return new Agent({
    connections: 1,
    connect: {
      lookup: (
        _hostname: string,
        options: { all?: boolean },
        callback: (error: Error | null, address: string | ResolvedAddress[], family?: number) => void,
      ) => {
        if (options?.all) callback(null, addresses);
        else callback(null, first.address, first.family);
      },
    } as never,
  });
}

async function readExcerpt(body: ReadableStream<Uint8Array> | null): Promise<string | null> {
  if (!body) return null;
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    while (total < BODY_READ_CAP) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      total += value.byteLength;
    }
  } finally {
    reader.cancel().catch(() => {});
  }
  const text = new TextDecoder().decode(Buffer.concat(chunks).subarray(0, BODY_READ_CAP));
  return text ? text.slice(0, EXCERPT_CHARS) : null;
}

function describeFetchError(error: unknown): string {
  if (!(error instanceof Error)) return String(error).slice(0, EXCERPT_CHARS);
  const cause = error.cause as { code?: unknown; message?: unknown } | undefined;
  const detail = cause
    ? ` (${[
        typeof cause.code === 'string' ? cause.code : null,
        typeof cause.message === 'string' ? cause.message : null,
      ]
        .filter(Boolean)
        .join(': ')})`
    : '';
  return `${error.message}${detail}`.replace(/\s+/g, ' ').slice(0, EXCERPT_CHARS);
}

// --- Recording an attempt ---

/** Only the claim that made the attempt records it (same attempt number, still sending). */
const sameClaim = (claimed: Pick<DeliveryRow, 'id' | 'attempts'>) =>
  and(
    eq(webhookDeliveries.id, claimed.id),
    eq(webhookDeliveries.status, 'sending'),
    eq(webhookDeliveries.attempts, claimed.attempts),
  );

export async function markDelivered(
  db: Db,
  claimed: Pick<DeliveryRow, 'id' | 'attempts' | 'endpointId'>,
  outcome: AttemptOutcome,
  now: Date,
) {
  await db
    .update(webhookDeliveries)
    .set({
      status: 'delivered',
      deliveredAt: now,
      lastAttemptAt: now,
      lastStatusCode: outcome.statusCode,
      lastResponseExcerpt: outcome.excerpt,
      lastError: null,
      lockedUntil: null,
    })
    .where(sameClaim(claimed));
  await db
    .update(webhookEndpoints)
    .set({ failingSince: null })
    .where(and(eq(webhookEndpoints.id, claimed.endpointId), sql`${webhookEndpoints.failingSince} is not null`));
}

/** Records a failed attempt: retried later, or dead when the schedule is used up. Returns which. */
export async function markAttemptFailed(
  db: Db,
  claimed: Pick<DeliveryRow, 'id' | 'attempts' | 'endpointId'>,
  outcome: AttemptOutcome,
  now: Date,
  random: () => number = Math.random,
) {
  const dead = claimed.attempts >= WEBHOOK_MAX_ATTEMPTS;
  await db
    .update(webhookDeliveries)
    .set({
      status: dead ? 'dead' : 'failed',
      lastAttemptAt: now,
      lastStatusCode: outcome.statusCode,
      lastResponseExcerpt: outcome.excerpt,
      lastError: outcome.error,
      lockedUntil: null,
      ...(dead ? {} : { nextAttemptAt: new Date(now.getTime() + webhookBackoffMs(claimed.attempts, random)) }),
    })
    .where(sameClaim(claimed));
  await db
    .update(webhookEndpoints)
    .set({ failingSince: now })
    .where(and(eq(webhookEndpoints.id, claimed.endpointId), isNull(webhookEndpoints.failingSince)));
  return dead ? ('dead' as const) : ('failed' as const);
}

// --- For the admin screens ---

/**
 * Queues a `webhook.test` event to one endpoint, whatever it subscribes to; it goes out with the
 * next worker run. Null when the endpoint is not there, deleted or disabled. The caller checks that
 * the endpoint belongs to the caller's company (or passes `companyId`).
 */
export async function sendTestEvent(db: Db, endpointId: string, companyId?: string) {
  const [endpoint] = await db
    .select({ id: webhookEndpoints.id, companyId: webhookEndpoints.companyId })
    .from(webhookEndpoints)
    .where(
      and(
        eq(webhookEndpoints.id, endpointId),
        companyId ? eq(webhookEndpoints.companyId, companyId) : undefined,
        isNull(webhookEndpoints.deletedAt),
      ),
    );
  if (!endpoint) return null;
  const eventId = await emitWebhookEvent(
    db,
    endpoint.companyId,
    WEBHOOK_TEST_EVENT_TYPE,
    { endpoint_id: endpoint.id, message: 'A test event from Vouch' },
    { endpointIds: [endpoint.id] },
  );
  if (!eventId) return null;
  const [delivery] = await db
    .select({ id: webhookDeliveries.id })
    .from(webhookDeliveries)
    .where(and(eq(webhookDeliveries.eventId, eventId), eq(webhookDeliveries.endpointId, endpoint.id)));
  return { eventId, deliveryId: delivery.id };
}

/**
 * Sends a delivery again as soon as the worker runs: the same event, the same `webhook-id`, the same
 * body. A dead delivery gets one more attempt; one in the middle of its schedule goes now and then
 * carries on. False when the delivery is not there or is being sent right now.
 */
export async function resendDelivery(db: Db, deliveryId: string, companyId?: string) {
  const updated = await db
    .update(webhookDeliveries)
    .set({ status: 'pending', nextAttemptAt: sql`now()`, lockedUntil: null })
    .where(
      and(
        eq(webhookDeliveries.id, deliveryId),
        companyId ? eq(webhookDeliveries.companyId, companyId) : undefined,
        ne(webhookDeliveries.status, 'sending'),
      ),
    )
    .returning({ id: webhookDeliveries.id });
  return updated.length > 0;
}
