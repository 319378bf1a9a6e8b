import { Button, Card, Group, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQuery } from '@tanstack/react-query';
import type { TContactImport } from '@vouch/contracts';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format.ts';
import { confirmAction } from '../../ui/confirm.tsx';
import { Empty } from '../../ui/Empty.tsx';
import { QueryState } from '../../ui/QueryState.tsx';
import { importsQuery, useDeleteAllContacts, useDeleteImport } from './network.api.ts';

/**
 * "Your imported data": the member's imports (source, date, contacts) with deleting one, or every
 * contact at once; each confirmation says what goes and what becomes of the marks made on them.
 */
export function ImportHistoryCard() {
  const { t } = useTranslation();
  const fmt = useFormat();
  // An unfinished import shows its progress on the import card; here only what is done.
  const imports = useQuery({ ...importsQuery, select: (items) => items.filter((item) => item.status === 'done') });
  const remove = useDeleteImport();
  const deleteAll = useDeleteAllContacts();

  const askDeleteAll = async () => {
    const ok = await confirmAction({
      message: t('network.contacts.deleteAllConfirm'),
      confirmLabel: t('common.delete'),
    });
    if (!ok) return;
    deleteAll.mutate(undefined, {
      onSuccess: () => notifications.show({ color: 'green', message: t('network.contacts.deletedAll') }),
    });
  };

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
        <Group justify="space-between">
          <Title order={3}>{t('network.history.title')}</Title>
          <Button
            variant="light"
            color="red"
            onClick={askDeleteAll}
            loading={deleteAll.isPending}
            disabled={!imports.data?.length}
            data-testid="contacts-delete-all"
          >
            {t('network.contacts.deleteAll')}
          </Button>
        </Group>
        <Text size="sm" c="dimmed">
          {t('network.history.intro')}
        </Text>
        <QueryState isLoading={imports.isLoading} error={imports.error} onRetry={() => imports.refetch()} />
        {imports.isSuccess && !imports.data.length && <Empty title={t('network.history.empty')} />}
        {!!imports.data?.length && (
          <Table.ScrollContainer minWidth={560}>
            <Table verticalSpacing="sm">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('network.history.source')}</Table.Th>
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
                      <Button
                        size="xs"
                        variant="subtle"
                        color="red"
                        aria-label={t('network.history.delete', { name: item.fileName })}
                        loading={remove.isPending && remove.variables === item.id}
                        onClick={() => askDelete(item)}
                        data-testid="import-delete"
                      >
                        {t('network.history.deleteThis')}
                      </Button>
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
