import { Anchor, Button, Card, Group, Modal, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import type { TPersonExportRequest } from '@vouch/contracts';
import { useTranslation } from 'react-i18next';
import { api } from '../../app/api.ts';
import { errorMessage } from '../../app/errors.ts';
import { useFormat } from '../../i18n/format.ts';

type Subject = { kind: TPersonExportRequest['subjectKind']; id: string };

/**
 * An admin exports everything held about a person — a candidate, a referee or a member — as a ZIP of
 * their rows and files, built in the background; the link works for this admin only, until it expires.
 */
export function PersonExportCard({ kind, id }: Subject) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const start = useMutation({
    mutationFn: () => api.post('/api/person-exports', { body: { subjectKind: kind, subjectId: id } }),
  });
  const created = start.data;
  const status = useQuery({
    queryKey: ['person-export', created?.id],
    enabled: !!created,
    queryFn: () => api.get('/api/person-exports/{id}', { path: { id: created!.id } }),
    refetchInterval: (query) => (query.state.data?.status === 'pending' ? 1500 : false),
  });
  const state = status.data?.status ?? created?.status;
  return (
    <Card withBorder padding="lg" data-testid="person-export">
      <Stack gap="xs">
        <Title order={3} size="h5">
          {t('personExport.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('personExport.intro')}
        </Text>
        <Group>
          <Button
            variant="light"
            onClick={() => start.mutate()}
            loading={start.isPending}
            data-testid="person-export-start"
          >
            {t('personExport.start')}
          </Button>
          {state === 'pending' && <Text size="sm">{t('personExport.pending')}</Text>}
          {state === 'failed' && (
            <Text size="sm" c="red">
              {t('personExport.failed')}
            </Text>
          )}
          {state === 'ready' && created && (
            <Anchor href={created.downloadUrl} data-testid="person-export-download">
              {t('personExport.download', { until: fmt.dateTime(created.expiresAt) })}
            </Anchor>
          )}
        </Group>
        {start.error && (
          <Text size="sm" c="red">
            {errorMessage(start.error)}
          </Text>
        )}
      </Stack>
    </Card>
  );
}

/** The same, in a dialog, for lists whose rows have a menu (referees, members). */
export function PersonExportModal({ subject, name, onClose }: { subject: Subject; name: string; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal opened onClose={onClose} title={t('personExport.modalTitle', { name })} size="lg">
      <PersonExportCard {...subject} />
    </Modal>
  );
}
