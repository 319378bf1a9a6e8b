import type { Config } from '../../../platform/config.ts';
import type { Db } from '../../../platform/db/db.ts';
import {
  type ClaimedWork,
  runDueWork,
  type WorkHandler,
  type WorkOutcome,
} from '../../../platform/work/work-runner.ts';
import type { Lookup, TargetPolicy } from '../address-guard.ts';
import { PARTNER_CALLBACK_WORK, WEBHOOK_WORK } from '../delivery-queue.ts';
import type { AttemptOptions, AttemptOutcome } from '../guarded-http.ts';
import { markPartnerCallbackSent } from '../partner-callbacks.repo.ts';
import {
  type AttemptTarget,
  deliveryClaimable,
  loadAttemptTargets,
  markAttemptFailed,
  markDelivered,
  markDeliveriesInterrupted,
  startAttempt,
} from '../webhook-deliveries.repo.ts';
import { attemptDelivery } from './attempt-delivery.ts';
import { disableEndpoint } from './disable-endpoint.ts';
import { attemptPartnerCallback } from './partner-callbacks.ts';

const DEFAULT_BATCH = 20;

type WebhookRunOptions = {
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

type WebhookRunResult = { claimed: number; delivered: number; failed: number; dead: number; disabled: number };

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

type DeliveryContext = Pick<WebhookRunOptions, 'db' | 'config' | 'timeoutMs' | 'lookup'>;

/**
 * One attempt of one delivery, recorded on its row. A receiver's 410 Gone turns its endpoint off at
 * once; five days of failures do too.
 */
async function runDelivery(context: DeliveryContext, item: ClaimedWork, clock: () => Date): Promise<WorkOutcome> {
  const { db, config } = context;
  const delivery = await startAttempt(db, item.subjectId, item);
  if (!delivery) return { tally: 'skipped' };
  const [target] = await loadAttemptTargets(db, [delivery.id]);
  if (target?.endpointDeletedAt) {
    const gone = { statusCode: null, excerpt: null, error: 'The endpoint was deleted' };
    return { tally: 'dead', record: (tx) => markAttemptFailed(tx, delivery, gone, clock(), null).then(() => []) };
  }
  const policy = { operator: config.webhookPrivateNetworks, companyAllows: !!target?.allowPrivate };
  const outcome: AttemptOutcome = target
    ? await attempt(target, policy, { timeoutMs: context.timeoutMs, lookup: context.lookup, now: clock() })
    : { ok: false, statusCode: null, excerpt: null, error: 'The endpoint is gone' };
  const now = clock();
  if (outcome.ok) {
    const record = async (tx: Db) => {
      await markDelivered(tx, delivery, outcome, now);
      if (delivery.checkId && delivery.kind === 'partner_callback')
        await markPartnerCallbackSent(tx, delivery.companyId, delivery.checkId, now);
    };
    return { tally: 'delivered', record };
  }
  const nextAttemptAt = outcome.statusCode === 410 ? null : item.retryAt();
  const record = async (tx: Db) => {
    await markAttemptFailed(tx, delivery, outcome, now, nextAttemptAt);
    if (!delivery.endpointId) return [];
    const reason = outcome.statusCode === 410 ? 'gone' : 'failing';
    return (await disableEndpoint(tx, config, delivery.companyId, delivery.endpointId, now, reason))
      ? ['disabled']
      : [];
  };
  if (!nextAttemptAt) return { tally: 'dead', record };
  return { tally: 'failed', retry: { error: outcome.error ?? 'failed' }, record };
}

/** Integrations' handlers in the work queue: webhooks and partner callbacks, sent the same way. */
function deliveryWorkHandlers(context: DeliveryContext): WorkHandler[] {
  const run = (item: ClaimedWork, clock: () => Date) => runDelivery(context, item, clock);
  const abandoned = (tx: Db, items: { subjectId: string }[]) =>
    markDeliveriesInterrupted(
      tx,
      items.map((item) => item.subjectId),
    );
  return [
    { kind: WEBHOOK_WORK, claimableWhen: deliveryClaimable, run, abandoned },
    { kind: PARTNER_CALLBACK_WORK, run, abandoned },
  ];
}

/** Sends the due webhooks and partner callbacks: one run of the work queue for deliveries only. */
export async function runDueWebhooks(options: WebhookRunOptions): Promise<WebhookRunResult> {
  const { batchSize = DEFAULT_BATCH } = options;
  const run = await runDueWork({
    db: options.db,
    handlers: deliveryWorkHandlers(options),
    now: options.now,
    batchSize,
    random: options.random,
  });
  const { delivered = 0, failed = 0, dead = 0, disabled = 0 } = run.tallies;
  return { claimed: run.claimed, delivered, failed, dead, disabled };
}

/** Integrations' queue: webhooks and partner callbacks, in a loop of its own beside the messages'. */
export function deliveryQueue(options: Omit<WebhookRunOptions, 'now' | 'random'>) {
  const { batchSize = DEFAULT_BATCH } = options;
  return { handlers: deliveryWorkHandlers(options), batchSize };
}
