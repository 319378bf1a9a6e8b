import { ActionIcon, Button, Card, Group, Stack, Switch, Table, Text, VisuallyHidden } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { TBonusTier } from '@vouch/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { confirmAction } from '../../ui/confirm.tsx';
import { QueryState } from '../../ui/QueryState.tsx';
import { BonusRuleLine } from './BonusRuleLine.tsx';
import { BonusTierModal } from './BonusTierModal.tsx';
import { bonusTiersQuery, useBonusTierActions } from './bonus-tiers.api.ts';

/** `undefined` while closed; null while adding. */
type Editing = TBonusTier | null | undefined;

function moved(tiers: TBonusTier[], index: number, by: -1 | 1) {
  const ids = tiers.map((x) => x.id);
  [ids[index], ids[index + by]] = [ids[index + by], ids[index]];
  return ids;
}

export function BonusTiersCard() {
  const { t } = useTranslation();
  const tiers = useQuery(bonusTiersQuery);
  const [editing, setEditing] = useState<Editing>(undefined);
  const { toggle, reorder, remove } = useBonusTierActions();
  // What the switch shows while the server stores it: set in the click itself, because a controlled
  // switch the click's own render leaves unchanged flips straight back (a failure puts it back too).
  const [shown, setShown] = useState<{ id: string; visible: boolean } | null>(null);
  const askRemove = async (tier: TBonusTier) => {
    const ok = await confirmAction({
      message: t('bonusTiers.deleteConfirm', { name: tier.name }),
      confirmLabel: t('common.delete'),
    });
    if (ok) remove.mutate(tier);
  };
  const items = tiers.data ?? [];

  return (
    <Card withBorder padding="lg" data-testid="bonus-tiers-card">
      <Stack>
        <Group justify="space-between" wrap="nowrap">
          <Text size="sm" c="dimmed">
            {t('bonusTiers.hint')}
          </Text>
          <Button onClick={() => setEditing(null)}>{t('bonusTiers.add')}</Button>
        </Group>
        <QueryState isLoading={tiers.isLoading} error={tiers.error} onRetry={() => tiers.refetch()} />
        {tiers.isSuccess && items.length === 0 && (
          <Text c="dimmed" size="sm">
            {t('bonusTiers.empty')}
          </Text>
        )}
        {items.length > 0 && (
          <Table.ScrollContainer minWidth={560}>
            <Table verticalSpacing="sm">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('bonusTiers.fields.name')}</Table.Th>
                  <Table.Th>{t('bonusTiers.fields.value')}</Table.Th>
                  <Table.Th>{t('bonusTiers.fields.visible')}</Table.Th>
                  <Table.Th>
                    <VisuallyHidden>{t('common.actions')}</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((tier, index) => (
                  <Table.Tr key={tier.id}>
                    <Table.Td>
                      <Text size="sm" fw={500}>
                        {tier.name}
                      </Text>
                      {tier.description && (
                        <Text size="xs" c="dimmed" lineClamp={2}>
                          {tier.description}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      {tier.value}
                      <BonusRuleLine tier={tier} />
                    </Table.Td>
                    <Table.Td>
                      <Switch
                        aria-label={t('bonusTiers.visibleFor', { name: tier.name })}
                        checked={shown?.id === tier.id ? shown.visible : tier.visibleToEmployees}
                        disabled={toggle.isPending && toggle.variables?.id === tier.id}
                        onChange={(event) => {
                          setShown({ id: tier.id, visible: event.currentTarget.checked });
                          toggle.mutate(tier, { onSettled: () => setShown(null) });
                        }}
                      />
                    </Table.Td>
                    <Table.Td>
                      <Group gap={4} justify="flex-end" wrap="nowrap">
                        <ActionIcon
                          variant="subtle"
                          aria-label={`${t('common.moveUp')}: ${tier.name}`}
                          disabled={index === 0 || reorder.isPending}
                          onClick={() => reorder.mutate(moved(items, index, -1))}
                        >
                          ↑
                        </ActionIcon>
                        <ActionIcon
                          variant="subtle"
                          aria-label={`${t('common.moveDown')}: ${tier.name}`}
                          disabled={index === items.length - 1 || reorder.isPending}
                          onClick={() => reorder.mutate(moved(items, index, 1))}
                        >
                          ↓
                        </ActionIcon>
                        <ActionIcon
                          variant="subtle"
                          aria-label={t('bonusTiers.editNamed', { name: tier.name })}
                          onClick={() => setEditing(tier)}
                        >
                          ✎
                        </ActionIcon>
                        <ActionIcon
                          variant="subtle"
                          color="red"
                          aria-label={t('bonusTiers.deleteNamed', { name: tier.name })}
                          loading={remove.isPending && remove.variables?.id === tier.id}
                          onClick={() => askRemove(tier)}
                        >
                          ✕
                        </ActionIcon>
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
      {editing !== undefined && (
        // Keyed so the form starts from the tier being edited each time it opens.
        <BonusTierModal key={editing?.id ?? 'new'} opened tier={editing} onClose={() => setEditing(undefined)} />
      )}
    </Card>
  );
}
