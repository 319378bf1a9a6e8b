import type { Db } from '../../../platform/db/db.ts';
import { queueWork } from '../../../platform/work/work.repo.ts';
import { WEBHOOK_MAX_ATTEMPTS, workKindOf } from '../delivery-queue.ts';
import { setDeliveryPendingNow } from '../webhook-deliveries.repo.ts';

/**
 * Sends a delivery again as soon as the worker runs: the same event, the same `webhook-id`, the same
 * body. A dead delivery gets one more attempt; one in the middle of its schedule goes now and then
 * carries on. False when the delivery is not the company's or is being sent right now.
 */
export async function resendDelivery(db: Db, companyId: string, deliveryId: string) {
  return db.transaction(async (tx) => {
    const row = await setDeliveryPendingNow(tx, companyId, deliveryId);
    if (!row) return false;
    // The same attempt count: a dead delivery gets one more, one mid-schedule carries on from there.
    await queueWork(tx, {
      kind: workKindOf(row.kind),
      subjectId: row.id,
      companyId: row.companyId,
      maxAttempts: WEBHOOK_MAX_ATTEMPTS,
      attempts: row.attempts,
    });
    return true;
  });
}
