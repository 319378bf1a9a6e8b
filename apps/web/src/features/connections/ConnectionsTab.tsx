import { Card, Group, List, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { TCandidate, TCandidateReferral } from '@vouch/contracts';
import { useTranslation } from 'react-i18next';
import { canManageHiring, useMe } from '../../app/auth.ts';
import { useFormat } from '../../i18n/format.ts';
import { Empty } from '../../ui/Empty.tsx';
import { QueryState } from '../../ui/QueryState.tsx';
import { RequestReferralButton } from '../referral-requests/RequestReferralButton.tsx';
import { useCandidateReferrals } from '../referrals/board.api.ts';
import { useConnectionWords } from './connection-words.ts';
import { connectionsQuery } from './connections.api.ts';

/** "Who knows them": the colleagues connected to a candidate, strongest first, each with the reasons in words. */
export function ConnectionsTab({ candidate }: { candidate: TCandidate }) {
  const { t } = useTranslation();
  const words = useConnectionWords();
  const connections = useQuery(connectionsQuery(candidate.id));
  const me = useMe();
  // The requests already sent about this candidate, newest first: each colleague's card says so.
  const referrals = useCandidateReferrals(candidate.id, canManageHiring(me.role));
  const requestsTo = (membershipId: string) =>
    (referrals.data ?? []).filter((r) => r.source === 'referral_request' && r.referrer?.id === membershipId);
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
              <RequestsSent requests={requestsTo(connection.colleague.membershipId)} />
            </Stack>
            <RequestReferralButton candidateId={candidate.id} connection={connection} />
          </Group>
        </Card>
      ))}
    </Stack>
  );
}

/** "Request sent 3 March · Legal Counsel": what was already asked of this colleague about the candidate. */
function RequestsSent({ requests }: { requests: TCandidateReferral[] }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  if (!requests.length) return null;
  return (
    <Stack gap={0} data-testid="request-sent">
      {requests.map((r) => (
        <Text key={r.id} size="xs" c="orange.8" fw={500}>
          {r.job
            ? t('connections.requestSentFor', { date: fmt.date(r.createdAt), job: r.job.title })
            : t('connections.requestSent', { date: fmt.date(r.createdAt) })}
        </Text>
      ))}
    </Stack>
  );
}
