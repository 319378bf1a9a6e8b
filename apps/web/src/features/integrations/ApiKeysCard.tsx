import { Badge, Button, Card, Group, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import type { TApiKey, TCreatedApiKey } from '@vouch/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '../../app/errors.ts';
import { useFormat } from '../../i18n/format.ts';
import { confirmAction } from '../../ui/confirm.tsx';
import { Empty } from '../../ui/Empty.tsx';
import { QueryState } from '../../ui/QueryState.tsx';
import { ApiKeyCreateModal } from './ApiKeyCreateModal.tsx';
import { ApiKeySecretModal } from './ApiKeySecretModal.tsx';
import { type ApiKeyStatus, apiKeyCalls, statusOf, useApiKeyMutation, useApiKeys } from './api-keys.api.ts';

const STATUS_COLOR: Record<ApiKeyStatus, string> = { active: 'teal', revoked: 'red', expired: 'gray' };

/** The company's API keys: create one (shown once), see when each was last used, revoke at once. */
export function ApiKeysCard() {
  const { t } = useTranslation();
  const keys = useApiKeys();
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<TCreatedApiKey | null>(null);
  const createButton = (
    <Button onClick={() => setCreating(true)} data-testid="api-key-new">
      {t('integrations.apiKeys.new')}
    </Button>
  );

  return (
    <Card withBorder padding="lg" data-testid="api-keys-card">
      <Stack>
        <Group justify="space-between" align="flex-start">
          <div>
            <Title order={2} size="h4">
              {t('integrations.apiKeys.title')}
            </Title>
            <Text size="sm" c="dimmed">
              {t('integrations.apiKeys.hint')}
            </Text>
          </div>
          {!!keys.data?.length && createButton}
        </Group>
        <QueryState isLoading={keys.isLoading} error={keys.error} onRetry={() => keys.refetch()} />
        {keys.isSuccess && keys.data.length === 0 && (
          <Empty
            title={t('integrations.apiKeys.emptyTitle')}
            description={t('integrations.apiKeys.emptyHint')}
            action={createButton}
          />
        )}
        {!!keys.data?.length && <ApiKeyTable items={keys.data} />}
      </Stack>
      <ApiKeyCreateModal opened={creating} onClose={() => setCreating(false)} onCreated={setCreated} />
      <ApiKeySecretModal created={created} onClose={() => setCreated(null)} />
    </Card>
  );
}

function ApiKeyTable({ items }: { items: TApiKey[] }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const revoke = useApiKeyMutation(
    (key: TApiKey) => apiKeyCalls.revoke(key.id),
    (key) => notifySuccess(t('integrations.apiKeys.revoked', { name: key.name })),
  );
  const askRevoke = async (key: TApiKey) => {
    const ok = await confirmAction({
      message: t('integrations.apiKeys.revokeConfirm', { name: key.name, prefix: key.prefix }),
      confirmLabel: t('integrations.apiKeys.revoke'),
    });
    if (ok) revoke.mutate(key);
  };

  return (
    <Table.ScrollContainer minWidth={860}>
      <Table verticalSpacing="sm" data-testid="api-keys-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('integrations.apiKeys.fields.name')}</Table.Th>
            <Table.Th>{t('integrations.apiKeys.fields.scopes')}</Table.Th>
            <Table.Th>{t('integrations.apiKeys.fields.subAccount')}</Table.Th>
            <Table.Th>{t('integrations.apiKeys.fields.createdBy')}</Table.Th>
            <Table.Th>{t('integrations.apiKeys.fields.lastUsed')}</Table.Th>
            <Table.Th>{t('integrations.apiKeys.fields.expires')}</Table.Th>
            <Table.Th>{t('integrations.apiKeys.fields.status')}</Table.Th>
            <Table.Th>
              <VisuallyHidden>{t('common.actions')}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((key) => {
            const status = statusOf(key);
            return (
              <Table.Tr key={key.id} data-testid={`api-key-row-${key.prefix}`}>
                <Table.Td>
                  <Text size="sm" fw={500}>
                    {key.name}
                  </Text>
                  <Text size="xs" c="dimmed" ff="monospace">
                    {key.prefix}…
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Group gap={4}>
                    {key.scopes.map((scope) => (
                      <Badge key={scope} size="sm" variant="light">
                        {t(`integrations.apiKeys.scopes.${scope}`)}
                      </Badge>
                    ))}
                  </Group>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{key.subAccountName ?? t('integrations.apiKeys.wholeCompany')}</Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{key.createdByName ?? '—'}</Text>
                  <Text size="xs" c="dimmed">
                    {fmt.date(key.createdAt)}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">
                    {key.lastUsedAt ? fmt.dateTime(key.lastUsedAt) : t('integrations.apiKeys.never')}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{key.expiresAt ? fmt.date(key.expiresAt) : t('integrations.apiKeys.noExpiry')}</Text>
                </Table.Td>
                <Table.Td>
                  <Badge color={STATUS_COLOR[status]} variant="light">
                    {t(`integrations.apiKeys.status.${status}`)}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  {status !== 'revoked' && (
                    <Button
                      size="xs"
                      variant="subtle"
                      color="red"
                      aria-label={t('integrations.apiKeys.revokeNamed', { name: key.name })}
                      loading={revoke.isPending && revoke.variables?.id === key.id}
                      onClick={() => askRevoke(key)}
                    >
                      {t('integrations.apiKeys.revoke')}
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
