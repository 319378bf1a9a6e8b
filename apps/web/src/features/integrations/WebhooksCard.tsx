import { Badge, Button, Card, Group, Stack, Switch, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import type { TWebhookEndpoint, TWebhookEndpointList } from '@vouch/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { integrationKeys } from '../../app/query-keys.ts';
import { useFormat } from '../../i18n/format.ts';
import { Empty } from '../../ui/Empty.tsx';
import { QueryState } from '../../ui/QueryState.tsx';
import { DeliveryLog } from './DeliveryLog.tsx';
import { EndpointActions } from './WebhookEndpointActions.tsx';
import { WebhookEndpointModal } from './WebhookEndpointModal.tsx';
import { WebhookSecretModal } from './WebhookSecretModal.tsx';
import {
  useWebhookEndpoints,
  useWebhookMutation,
  type WebhookEndpointWithSecret,
  webhookCalls,
} from './webhooks.api.ts';

const STATUS_COLOR: Record<TWebhookEndpoint['status'], string> = {
  active: 'teal',
  failing: 'orange',
  disabled: 'gray',
};

/**
 * The company's "allow private networks" switch. It can only narrow what the operator of the
 * installation allows: where the operator allows none, it stays off and says why.
 */
function PrivateNetworksSwitch(props: {
  operator: TWebhookEndpointList['operatorPrivateNetworks'] | undefined;
  checked: boolean;
  disabled: boolean;
  onChange: (allow: boolean) => void;
}) {
  const { t } = useTranslation();
  const forbidden = props.operator === 'off';
  const hint = forbidden
    ? t('integrations.webhooks.allowPrivateForbidden')
    : props.operator === 'ranges'
      ? t('integrations.webhooks.allowPrivateRanges')
      : t('integrations.webhooks.allowPrivateHint');
  return (
    <Switch
      checked={props.checked && !forbidden}
      disabled={props.disabled || forbidden}
      onChange={(event) => props.onChange(event.currentTarget.checked)}
      label={t('integrations.webhooks.allowPrivate')}
      description={hint}
      data-testid="webhook-allow-private"
    />
  );
}

/** Where an ATS receives Vouch's events: endpoints, their signing secrets and delivery logs. */
export function WebhooksCard() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const endpoints = useWebhookEndpoints();
  // `undefined`: closed; null: a new endpoint.
  const [editing, setEditing] = useState<TWebhookEndpoint | null | undefined>(undefined);
  const [secret, setSecret] = useState<WebhookEndpointWithSecret | null>(null);
  const [logOf, setLogOf] = useState<string | null>(null);
  // What the switch shows while the server stores it: set in the click itself, because a controlled
  // input the click's own render leaves unchanged flips straight back (a failure puts it back too).
  const [allowShown, setAllowShown] = useState<boolean | null>(null);
  const client = useQueryClient();
  // Set at once, so the switch does not flip back while the list refetches.
  const settings = useWebhookMutation(webhookCalls.settings, (saved) =>
    client.setQueryData<typeof endpoints.data>(
      integrationKeys.webhookEndpoints(),
      (old) => old && { ...old, ...saved },
    ),
  );
  const items = endpoints.data?.items ?? [];
  const logEndpoint = items.find((e) => e.id === logOf) ?? null;

  const add = (
    <Button onClick={() => setEditing(null)} data-testid="webhook-add">
      {t('integrations.webhooks.add')}
    </Button>
  );

  return (
    <Card withBorder padding="lg" data-testid="webhooks-card">
      <Stack>
        <Group justify="space-between">
          <div>
            <Title order={3}>{t('integrations.webhooks.title')}</Title>
            <Text size="sm" c="dimmed">
              {t('integrations.webhooks.subtitle')}
            </Text>
          </div>
          {items.length > 0 && add}
        </Group>
        <QueryState isLoading={endpoints.isLoading} error={endpoints.error} onRetry={() => endpoints.refetch()} />
        {endpoints.isSuccess && items.length === 0 && (
          <Empty
            title={t('integrations.webhooks.empty')}
            description={t('integrations.webhooks.emptyHint')}
            action={add}
          />
        )}
        {items.length > 0 && (
          <Table.ScrollContainer minWidth={720}>
            <Table verticalSpacing="sm" data-testid="webhook-endpoints">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('integrations.webhooks.fields.url')}</Table.Th>
                  <Table.Th>{t('integrations.webhooks.fields.eventTypes')}</Table.Th>
                  <Table.Th>{t('integrations.webhooks.fields.status')}</Table.Th>
                  <Table.Th>{t('integrations.webhooks.fields.lastDelivery')}</Table.Th>
                  <Table.Th>
                    <VisuallyHidden>{t('common.actions')}</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((e) => (
                  <Table.Tr key={e.id} data-testid="webhook-endpoint-row">
                    <Table.Td style={{ maxWidth: 320 }}>
                      <Text size="sm" ff="monospace" style={{ wordBreak: 'break-all' }}>
                        {e.url}
                      </Text>
                      {e.description && (
                        <Text size="xs" c="dimmed">
                          {e.description}
                        </Text>
                      )}
                      {e.subAccountName && (
                        <Text size="xs" c="dimmed" data-testid="webhook-sub-account">
                          {t('integrations.webhooks.subAccountOnly', { name: e.subAccountName })}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <Stack gap={2}>
                        {e.eventTypes.map((type) => (
                          <Text key={type} size="xs" ff="monospace">
                            {type}
                          </Text>
                        ))}
                      </Stack>
                    </Table.Td>
                    <Table.Td>
                      <Badge color={STATUS_COLOR[e.status]} variant="light" data-testid="webhook-status">
                        {t(`integrations.webhooks.status.${e.status}`)}
                      </Badge>
                      {e.status === 'failing' && e.failingSince && (
                        <Text size="xs" c="dimmed">
                          {t('integrations.webhooks.failingSince', { time: fmt.dateTime(e.failingSince) })}
                        </Text>
                      )}
                      {e.previousSecretExpiresAt && new Date(e.previousSecretExpiresAt) > new Date() && (
                        <Text size="xs" c="dimmed" data-testid="webhook-previous-secret">
                          {t('integrations.webhooks.previousSecretUntil', {
                            time: fmt.dateTime(e.previousSecretExpiresAt),
                          })}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{e.lastDeliveryAt ? fmt.dateTime(e.lastDeliveryAt) : t('common.none')}</Text>
                      {e.lastDeliveryStatus && (
                        <Text size="xs" c="dimmed">
                          {t(`integrations.webhooks.deliveryStatus.${e.lastDeliveryStatus}`, {
                            defaultValue: e.lastDeliveryStatus,
                          })}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <EndpointActions
                        endpoint={e}
                        onEdit={() => setEditing(e)}
                        onLog={() => setLogOf(e.id)}
                        onSecret={setSecret}
                      />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        <PrivateNetworksSwitch
          operator={endpoints.data?.operatorPrivateNetworks}
          checked={allowShown ?? endpoints.data?.allowPrivateNetworks ?? false}
          disabled={!endpoints.isSuccess || settings.isPending}
          onChange={(allow) => {
            setAllowShown(allow);
            settings.mutate(allow, { onSettled: () => setAllowShown(null) });
          }}
        />
      </Stack>
      {editing !== undefined && (
        <WebhookEndpointModal opened endpoint={editing} onClose={() => setEditing(undefined)} onCreated={setSecret} />
      )}
      <WebhookSecretModal secret={secret?.secret ?? null} url={secret?.url ?? null} onClose={() => setSecret(null)} />
      <DeliveryLog endpoint={logEndpoint} onClose={() => setLogOf(null)} />
    </Card>
  );
}
