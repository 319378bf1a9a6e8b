import { Card, Group, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { visibleBonusTiersQuery } from './bonus-tiers.api.ts';

/** What a referral is worth, on the home page; says nothing when the company shows no tiers. */
export function VisibleBonusesCard() {
  const { t } = useTranslation();
  const tiers = useQuery(visibleBonusTiersQuery);
  if (!tiers.data?.length) return null;
  return (
    <Card withBorder padding="lg" data-testid="visible-bonuses">
      <Title order={3} size="h4" mb="sm">
        {t('bonusTiers.title')}
      </Title>
      <Stack gap="sm">
        {tiers.data.map((tier) => (
          <div key={tier.id}>
            <Group justify="space-between" wrap="nowrap" align="baseline">
              <Text size="sm" fw={500}>
                {tier.name}
              </Text>
              <Text size="sm" fw={700} c="teal">
                {tier.value}
              </Text>
            </Group>
            {tier.description && (
              <Text size="xs" c="dimmed">
                {tier.description}
              </Text>
            )}
          </div>
        ))}
      </Stack>
    </Card>
  );
}
