import type { Db } from '../../../platform/db/db.ts';
import { publish } from '../../../platform/events.ts';
import { markSentUndeliverable } from '../messages.repo.ts';

type Lookup = Parameters<typeof markSentUndeliverable>[1];

/**
 * A message we sent turned out undeliverable: it becomes `bounced` and `message.undeliverable`
 * tells whoever sent it (a referee's invitation marks the referee and asks the candidate). A
 * repeated report, or one about a message we do not know, changes nothing. Returns whether it did.
 */
export async function recordLateFailure(db: Db, lookup: Lookup, reason: string) {
  return db.transaction(async (tx) => {
    const message = await markSentUndeliverable(tx, lookup, reason);
    if (!message) return false;
    if (message.companyId)
      await publish(tx, {
        type: 'message.undeliverable',
        companyId: message.companyId,
        messageId: message.id,
        channel: message.channel,
        recipient: message.recipient,
      });
    return true;
  });
}
