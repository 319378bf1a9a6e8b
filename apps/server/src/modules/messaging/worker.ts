import { type BackgroundLoop, type LoopLog, startBackgroundLoop } from '../../platform/background-loop.ts';
import type { Config } from '../../platform/config.ts';
import type { Db } from '../../platform/db/db.ts';
import { retryDelayMs } from '../../platform/retry.ts';
import { describeError } from './backoff.ts';
import {
  claimDueMessages,
  dropExpiredSealedContent,
  type MessageRow,
  markBounced,
  markFailed,
  markSent,
} from './messages.repo.ts';
import { hideSecrets, openContent, type SendableContent } from './sealed-content.ts';
import { type Transports, transportsFromConfig } from './transports/index.ts';
import { isBounce } from './transports/smtp.ts';

/**
 * Delivery is at-least-once. A worker that dies after the provider accepted a message but before
 * recording it leaves a `sending` row that is claimed again when its lock runs out, so a message
 * can go out twice. Email carries the message id as Message-ID (`<id@vouch>`), which receivers use
 * to drop the duplicate; SMS has no such key, so a rare duplicate text is the accepted cost.
 */
export type RunOptions = { db: Db; transports: Transports; now?: Date; batchSize?: number };
/** `bounced` appears only when an address was refused for good (see `isBounce`). */
export type RunResult = { claimed: number; sent: number; failed: number; dead: number; bounced?: number };

const DEFAULT_BATCH = 10;
/** Dead messages' sealed links are dropped after their retention; checking every few minutes is plenty. */
const SWEEP_EVERY_MS = 5 * 60_000;
/** Hard limit per delivery, inside the two-minute claim, so a stuck provider cannot outlive it. */
const DELIVERY_TIMEOUT_MS = 60_000;

/**
 * Claims due messages in a short transaction, then delivers each outside it: no row lock (and on
 * PGlite, no single connection) is ever held across network I/O.
 */
export async function runDueMessages({
  db,
  transports,
  now,
  batchSize = DEFAULT_BATCH,
}: RunOptions): Promise<RunResult> {
  const clock = () => now ?? new Date();
  const claimed = await claimDueMessages(db, clock(), batchSize);
  const result: RunResult = { claimed: claimed.length, sent: 0, failed: 0, dead: 0 };
  await Promise.all(
    claimed.map(async (message) => {
      const outcome = await deliver(db, transports, message, clock);
      result[outcome] = (result[outcome] ?? 0) + 1;
    }),
  );
  return result;
}

async function deliver(db: Db, transports: Transports, message: MessageRow, clock: () => Date) {
  const transport = message.channel === 'sms' ? transports.sms : transports.email;
  let content: SendableContent;
  try {
    content = contentToSend(message);
  } catch (error) {
    // A wrong key or a changed row: trying again cannot help until someone fixes it and retries.
    await markFailed(db, message, { transport: transport.name, error: describeError(error), nextAttemptAt: null });
    return 'dead' as const;
  }
  try {
    const delivery = await withTimeout(
      message.channel === 'sms'
        ? transports.sms.send({ id: message.id, to: message.recipient, text: content.text })
        : transports.email.send({
            id: message.id,
            to: message.recipient,
            subject: content.subject ?? '',
            text: content.text,
            html: content.html,
            replyTo: message.replyTo,
            senderName: message.senderName,
          }),
    );
    await markSent(db, message.id, { transport: transport.name, providerId: delivery.providerId, now: clock() });
    return 'sent' as const;
  } catch (error) {
    // A provider's answer may quote the message back: the recipient's links stay out of what admins read.
    const reason = hideSecrets(describeError(error), content.secrets);
    if (message.channel === 'email' && isBounce(error)) {
      await markBounced(db, message, { transport: transport.name, error: reason });
      return 'bounced' as const;
    }
    const dead = message.attempts >= message.maxAttempts;
    const nextAttemptAt = dead ? null : new Date(clock().getTime() + retryDelayMs(message.attempts));
    await markFailed(db, message, { transport: transport.name, error: reason, nextAttemptAt });
    return dead ? ('dead' as const) : ('failed' as const);
  }
}

/** The readable columns are the message unless its links were sealed; then only the sealed copy is. */
function contentToSend(message: MessageRow): SendableContent {
  if (message.visibility === 'full')
    return { subject: message.subject, text: message.bodyText, html: message.bodyHtml, secrets: [] };
  if (!message.sealedContent) throw new Error('Its links are no longer kept, so it cannot be sent');
  return openContent({ ...message, sealedContent: message.sealedContent });
}

function withTimeout<T>(promise: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`No answer within ${DELIVERY_TIMEOUT_MS / 1000} s`)),
      DELIVERY_TIMEOUT_MS,
    );
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

export type MessageWorker = BackgroundLoop;

export type WorkerOptions = {
  db: Db;
  config: Pick<Config, 'smtpUrl' | 'mailFrom' | 'sms'>;
  log: LoopLog;
  transports?: Transports;
  idleMs?: number;
  batchSize?: number;
};

/**
 * One loop per process: a batch at a time, never overlapping. It sleeps only when the queue looks
 * empty (a short batch) or after an error, so a backlog drains at full speed and an idle queue costs
 * one small query a second. `stop()` lets the current batch finish and resolves after it.
 */
export function startMessageWorker(options: WorkerOptions): MessageWorker {
  const { db, log, idleMs = 1000, batchSize = DEFAULT_BATCH } = options;
  const transports = options.transports ?? transportsFromConfig(options.config);
  let lastSweep = 0;
  return startBackgroundLoop({
    idleMs,
    log,
    failureMessage: 'message worker run failed; trying again shortly',
    runOnce: async () => {
      if (Date.now() - lastSweep >= SWEEP_EVERY_MS) {
        lastSweep = Date.now();
        const dropped = await dropExpiredSealedContent(db, new Date());
        if (dropped) log.info({ dropped }, 'sealed message links past their retention dropped');
      }
      const result = await runDueMessages({ db, transports, batchSize });
      if (result.claimed) log.info({ ...result }, 'messages processed');
      return { moreWaiting: result.claimed === batchSize };
    },
  });
}
