import type { LoopLog } from '../../platform/background-loop.ts';
import type { Db } from '../../platform/db/db.ts';
import { type ClaimedWork, runDueWork, type WorkHandler, type WorkOutcome } from '../../platform/work/work-runner.ts';
import { describeError } from './backoff.ts';
import {
  dropExpiredSealedContent,
  MESSAGE_WORK,
  type MessageRow,
  markBounced,
  markFailed,
  markInterrupted,
  markSent,
  startSending,
} from './messages.repo.ts';
import { hideSecrets, openContent, type SendableContent } from './sealed-content.ts';
import { type TransportConfig, type Transports, transportsFromConfig } from './transports/index.ts';
import { isBounce } from './transports/smtp.ts';

/**
 * Delivery is at-least-once. A worker that dies after the provider accepted a message but before
 * recording it leaves a running work item that is claimed again when its lock runs out, so a message
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

/** Messaging's handler in the work queue: one attempt to deliver one message. */
export function messageWorkHandler(db: Db, transports: Transports): WorkHandler {
  return {
    kind: MESSAGE_WORK,
    run: (item, clock) => deliver(db, transports, item, clock),
    abandoned: (tx, items) =>
      markInterrupted(
        tx,
        items.map((item) => item.subjectId),
      ),
  };
}

/** Delivers the due messages: one run of the work queue for messages only. */
export async function runDueMessages({
  db,
  transports,
  now,
  batchSize = DEFAULT_BATCH,
}: RunOptions): Promise<RunResult> {
  const run = await runDueWork({ db, handlers: [messageWorkHandler(db, transports)], now, batchSize });
  const { sent = 0, failed = 0, dead = 0, bounced } = run.tallies;
  return { claimed: run.claimed, sent, failed, dead, ...(bounced ? { bounced } : {}) };
}

async function deliver(db: Db, transports: Transports, item: ClaimedWork, clock: () => Date): Promise<WorkOutcome> {
  const message = await startSending(db, item.subjectId, item);
  if (!message) return { tally: 'skipped' };
  const transport = message.channel === 'sms' ? transports.sms : transports.email;
  let content: SendableContent;
  try {
    content = contentToSend(message);
  } catch (error) {
    // A wrong key or a changed row: trying again cannot help until someone fixes it and retries.
    const failure = { transport: transport.name, error: describeError(error), nextAttemptAt: null };
    return { tally: 'dead', record: (tx) => markFailed(tx, message, failure) };
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
    const sent = { transport: transport.name, providerId: delivery.providerId, now: clock() };
    return { tally: 'sent', record: (tx) => markSent(tx, message.id, sent) };
  } catch (error) {
    // A provider's answer may quote the message back: the recipient's links stay out of what admins read.
    const reason = hideSecrets(describeError(error), content.secrets);
    if (message.channel === 'email' && isBounce(error)) {
      const bounce = { transport: transport.name, error: reason };
      return { tally: 'bounced', record: (tx) => markBounced(tx, message, bounce) };
    }
    const nextAttemptAt = item.retryAt();
    const failure = { transport: transport.name, error: reason, nextAttemptAt };
    const record = (tx: Db) => markFailed(tx, message, failure);
    return nextAttemptAt ? { tally: 'failed', retry: { error: reason }, record } : { tally: 'dead', record };
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

type BackgroundOptions = {
  db: Db;
  config: TransportConfig;
  transports?: Transports;
  batchSize?: number;
};

/** Messaging's queue: its handler and batch size, for the loop background.ts starts. */
export function messageQueue(options: BackgroundOptions) {
  const { db, batchSize = DEFAULT_BATCH } = options;
  const transports = options.transports ?? transportsFromConfig(options.config);
  return { handlers: [messageWorkHandler(db, transports)], batchSize };
}

/** Dead messages' sealed links past their retention, dropped every few minutes. */
export const sealedLinksSweep = {
  name: 'sealed message links sweep',
  everyMs: SWEEP_EVERY_MS,
  run: async ({ db, log }: { db: Db; log: LoopLog }) => {
    const dropped = await dropExpiredSealedContent(db, new Date());
    if (dropped) log.info({ dropped }, 'sealed message links past their retention dropped');
  },
};
