import { ActionIcon, Card, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQuery } from '@tanstack/react-query';
import type { TContactImport } from '@vouch/contracts';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format.ts';
import { confirmAction } from '../../ui/confirm.tsx';
import { Empty } from '../../ui/Empty.tsx';
import { QueryState } from '../../ui/QueryState.tsx';
import { importsQuery, useDeleteImport } from './network.api.ts';

/** Past imports; deleting one removes the contacts no later import contained. */
export function ImportHistoryCard() {
  const { t } = useTranslation();
  const fmt = useFormat();
  // An unfinished import shows its progress on the import card; here only what is done.
  const imports = useQuery({ ...importsQuery, select: (items) => items.filter((item) => item.status === 'done') });
  const remove = useDeleteImport();

  const askDelete = async (item: TContactImport) => {
    const ok = await confirmAction({
      message: t('network.history.deleteConfirm', { name: item.fileName, count: item.contactsLeft }),
      confirmLabel: t('common.delete'),
    });
    if (!ok) return;
    remove.mutate(item.id, {
      onSuccess: () => notifications.show({ color: 'green', message: t('network.history.deleted') }),
    });
  };

  return (
    <Card withBorder padding="lg" data-testid="import-history">
      <Stack>
        <Title order={3}>{t('network.history.title')}</Title>
        <QueryState isLoading={imports.isLoading} error={imports.error} onRetry={() => imports.refetch()} />
        {imports.isSuccess && !imports.data.length && <Empty title={t('network.history.empty')} />}
        {!!imports.data?.length && (
          <Table.ScrollContainer minWidth={560}>
            <Table verticalSpacing="sm">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('network.history.file')}</Table.Th>
                  <Table.Th>{t('network.history.when')}</Table.Th>
                  <Table.Th>{t('network.history.result')}</Table.Th>
                  <Table.Th>{t('network.history.left')}</Table.Th>
                  <Table.Th>
                    <VisuallyHidden>{t('common.actions')}</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {imports.data.map((item) => (
                  <Table.Tr key={item.id} data-testid="import-row">
                    <Table.Td>
                      <Text size="sm" fw={500} style={{ wordBreak: 'break-all' }}>
                        {item.fileName}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {t(`network.upload.formats.${item.format}`)}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{fmt.dateTime(item.createdAt)}</Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">
                        {t('network.history.resultText', {
                          added: fmt.number(item.added),
                          updated: fmt.number(item.updated),
                        })}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{fmt.number(item.contactsLeft)}</Text>
                    </Table.Td>
                    <Table.Td>
                      <ActionIcon
                        variant="subtle"
                        color="red"
                        aria-label={t('network.history.delete', { name: item.fileName })}
                        loading={remove.isPending && remove.variables === item.id}
                        onClick={() => askDelete(item)}
                      >
                        ✕
                      </ActionIcon>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
    </Card>
  );
}
