import { AppError, notFound } from '../../../platform/errors.ts';
import type { Ctx } from '../../../platform/http/context.ts';
import { getMessage, requeueMessage } from '../messages.repo.ts';

/**
 * Sends a failed or dead message again. The status check lives in the UPDATE itself, so two admins
 * clicking at once cannot both requeue it, and a message that is sending or sent is never resent.
 */
export async function retryMessage(ctx: Ctx, id: string) {
  const requeued = await requeueMessage(ctx.db, ctx.tenantId, id, new Date());
  if (requeued) {
    ctx.log.info({ messageId: id }, 'message requeued by an admin');
    return requeued;
  }
  const existing = await getMessage(ctx.db, ctx.tenantId, id);
  if (!existing) throw notFound('No such message');
  if (existing.status === 'failed' || existing.status === 'dead')
    throw new AppError(
      'gone',
      'This message’s links are no longer kept, so it cannot be sent again: ask for a new one where it started',
    );
  throw new AppError('conflict', `Only failed or dead messages can be retried; this one is ${existing.status}`);
}
