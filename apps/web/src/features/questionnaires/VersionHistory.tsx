import { Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format.ts';
import { useQuestionnaireVersions } from './questionnaires.api.ts';

/** Every version of a template, newest first: when, by whom, and how many checks use it. */
export function VersionHistory({ templateId, current }: { templateId: string; current: number }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const versions = useQuestionnaireVersions(templateId);
  if (!versions.data?.length) return null;
  return (
    <Card withBorder padding="md" data-testid="questionnaire-versions">
      <Title order={3} size="h5" mb="xs">
        {t('questionnaires.versions')}
      </Title>
      <Stack gap={6}>
        {versions.data.map((v) => (
          <Group key={v.id} justify="space-between" wrap="nowrap" gap="xs">
            <div>
              <Text size="sm" fw={600}>
                {t('questionnaires.versionRow', { n: v.version })}{' '}
                {v.version === current && (
                  <Badge size="xs" variant="light" ml={4}>
                    {t('questionnaires.current')}
                  </Badge>
                )}
              </Text>
              <Text size="xs" c="dimmed">
                {v.createdByName
                  ? t('questionnaires.versionMeta', { date: fmt.dateTime(v.createdAt), name: v.createdByName })
                  : t('questionnaires.versionMetaNoName', { date: fmt.dateTime(v.createdAt) })}
                {' · '}
                {t('questionnaires.questionCount', { count: v.questionCount })}
              </Text>
            </div>
            <Text size="xs" c="dimmed">
              {t('questionnaires.versionChecks', { count: v.checks })}
            </Text>
          </Group>
        ))}
      </Stack>
    </Card>
  );
}
