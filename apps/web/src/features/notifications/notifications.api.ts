import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { TNotificationMode } from '@vouch/contracts';
import { api } from '../../app/api.ts';
import { notificationKeys } from '../../app/query-keys.ts';

/** The bell's count, read again every minute (and whenever the list is marked read). */
export const unreadCountQuery = queryOptions({
  queryKey: notificationKeys.unread(),
  queryFn: () => api.get('/api/notifications/unread-count'),
  refetchInterval: 60_000,
});

export const notificationsQuery = queryOptions({
  queryKey: notificationKeys.list(),
  queryFn: () => api.get('/api/notifications', { query: { limit: 20 } }),
});

export const notificationSettingsQuery = queryOptions({
  queryKey: notificationKeys.settings(),
  queryFn: () => api.get('/api/me/notification-settings'),
});

export const saveNotificationMode = (mode: TNotificationMode) =>
  api.put('/api/me/notification-settings', { body: { mode } });

export function useMarkRead() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.post('/api/notifications/{id}/read', { path: { id } }),
    onSettled: () => client.invalidateQueries({ queryKey: notificationKeys.all() }),
  });
}

export function useMarkAllRead() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => api.post('/api/notifications/read-all'),
    onSettled: () => client.invalidateQueries({ queryKey: notificationKeys.all() }),
  });
}
