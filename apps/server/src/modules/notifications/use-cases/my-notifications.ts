import type { TNotificationList } from '@vouch/contracts';
import { notFound } from '../../../platform/errors.ts';
import type { Ctx } from '../../../platform/http/context.ts';
import { decodeCursor, encodeCursor } from '../../../platform/http/cursor.ts';
import { checkNoticeNames } from '../../references/index.ts';
import { referralNoticeNames } from '../../referrals/index.ts';
import { checkIdOf, noticeOf } from '../notices.ts';
import { countUnread, listNotifications, markRead, memberNames } from '../notifications.repo.ts';

/** The signed-in member's notifications, newest first, with the unread count for the bell. */
export async function listMyNotifications(
  ctx: Ctx,
  query: { cursor?: string; limit: number },
): Promise<TNotificationList> {
  const cursor = decodeCursor(query.cursor, ['timestamp', 'uuid']);
  const after = cursor ? { createdAt: cursor[0] as string, id: cursor[1] as string } : null;
  const me = ctx.actor.membershipId;
  const rows = await listNotifications(ctx.db, ctx.tenantId, me, { limit: query.limit, after });
  const page = rows.slice(0, query.limit);
  const referralIds = [...new Set(page.flatMap((r) => (r.referralId ? [r.referralId] : [])))];
  const colleagueIds = [
    ...new Set(
      page.flatMap((r) => (typeof r.params.colleagueMembershipId === 'string' ? [r.params.colleagueMembershipId] : [])),
    ),
  ];
  const checkIds = [...new Set(page.flatMap((r) => checkIdOf(r.params) ?? []))];
  const [names, colleagues, unread, checks] = await Promise.all([
    referralNoticeNames(ctx.db, ctx.tenantId, referralIds),
    memberNames(ctx.db, ctx.tenantId, colleagueIds),
    countUnread(ctx.db, ctx.tenantId, me),
    checkNoticeNames(ctx.db, ctx.tenantId, checkIds),
  ]);
  const last = page.at(-1);
  return {
    items: page.map((r) => noticeOf(r, names, colleagues, checks)),
    unread,
    nextCursor: rows.length > query.limit && last ? encodeCursor([last.createdAt.toISOString(), last.id]) : null,
  };
}

/** Marks one of the member's own notifications read; another's (or another company's) is not found. */
export async function readNotification(ctx: Ctx, id: string) {
  if (!(await markRead(ctx.db, ctx.tenantId, ctx.actor.membershipId, id))) throw notFound();
  return { unread: await countUnread(ctx.db, ctx.tenantId, ctx.actor.membershipId) };
}

export const unreadCount = async (ctx: Ctx) => ({
  unread: await countUnread(ctx.db, ctx.tenantId, ctx.actor.membershipId),
});
