import { and, eq, isNull, lte, type SQL } from 'drizzle-orm';
import { type BackgroundLoop, type LoopLog, startBackgroundLoop } from '../../../platform/background-loop.ts';
import type { Config } from '../../../platform/config.ts';
import type { Db } from '../../../platform/db/db.ts';
import { enqueueEmail } from '../../messaging/index.ts';
import { companies, memberships, users } from '../../tenancy/tenancy.tables.ts';
import { webhookEndpoints } from '../integrations.tables.ts';
import type { AttemptOptions, AttemptOutcome } from './delivery-http.ts';
import { attemptPartnerCallback, markPartnerCallbackSent } from './partner-callbacks.ts';
import {
  type AttemptTarget,
  attemptDelivery,
  claimDueDeliveries,
  loadAttemptTargets,
  markAttemptFailed,
  markDelivered,
} from './webhook-delivery.ts';
import type { Lookup, TargetPolicy } from './webhook-target.ts';

/** An endpoint failing this long without a single success is turned off and the admins are told. */
export const WEBHOOK_DISABLE_AFTER_MS = 5 * 86_400_000;
const DISABLE_AFTER_DAYS = WEBHOOK_DISABLE_AFTER_MS / 86_400_000;
const DEFAULT_BATCH = 20;

export type WebhookRunOptions = {
  db: Db;
  /** The admins' email links, and which private networks the operator allows. */
  config: Pick<Config, 'publicUrl' | 'webhookPrivateNetworks'>;
  now?: Date;
  timeoutMs?: number;
  batchSize?: number;
  random?: () => number;
  /** How host names resolve (tests); the system resolver by default. */
  lookup?: Lookup;
};
export type WebhookRunResult = { claimed: number; delivered: number; failed: number; dead: number; disabled: number };

/** One attempt of whichever kind the delivery is: a signed event to an endpoint, or a partner's PATCH. */
function attempt(target: AttemptTarget, policy: TargetPolicy, options: AttemptOptions & { now: Date }) {
  if (target.kind === 'partner_callback') return attemptPartnerCallback(target.targetUrl!, policy, options);
  return attemptDelivery(
    {
      eventId: target.eventId!,
      payload: target.payload,
      url: target.endpointUrl!,
      secret: target.secret!,
      previousSecret: target.previousSecret,
      previousSecretExpiresAt: target.previousSecretExpiresAt,
      policy,
    },
    options,
  );
}

/**
 * Claims due deliveries in a short transaction, then sends each outside it (no row lock is held
 * across network I/O) and records the outcome. A receiver's 410 Gone turns its endpoint off at once;
 * five days of failures do too.
 */
export async function runDueWebhooks(options: WebhookRunOptions): Promise<WebhookRunResult> {
  const { db, config, batchSize = DEFAULT_BATCH } = options;
  const clock = () => options.now ?? new Date();
  const claimed = await claimDueDeliveries(db, clock(), batchSize);
  const result: WebhookRunResult = { claimed: claimed.length, delivered: 0, failed: 0, dead: 0, disabled: 0 };
  if (!claimed.length) return result;
  const targets = new Map(
    (
      await loadAttemptTargets(
        db,
        claimed.map((d) => d.id),
      )
    ).map((t) => [t.deliveryId, t]),
  );
  await Promise.all(
    claimed.map(async (delivery) => {
      const target = targets.get(delivery.id);
      const policy = { operator: config.webhookPrivateNetworks, companyAllows: !!target?.allowPrivate };
      const outcome: AttemptOutcome = target
        ? await attempt(target, policy, { timeoutMs: options.timeoutMs, lookup: options.lookup, now: clock() })
        : { ok: false, statusCode: null, excerpt: null, error: 'The endpoint is gone' };
      const now = clock();
      if (outcome.ok) {
        await markDelivered(db, delivery, outcome, now);
        if (delivery.checkId && delivery.kind === 'partner_callback')
          await markPartnerCallbackSent(db, delivery.checkId, now);
        result.delivered++;
        return;
      }
      result[await markAttemptFailed(db, delivery, outcome, now, options.random)]++;
      if (!delivery.endpointId) return;
      const reason = outcome.statusCode === 410 ? 'gone' : 'failing';
      if (await disableEndpoint(db, config, delivery.endpointId, now, reason)) result.disabled++;
    }),
  );
  return result;
}

/**
 * Turns an endpoint off and emails the company's admins, in one transaction: at once when its
 * receiver answered 410 Gone, or once it has failed for five days without a success. True when this
 * call did it (exactly one worker does).
 */
async function disableEndpoint(
  db: Db,
  config: Pick<Config, 'publicUrl'>,
  endpointId: string,
  now: Date,
  reason: 'gone' | 'failing',
) {
  const due: SQL | undefined =
    reason === 'failing'
      ? lte(webhookEndpoints.failingSince, new Date(now.getTime() - WEBHOOK_DISABLE_AFTER_MS))
      : undefined;
  return db.transaction(async (tx) => {
    const [endpoint] = await tx
      .update(webhookEndpoints)
      .set({ disabledAt: now })
      .where(and(eq(webhookEndpoints.id, endpointId), isNull(webhookEndpoints.disabledAt), due))
      .returning({ companyId: webhookEndpoints.companyId, url: webhookEndpoints.url });
    if (!endpoint) return false;
    const admins = await tx
      .select({ email: users.email, name: users.name, language: users.language, senderName: companies.name })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .innerJoin(companies, eq(companies.id, memberships.companyId))
      .where(
        and(
          eq(memberships.companyId, endpoint.companyId),
          eq(memberships.role, 'admin'),
          eq(memberships.status, 'active'),
        ),
      );
    for (const admin of admins) {
      await enqueueEmail(tx, {
        companyId: endpoint.companyId,
        to: admin.email,
        language: admin.language,
        template: 'webhook_endpoint_disabled',
        data: {
          adminName: admin.name,
          endpointUrl: endpoint.url,
          days: DISABLE_AFTER_DAYS,
          reason,
          integrationsUrl: `${config.publicUrl}/integrations`,
        },
        senderName: admin.senderName,
      });
    }
    return true;
  });
}

export type WebhookWorkerOptions = {
  db: Db;
  log: LoopLog;
  config: Pick<Config, 'publicUrl' | 'webhookPrivateNetworks'>;
  idleMs?: number;
  batchSize?: number;
};

/**
 * One loop per process, beside the message worker, for webhooks and partner callbacks alike: a batch at a time, never overlapping; it goes
 * again at once while a full batch came back and otherwise sleeps `idleMs`.
 */
export function startWebhookWorker(options: WebhookWorkerOptions): BackgroundLoop {
  const { db, log, config, idleMs = 1000, batchSize = DEFAULT_BATCH } = options;
  return startBackgroundLoop({
    idleMs,
    log,
    failureMessage: 'webhook worker run failed; trying again shortly',
    runOnce: async () => {
      const result = await runDueWebhooks({ db, config, batchSize });
      if (result.claimed) log.info({ ...result }, 'webhooks processed');
      return { moreWaiting: result.claimed === batchSize };
    },
  });
}
