import { ActionIcon, Badge, Card, Stack, Table, Tabs, Text, VisuallyHidden } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { TExclusion } from '@vouch/contracts';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format.ts';
import { confirmAction } from '../../ui/confirm.tsx';
import { QueryState } from '../../ui/QueryState.tsx';
import { AddExclusionForm } from './AddExclusionForm.tsx';
import { type ExclusionGroup, exclusionsQuery, KINDS_OF, useRemoveExclusion } from './exclusions.api.ts';

function ExclusionTable({ group, items }: { group: ExclusionGroup; items: TExclusion[] }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const remove = useRemoveExclusion();
  const askRemove = async (x: TExclusion) => {
    const ok = await confirmAction({
      message: t('exclusions.deleteConfirm', { value: x.value }),
      confirmLabel: t('common.delete'),
    });
    if (ok) remove.mutate(x);
  };
  if (!items.length) {
    return (
      <Text c="dimmed" size="sm" data-testid="exclusions-empty">
        {t(`exclusions.empty.${group}`)}
      </Text>
    );
  }
  return (
    <Table.ScrollContainer minWidth={620}>
      <Table verticalSpacing="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t(`exclusions.tabs.${group}`)}</Table.Th>
            <Table.Th>{t('exclusions.fields.reason')}</Table.Th>
            <Table.Th>{t('exclusions.fields.added')}</Table.Th>
            <Table.Th>
              <VisuallyHidden>{t('common.actions')}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((x) => (
            <Table.Tr key={x.id}>
              <Table.Td>
                <Text size="sm" fw={500} style={{ wordBreak: 'break-all' }}>
                  {x.value}
                </Text>
                <Badge size="xs" variant="light" color="gray">
                  {t(`exclusions.kinds.${x.kind}`)}
                </Badge>
                {x.variants.length > 0 && (
                  <Text size="xs" c="dimmed">
                    {t('exclusions.alsoKnownAs', { names: x.variants.join(', ') })}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <Text size="sm">{x.reason}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{fmt.date(x.createdAt)}</Text>
                {x.addedBy && (
                  <Text size="xs" c="dimmed">
                    {x.addedBy.name}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <ActionIcon
                  variant="subtle"
                  color="red"
                  aria-label={t('exclusions.deleteNamed', { value: x.value })}
                  loading={remove.isPending && remove.variables?.id === x.id}
                  onClick={() => askRemove(x)}
                >
                  ✕
                </ActionIcon>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

export function ExclusionsCard() {
  const { t } = useTranslation();
  const exclusions = useQuery(exclusionsQuery);
  const groupOf = (group: ExclusionGroup) => (exclusions.data ?? []).filter((x) => KINDS_OF[group].includes(x.kind));

  return (
    <Card withBorder padding="lg" data-testid="exclusions-card">
      <Text size="sm" c="dimmed" mb="sm">
        {t('exclusions.hint')}
      </Text>
      <Tabs defaultValue="companies" keepMounted={false}>
        <Tabs.List mb="md">
          {(['companies', 'people'] as const).map((group) => (
            <Tabs.Tab key={group} value={group}>
              {t(`exclusions.tabs.${group}`)} ({groupOf(group).length})
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {(['companies', 'people'] as const).map((group) => (
          <Tabs.Panel key={group} value={group}>
            <Stack>
              <AddExclusionForm group={group} />
              <QueryState
                isLoading={exclusions.isLoading}
                error={exclusions.error}
                onRetry={() => exclusions.refetch()}
              />
              {exclusions.isSuccess && <ExclusionTable group={group} items={groupOf(group)} />}
            </Stack>
          </Tabs.Panel>
        ))}
      </Tabs>
    </Card>
  );
}
