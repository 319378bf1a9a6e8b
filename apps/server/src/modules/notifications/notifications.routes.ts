import {
  ZIdParams,
  ZMarkAllReadResponse,
  ZNotificationList,
  ZNotificationListQuery,
  ZNotificationSettings,
  ZUnreadCount,
} from '@vouch/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ctxOf } from '../../platform/http/ctx.ts';
import { getMode, markAllRead, saveMode } from './notifications.repo.ts';
import { listMyNotifications, readNotification, unreadCount } from './use-cases/my-notifications.ts';

const tags = ['notifications'];
// Every member may be told something: employees and agents of their referrals, recruiters of answers.
const access = 'member' as const;

/** The bell: a member's own notifications, the unread count, marking read, and the email choice. */
export const notificationsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/notifications',
    { config: { access }, schema: { tags, querystring: ZNotificationListQuery, response: { 200: ZNotificationList } } },
    async (request) => listMyNotifications(ctxOf(request), request.query),
  );
  app.get(
    '/api/notifications/unread-count',
    { config: { access }, schema: { tags, response: { 200: ZUnreadCount } } },
    async (request) => unreadCount(ctxOf(request)),
  );
  app.post(
    '/api/notifications/read-all',
    { config: { access }, schema: { tags, response: { 200: ZMarkAllReadResponse } } },
    async (request) => {
      const ctx = ctxOf(request);
      return { marked: await markAllRead(ctx.db, ctx.tenantId, ctx.actor.membershipId) };
    },
  );
  app.post(
    '/api/notifications/:id/read',
    { config: { access }, schema: { tags, params: ZIdParams, response: { 200: ZUnreadCount } } },
    async (request) => readNotification(ctxOf(request), request.params.id),
  );
  app.get(
    '/api/me/notification-settings',
    { config: { access }, schema: { tags, response: { 200: ZNotificationSettings } } },
    async (request) => {
      const ctx = ctxOf(request);
      return { mode: await getMode(ctx.db, ctx.tenantId, ctx.actor.membershipId) };
    },
  );
  app.put(
    '/api/me/notification-settings',
    {
      config: { access },
      schema: { tags, body: ZNotificationSettings, response: { 200: ZNotificationSettings } },
    },
    async (request) => {
      const ctx = ctxOf(request);
      await saveMode(ctx.db, ctx.tenantId, ctx.actor.membershipId, request.body.mode);
      return { mode: request.body.mode };
    },
  );
};
