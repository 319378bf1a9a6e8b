import { Card, Group, List, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { TCandidate } from '@vouch/contracts';
import { useTranslation } from 'react-i18next';
import { Empty } from '../../ui/Empty.tsx';
import { QueryState } from '../../ui/QueryState.tsx';
import { RequestReferralButton } from '../referral-requests/RequestReferralButton.tsx';
import { useConnectionWords } from './connection-words.ts';
import { connectionsQuery } from './connections.api.ts';

/** "Who knows them": the colleagues connected to a candidate, strongest first, each with the reasons in words. */
export function ConnectionsTab({ candidate }: { candidate: TCandidate }) {
  const { t } = useTranslation();
  const words = useConnectionWords();
  const connections = useQuery(connectionsQuery(candidate.id));
  if (!connections.data)
    return (
      <QueryState isLoading={connections.isLoading} error={connections.error} onRetry={() => connections.refetch()} />
    );
  const items = connections.data.items;
  if (!items.length) return <Empty title={t('connections.empty')} description={t('connections.emptyHint')} />;
  return (
    <Stack gap="sm">
      <Text c="dimmed" size="sm">
        {t('connections.intro', { name: candidate.firstName })}
      </Text>
      {items.map((connection) => (
        <Card key={connection.colleague.membershipId} withBorder padding="md" data-testid="connection">
          <Group justify="space-between" align="flex-start" wrap="nowrap">
            <Stack gap={4}>
              <Text fw={600}>{connection.colleague.name}</Text>
              <List size="sm" spacing={2}>
                {connection.reasons.map((reason) => (
                  <List.Item key={JSON.stringify(reason)}>{words.reason(reason)}</List.Item>
                ))}
              </List>
            </Stack>
            <RequestReferralButton candidateId={candidate.id} connection={connection} />
          </Group>
        </Card>
      ))}
    </Stack>
  );
}
