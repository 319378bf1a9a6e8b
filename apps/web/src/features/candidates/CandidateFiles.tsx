import { Anchor, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format.ts';
import { candidateFilesQuery, candidateFileUrl } from './candidates.api.ts';

/** The candidate's CVs (from a referral, an agency or an application), newest first, to download. */
export function CandidateFiles({ candidateId }: { candidateId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const files = useQuery(candidateFilesQuery(candidateId));
  const items = files.data?.items ?? [];
  return (
    <Card withBorder padding="lg">
      <Stack gap="xs">
        <Title order={3} size="h5">
          {t('candidates.files.title')}
        </Title>
        {files.isSuccess && items.length === 0 && <Text c="dimmed">{t('candidates.files.empty')}</Text>}
        {items.map((file) => (
          <Group key={file.id} justify="space-between" wrap="nowrap" data-testid="candidate-file">
            <Anchor
              href={candidateFileUrl(candidateId, file.id)}
              download={file.fileName}
              style={{ overflowWrap: 'anywhere' }}
            >
              {file.fileName}
            </Anchor>
            <Text size="sm" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
              {t('candidates.files.meta', {
                size: Math.max(1, Math.round(file.sizeBytes / 1024)),
                date: format.date(file.createdAt),
              })}
            </Text>
          </Group>
        ))}
      </Stack>
    </Card>
  );
}
