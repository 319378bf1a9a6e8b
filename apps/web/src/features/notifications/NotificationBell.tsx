import {
  ActionIcon,
  Button,
  Divider,
  Group,
  Indicator,
  Popover,
  ScrollArea,
  Stack,
  Text,
  UnstyledButton,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import type { TNotification } from '@vouch/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../app/auth.ts';
import { useFormat } from '../../i18n/format.ts';
import { noticeText } from './notice-text.ts';
import { notificationsQuery, unreadCountQuery, useMarkAllRead, useMarkRead } from './notifications.api.ts';

function BellIcon() {
  return (
    <svg
      width={20}
      height={20}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={2}
      aria-hidden="true"
    >
      <path d="M6 8a6 6 0 0 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
      <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
    </svg>
  );
}

/** The header's bell: the unread count, and the list with mark read and a way to each referral. */
export function NotificationBell() {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  const unread = useQuery(unreadCountQuery).data?.unread ?? 0;
  const label = unread ? t('notifications.bellUnread', { count: unread }) : t('notifications.bell');
  return (
    <Popover opened={opened} onChange={setOpened} position="bottom-end" width={360} shadow="md" withinPortal>
      <Popover.Target>
        <Indicator label={unread > 99 ? '99+' : unread} size={18} disabled={!unread} color="red" offset={4}>
          <ActionIcon
            variant="subtle"
            size="lg"
            aria-label={label}
            data-testid="notification-bell"
            onClick={() => setOpened((o) => !o)}
          >
            <BellIcon />
          </ActionIcon>
        </Indicator>
      </Popover.Target>
      <Popover.Dropdown p={0} maw="calc(100vw - 16px)">
        {opened && <NotificationList close={() => setOpened(false)} />}
      </Popover.Dropdown>
    </Popover>
  );
}

function NotificationList({ close }: { close: () => void }) {
  const { t } = useTranslation();
  const list = useQuery(notificationsQuery);
  const markAll = useMarkAllRead();
  const items = list.data?.items ?? [];
  return (
    <Stack gap={0} role="region" aria-label={t('notifications.title')} data-testid="notification-list">
      <Group justify="space-between" p="sm">
        <Text fw={600}>{t('notifications.title')}</Text>
        <Button
          variant="subtle"
          size="compact-sm"
          disabled={!list.data?.unread}
          loading={markAll.isPending}
          onClick={() => markAll.mutate()}
        >
          {t('notifications.markAllRead')}
        </Button>
      </Group>
      <Divider />
      <ScrollArea.Autosize mah={420}>
        {list.isSuccess && items.length === 0 && (
          <Text size="sm" c="dimmed" p="sm">
            {t('notifications.empty')}
          </Text>
        )}
        {items.map((n) => (
          <NotificationItem key={n.id} notice={n} close={close} />
        ))}
      </ScrollArea.Autosize>
    </Stack>
  );
}

function NotificationItem({ notice, close }: { notice: TNotification; close: () => void }) {
  const { t } = useTranslation();
  const me = useMe();
  const format = useFormat();
  const navigate = useNavigate();
  const markRead = useMarkRead();
  const unread = !notice.readAt;
  const open = () => {
    if (unread) markRead.mutate(notice.id);
    close();
    if (notice.kind === 'check_attention' && notice.candidateId)
      void navigate({
        to: '/candidates/$candidateId',
        params: { candidateId: notice.candidateId },
        search: { tab: 'references' },
      });
    else if (notice.kind === 'erasure_requested') void navigate({ to: '/privacy' });
    else if (notice.kind === 'request_answered' && notice.referralId)
      void navigate({ to: '/referrals', search: { open: notice.referralId } });
    else if (me.role !== 'agent') void navigate({ to: '/network', search: { tab: 'referrals' } });
  };
  return (
    <Group
      wrap="nowrap"
      align="flex-start"
      gap="xs"
      px="sm"
      py="xs"
      bg={unread ? 'var(--mantine-color-indigo-light)' : undefined}
      data-testid="notification-item"
      data-unread={unread}
    >
      <UnstyledButton onClick={open} style={{ flex: 1 }}>
        <Text size="sm" fw={unread ? 600 : 400}>
          {noticeText(notice, t)}
        </Text>
        <Text size="xs" c="dimmed">
          {format.relative(notice.createdAt)}
        </Text>
      </UnstyledButton>
      {unread && (
        <Button
          variant="subtle"
          size="compact-xs"
          aria-label={`${t('notifications.markRead')}: ${noticeText(notice, t)}`}
          onClick={() => markRead.mutate(notice.id)}
        >
          {t('notifications.markRead')}
        </Button>
      )}
    </Group>
  );
}
