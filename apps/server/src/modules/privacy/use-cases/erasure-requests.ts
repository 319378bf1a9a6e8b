import type { TErasureRequestItem, TKeepDataRequest } from '@vouch/contracts';
import { AppError, notFound } from '../../../platform/errors.ts';
import { publish } from '../../../platform/events.ts';
import type { Ctx } from '../../../platform/http/context.ts';
import { carryOutErasureRequest } from '../erasure-of-request.ts';
import { keepErasureRequest, listErasureRequests, lockErasureRequest } from '../erasure-requests.repo.ts';

const iso = (value: string | Date | null) => (value ? new Date(value).toISOString() : null);

/** Company settings → Privacy: the people who asked to be erased, with when it falls due. */
export async function erasureRequestList(ctx: Ctx): Promise<{ requests: TErasureRequestItem[] }> {
  const rows = await listErasureRequests(ctx.db, ctx.tenantId);
  return { requests: rows.map(itemOf) };
}

function itemOf(r: Awaited<ReturnType<typeof listErasureRequests>>[number]): TErasureRequestItem {
  return {
    id: r.id,
    subjectKind: r.subject_kind,
    name: r.name ?? '',
    requestedAt: iso(r.created_at)!,
    dueAt: iso(r.due_at)!,
    keepReason: r.keep_reason,
    keptByName: r.kept_by_name,
    keptAt: iso(r.kept_at),
    erasedAt: iso(r.erased_at),
  };
}

async function itemById(ctx: Ctx, id: string) {
  const item = (await erasureRequestList(ctx)).requests.find((r) => r.id === id);
  if (!item) throw notFound('privacy.erasure_request_not_found');
  return item;
}

/** An admin records a legal reason to keep the data: the request is no longer carried out by itself. */
export async function keepRequestedData(ctx: Ctx, id: string, input: TKeepDataRequest) {
  await ctx.db.transaction(async (tx) => {
    const request = await lockErasureRequest(tx, ctx.tenantId, id);
    if (!request) throw notFound('privacy.erasure_request_not_found');
    if (request.erasedAt) throw new AppError('privacy.erasure_request_done');
    await keepErasureRequest(tx, ctx.tenantId, id, input.reason.trim(), ctx.actor.membershipId);
    await publish(tx, {
      type: 'privacy.erasure_kept',
      companyId: ctx.tenantId,
      requestId: id,
      actorMembershipId: ctx.actor.membershipId,
    });
  });
  return itemById(ctx, id);
}

/** An admin carries the request out at once (also after recording a reason, if that no longer holds). */
export async function eraseRequestedNow(ctx: Ctx, id: string, now = new Date()) {
  await ctx.db.transaction(async (tx) => {
    const request = await lockErasureRequest(tx, ctx.tenantId, id);
    if (!request) throw notFound('privacy.erasure_request_not_found');
    if (request.erasedAt) throw new AppError('privacy.erasure_request_done');
    await carryOutErasureRequest(tx, request, ctx.actor.membershipId, now);
  });
  return itemById(ctx, id);
}
