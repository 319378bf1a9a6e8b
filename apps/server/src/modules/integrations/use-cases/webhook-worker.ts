import type { TLanguage } from '@vouch/contracts';
import { and, eq, isNull, lte } from 'drizzle-orm';
import { type BackgroundLoop, type LoopLog, startBackgroundLoop } from '../../../platform/background-loop.ts';
import type { Config } from '../../../platform/config.ts';
import type { Db } from '../../../platform/db/db.ts';
import { enqueueEmail } from '../../messaging/index.ts';
import { companies, memberships, users } from '../../tenancy/tenancy.tables.ts';
import { webhookEndpoints } from '../integrations.tables.ts';
import {
  attemptDelivery,
  claimDueDeliveries,
  loadAttemptTargets,
  markAttemptFailed,
  markDelivered,
  type WebhookFetch,
} from './webhook-delivery.ts';
import type { Lookup } from './webhook-target.ts';

/** An endpoint failing this long without a single success is turned off and the admins are told. */
export const WEBHOOK_DISABLE_AFTER_MS = 5 * 86_400_000;
const DISABLE_AFTER_DAYS = WEBHOOK_DISABLE_AFTER_MS / 86_400_000;
const DEFAULT_BATCH = 20;

export type WebhookRunOptions = {
  db: Db;
  /** The admins' email links, and which private networks the operator allows. */
  config: Pick<Config, 'publicUrl' | 'webhookPrivateNetworks'>;
  now?: Date;
  fetch?: WebhookFetch;
  timeoutMs?: number;
  batchSize?: number;
  random?: () => number;
  /** How host names resolve (tests); the system resolver by default. */
  lookup?: Lookup;
};
export type WebhookRunResult = { claimed: number; delivered: number; failed: number; dead: number; disabled: number };

/**
 * Claims due deliveries in a short transaction, then sends each outside it (no row lock is held
 * across network I/O) and records the outcome.
 */
export async function runDueWebhooks(options: WebhookRunOptions): Promise<WebhookRunResult> {
  const { db, batchSize = DEFAULT_BATCH } = options;
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
      const policy = { operator: options.config.webhookPrivateNetworks, companyAllows: !!target?.allowPrivate };
      const outcome = target
        ? await attemptDelivery(
            { ...target, policy },
            { fetch: options.fetch, timeoutMs: options.timeoutMs, lookup: options.lookup },
          )
        : { ok: false, statusCode: null, excerpt: null, error: 'The endpoint is gone' };
      const now = clock();
      if (outcome.ok) {
        await markDelivered(db, delivery, outcome, now);
        result.delivered++;
        return;
      }
      result[await markAttemptFailed(db, delivery, outcome, now, options.random)]++;
      if (await disableIfFailingTooLong(db, options.config, delivery.endpointId, now)) result.disabled++;
    }),
  );
  return result;
}

/**
 * Turns an endpoint off once it has failed for five days without a success, and emails the company's
 * admins, in one transaction. True when this call did it (exactly one worker does).
 */
async function disableIfFailingTooLong(db: Db, config: Pick<Config, 'publicUrl'>, endpointId: string, now: Date) {
  return db.transaction(async (tx) => {
    const [endpoint] = await tx
      .update(webhookEndpoints)
      .set({ disabledAt: now })
      .where(
        and(
          eq(webhookEndpoints.id, endpointId),
          isNull(webhookEndpoints.disabledAt),
          lte(webhookEndpoints.failingSince, new Date(now.getTime() - WEBHOOK_DISABLE_AFTER_MS)),
        ),
      )
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
        language: admin.language as TLanguage,
        template: 'webhook_endpoint_disabled',
        data: {
          adminName: admin.name,
          endpointUrl: endpoint.url,
          days: DISABLE_AFTER_DAYS,
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
 * One loop per process, beside the message worker: a batch at a time, never overlapping; it goes
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
