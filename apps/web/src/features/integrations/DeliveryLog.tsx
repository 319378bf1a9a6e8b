import { Badge, Button, Code, Drawer, Group, Stack, Table, Text } from '@mantine/core';
import type { TWebhookDelivery, TWebhookEndpoint } from '@vouch/contracts';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '../../app/errors.ts';
import { useFormat } from '../../i18n/format.ts';
import { Empty } from '../../ui/Empty.tsx';
import { LoadMore } from '../../ui/LoadMore.tsx';
import { QueryState } from '../../ui/QueryState.tsx';
import { useDeliveries, useWebhookMutation, webhookCalls } from './webhooks.api.ts';

export const DELIVERY_COLOR: Record<TWebhookDelivery['status'], string> = {
  pending: 'gray',
  sending: 'blue',
  delivered: 'teal',
  failed: 'orange',
  dead: 'red',
};

type Props = { endpoint: TWebhookEndpoint | null; onClose: () => void };

/** One endpoint's deliveries, newest first: what was sent, what came back, and a way to send it again. */
export function DeliveryLog({ endpoint, onClose }: Props) {
  const { t } = useTranslation();
  const deliveries = useDeliveries(endpoint?.id ?? null);
  const test = useWebhookMutation(webhookCalls.test, () => notifySuccess(t('integrations.webhooks.testQueued')));
  const items = deliveries.data?.pages.flatMap((p) => p.items) ?? [];

  return (
    <Drawer
      opened={!!endpoint}
      onClose={onClose}
      position="right"
      size="xl"
      title={t('integrations.webhooks.logTitle')}
      data-testid="webhook-delivery-log"
    >
      {endpoint && (
        <Stack>
          <Group justify="space-between" wrap="nowrap">
            <Text size="sm" ff="monospace" style={{ wordBreak: 'break-all' }}>
              {endpoint.url}
            </Text>
            <Button
              variant="default"
              onClick={() => test.mutate(endpoint.id)}
              loading={test.isPending}
              disabled={endpoint.status === 'disabled'}
              data-testid="webhook-log-test"
            >
              {t('integrations.webhooks.sendTest')}
            </Button>
          </Group>
          <QueryState isLoading={deliveries.isLoading} error={deliveries.error} onRetry={() => deliveries.refetch()} />
          {deliveries.isSuccess && items.length === 0 && (
            <Empty title={t('integrations.webhooks.logEmpty')} description={t('integrations.webhooks.logEmptyHint')} />
          )}
          {items.length > 0 && (
            <Table.ScrollContainer minWidth={640}>
              <Table verticalSpacing="sm" data-testid="webhook-deliveries">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('integrations.webhooks.log.event')}</Table.Th>
                    <Table.Th>{t('integrations.webhooks.log.status')}</Table.Th>
                    <Table.Th>{t('integrations.webhooks.log.attempts')}</Table.Th>
                    <Table.Th>{t('integrations.webhooks.log.response')}</Table.Th>
                    <Table.Th>{t('integrations.webhooks.log.time')}</Table.Th>
                    <Table.Th />
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {items.map((d) => (
                    <DeliveryRow key={d.id} delivery={d} />
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
          <LoadMore
            hasMore={!!deliveries.hasNextPage}
            loading={deliveries.isFetchingNextPage}
            onClick={() => deliveries.fetchNextPage()}
          />
        </Stack>
      )}
    </Drawer>
  );
}

function DeliveryRow({ delivery: d }: { delivery: TWebhookDelivery }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const resend = useWebhookMutation(webhookCalls.resend, () => notifySuccess(t('integrations.webhooks.resent')));
  const detail = d.lastResponseExcerpt ?? d.lastError;
  return (
    <Table.Tr data-testid="webhook-delivery-row">
      <Table.Td>
        <Text size="sm" ff="monospace">
          {d.eventType}
        </Text>
        <Text size="xs" c="dimmed" ff="monospace">
          {d.eventId}
        </Text>
      </Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>
        <Badge color={DELIVERY_COLOR[d.status]} variant="light" style={{ overflow: 'visible' }}>
          {t(`integrations.webhooks.deliveryStatus.${d.status}`)}
        </Badge>
        {d.nextAttemptAt && d.status !== 'pending' && (
          <Text size="xs" c="dimmed">
            {t('integrations.webhooks.nextAttempt', { time: fmt.dateTime(d.nextAttemptAt) })}
          </Text>
        )}
      </Table.Td>
      <Table.Td>{d.attempts}</Table.Td>
      <Table.Td style={{ maxWidth: 280 }}>
        <Text size="sm">{d.lastStatusCode ?? t('common.none')}</Text>
        {detail && (
          <Code
            block
            mt={4}
            style={{ maxHeight: 120, overflow: 'auto', whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}
          >
            {detail}
          </Code>
        )}
      </Table.Td>
      <Table.Td>
        <Text size="sm">{fmt.dateTime(d.lastAttemptAt ?? d.createdAt)}</Text>
      </Table.Td>
      <Table.Td>
        <Button
          size="xs"
          variant="default"
          onClick={() => resend.mutate(d.id)}
          loading={resend.isPending}
          disabled={d.status === 'sending'}
          data-testid="webhook-resend"
        >
          {t('integrations.webhooks.resend')}
        </Button>
      </Table.Td>
    </Table.Tr>
  );
}
