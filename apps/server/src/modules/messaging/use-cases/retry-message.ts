import { AppError, notFound, problem } from '../../../platform/errors.ts';
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
  if (!existing) throw notFound('message.not_found');
  if (existing.status === 'failed' || existing.status === 'dead') throw new AppError('message.links_not_kept');
  throw problem('message.not_retryable', { status: existing.status });
}
