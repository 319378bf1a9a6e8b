import { Badge, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../ui/QueryState.tsx';
import { mySubmissionsQuery } from './intake.api.ts';

/** My referrals of people referred or submitted: cards, so a phone shows them without a wide table. */
export function MySubmissions() {
  const { t, i18n } = useTranslation();
  const mine = useQuery(mySubmissionsQuery);
  const date = (iso: string) => new Date(iso).toLocaleDateString(i18n.language === 'sv' ? 'sv-SE' : 'en-GB');
  return (
    <Stack>
      <Title order={2} size="h3">
        {t('refer.mine')}
      </Title>
      <QueryState isLoading={mine.isLoading} error={mine.error} onRetry={() => mine.refetch()} />
      {mine.data?.length === 0 && <Text c="dimmed">{t('refer.none')}</Text>}
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
        {mine.data?.map((r) => (
          <Card key={`${r.id}-${r.job?.id ?? 'general'}`} withBorder padding="md" data-testid="my-submission">
            <Stack gap={4}>
              <Text fw={600}>
                {r.firstName} {r.lastName}
              </Text>
              <Text size="sm">{r.job?.title ?? t('refer.general')}</Text>
              <Text size="xs" c="dimmed">
                {date(r.createdAt)}
              </Text>
              <Group gap="xs">
                <Badge variant="light">{t(`refer.outcome.${r.outcome}`)}</Badge>
                {r.bonusState && (
                  <Badge color={r.bonusState === 'paid' ? 'green' : 'gray'} variant="light">
                    {t(`refer.bonus.${r.bonusState}`)}
                  </Badge>
                )}
                {r.selfApplied && (
                  <Badge color="gray" variant="outline">
                    {t('refer.selfApplied')}
                  </Badge>
                )}
              </Group>
            </Stack>
          </Card>
        ))}
      </SimpleGrid>
    </Stack>
  );
}
