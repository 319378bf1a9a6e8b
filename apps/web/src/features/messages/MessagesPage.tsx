import { Alert, Badge, Button, Group, Select, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { MESSAGE_STATUSES, type TMessage } from '@vouch/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '../../app/errors.ts';
import { messageKeys } from '../../app/query-keys.ts';
import { useFormat } from '../../i18n/format.ts';
import { ListTable } from '../../ui/ListTable.tsx';
import { ButtonLink } from '../../ui/links.tsx';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { MessageDrawer } from './MessageDrawer.tsx';
import { retryMessage, useHealth, useMessageList } from './messages.api.ts';
import { STATUS_COLOR } from './status.ts';

type Status = TMessage['status'];
type Channel = TMessage['channel'];

export function MessagesPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const client = useQueryClient();
  const [q, setQ] = useState('');
  const [debouncedQ] = useDebouncedValue(q.trim(), 300);
  const [status, setStatus] = useState<Status | undefined>();
  const [channel, setChannel] = useState<Channel | undefined>();
  const [openId, setOpenId] = useState<string | null>(null);
  const filters = { q: debouncedQ || undefined, status, channel };

  const list = useMessageList(filters);
  const retry = useMutation({
    mutationFn: retryMessage,
    onSuccess: async () => {
      notifySuccess(t('messages.retried'));
      await client.invalidateQueries({ queryKey: messageKeys.lists() });
    },
  });

  const items = list.data?.pages.flatMap((p) => p.items) ?? [];
  // Without a provider the outbox "delivers" into the app itself; say so plainly, even before any message.
  const health = useHealth();
  const inApp =
    health.data?.delivery.email === 'in_app' ||
    health.data?.delivery.sms === 'in_app' ||
    items.some((m) => m.transport === 'in_app');
  const filtered = !!(debouncedQ || status || channel);

  return (
    <>
      <PageHeader title={t('messages.title')} />
      {inApp && (
        <Alert color="yellow" variant="filled" mb="md" role="status" data-testid="in-app-banner">
          {t('messages.inAppBanner')}
        </Alert>
      )}
      <Group mb="md" gap="sm" align="flex-end" wrap="wrap">
        <TextInput
          label={t('messages.fields.search')}
          type="search"
          value={q}
          onChange={(e) => setQ(e.currentTarget.value)}
          w={260}
        />
        <Select
          label={t('messages.fields.status')}
          placeholder={t('messages.fields.anyStatus')}
          data={MESSAGE_STATUSES.map((s) => ({ value: s, label: t(`messages.status.${s}`) }))}
          value={status ?? null}
          onChange={(v) => setStatus((v as Status) ?? undefined)}
          clearable
          w={180}
        />
        <Select
          label={t('messages.fields.channel')}
          placeholder={t('messages.fields.anyChannel')}
          data={(['email', 'sms'] as const).map((c) => ({ value: c, label: t(`messages.channel.${c}`) }))}
          value={channel ?? null}
          onChange={(v) => setChannel((v as Channel) ?? undefined)}
          clearable
          w={160}
        />
      </Group>

      <ListTable
        query={list}
        items={items}
        minWidth={860}
        emptyTitle={filtered ? t('common.noMatch') : t('messages.empty')}
        emptyAction={filtered ? undefined : <ButtonLink to="/users">{t('messages.emptyAction')}</ButtonLink>}
        head={
          <>
            <Table.Th>{t('messages.fields.created')}</Table.Th>
            <Table.Th>{t('messages.fields.channel')}</Table.Th>
            <Table.Th>{t('messages.fields.recipient')}</Table.Th>
            <Table.Th>{t('messages.fields.subject')}</Table.Th>
            <Table.Th>{t('messages.fields.status')}</Table.Th>
            <Table.Th ta="right">{t('messages.fields.attempts')}</Table.Th>
            <Table.Th>{t('messages.fields.lastError')}</Table.Th>
            <Table.Th />
          </>
        }
        row={(m) => (
          <Table.Tr key={m.id} style={{ cursor: 'pointer' }} onClick={() => setOpenId(m.id)}>
            <Table.Td>
              <Text size="sm">{fmt.dateTime(m.createdAt)}</Text>
            </Table.Td>
            <Table.Td>{t(`messages.channel.${m.channel}`)}</Table.Td>
            <Table.Td>
              <Text size="sm">{m.recipient}</Text>
            </Table.Td>
            <Table.Td>
              <Text size="sm" lineClamp={1}>
                {m.subject ?? m.template}
              </Text>
            </Table.Td>
            <Table.Td>
              <Badge color={STATUS_COLOR[m.status]} variant="light">
                {t(`messages.status.${m.status}`)}
              </Badge>
            </Table.Td>
            <Table.Td ta="right">{fmt.number(m.attempts)}</Table.Td>
            <Table.Td maw={240}>
              <Text size="xs" c="red" lineClamp={2}>
                {m.lastError}
              </Text>
            </Table.Td>
            <Table.Td onClick={(e) => e.stopPropagation()}>
              {m.status === 'dead' && (
                <Button
                  size="xs"
                  variant="light"
                  loading={retry.isPending && retry.variables === m.id}
                  onClick={() => retry.mutate(m.id)}
                >
                  {t('common.retry')}
                </Button>
              )}
            </Table.Td>
          </Table.Tr>
        )}
      />
      <MessageDrawer messageId={openId} onClose={() => setOpenId(null)} />
    </>
  );
}
