import { Card, Group, Kbd, Stack, Text, Title } from '@mantine/core';
import { NETWORK_MARKS } from '@vouch/contracts';
import { useTranslation } from 'react-i18next';

const KEYS = ['1', '2', '3', 'S'];

/** What each choice means for the contact and for the employee, beside the card. */
export function TriageExplained() {
  const { t } = useTranslation();
  const choices = [...NETWORK_MARKS, 'skip'] as const;
  return (
    <Card withBorder padding="lg" data-testid="triage-explained">
      <Title order={3} size="h4" mb="sm">
        {t('triage.explainTitle')}
      </Title>
      <Stack gap="sm">
        {choices.map((choice, index) => (
          <div key={choice}>
            <Group gap="xs" wrap="nowrap" align="baseline">
              <Kbd size="xs">{KEYS[index]}</Kbd>
              <Text size="sm" fw={500}>
                {choice === 'skip' ? t('triage.skip') : t(`triage.marks.${choice}`)}
              </Text>
            </Group>
            <Text size="xs" c="dimmed">
              {t(`triage.explain.${choice}`)}
            </Text>
          </div>
        ))}
        <Text size="xs" c="dimmed">
          {t('triage.explain.keys')}
        </Text>
      </Stack>
    </Card>
  );
}
