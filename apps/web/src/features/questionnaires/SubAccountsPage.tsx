import { ActionIcon, Badge, Button, Group, Image, Menu, Switch, Table, Text, VisuallyHidden } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TSubAccount } from '@vouch/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '../../app/errors.ts';
import { questionnaireKeys } from '../../app/query-keys.ts';
import { useFormat } from '../../i18n/format.ts';
import { confirmAction } from '../../ui/confirm.tsx';
import { ListTable } from '../../ui/ListTable.tsx';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { ReferencesNav } from '../references/ReferencesNav.tsx';
import { LimitMembersModal } from './LimitMembersModal.tsx';
import { setSubAccountArchived, useSubAccountList } from './questionnaires.api.ts';
import { SubAccountModal } from './SubAccountModal.tsx';

/** Admins' list of sub-accounts: brands or units with their own sender, logo, questionnaires and members. */
export function SubAccountsPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const client = useQueryClient();
  const [includeArchived, setIncludeArchived] = useState(false);
  const list = useSubAccountList(includeArchived);
  const [editing, setEditing] = useState<TSubAccount | null>(null);
  const [modalOpen, setModalOpen] = useState(false);
  const [limiting, setLimiting] = useState<TSubAccount | null>(null);
  const items = list.data ?? [];

  const openNew = () => {
    setEditing(null);
    setModalOpen(true);
  };
  const archive = useMutation({
    mutationFn: ({ sub, archived }: { sub: TSubAccount; archived: boolean }) => setSubAccountArchived(sub.id, archived),
    onSuccess: async (_d, { archived }) => {
      notifySuccess(t(archived ? 'subAccounts.archivedDone' : 'subAccounts.restored'));
      await client.invalidateQueries({ queryKey: questionnaireKeys.subAccounts() });
    },
  });
  const askArchive = async (sub: TSubAccount) => {
    const ok = await confirmAction({
      message: t('subAccounts.archiveConfirm', { name: sub.name }),
      confirmLabel: t('subAccounts.archive'),
    });
    if (ok) archive.mutate({ sub, archived: true });
  };

  return (
    <>
      <ReferencesNav active="sub-accounts" />
      <PageHeader
        title={t('subAccounts.title')}
        subtitle={t('subAccounts.subtitle')}
        actions={
          <Button onClick={openNew} data-testid="sub-account-new">
            {t('subAccounts.new')}
          </Button>
        }
      />
      <Switch
        label={t('subAccounts.showArchived')}
        checked={includeArchived}
        onChange={(e) => setIncludeArchived(e.currentTarget.checked)}
        mb="md"
        data-testid="sub-account-show-archived"
      />
      <ListTable
        query={list}
        items={items}
        minWidth={760}
        emptyTitle={t('subAccounts.empty')}
        emptyAction={<Button onClick={openNew}>{t('subAccounts.new')}</Button>}
        head={
          <>
            <Table.Th w={80}>{t('subAccounts.columns.logo')}</Table.Th>
            <Table.Th>{t('subAccounts.columns.name')}</Table.Th>
            <Table.Th>{t('subAccounts.columns.senderName')}</Table.Th>
            <Table.Th>{t('subAccounts.columns.templates')}</Table.Th>
            <Table.Th>{t('subAccounts.columns.members')}</Table.Th>
            <Table.Th w={60}>
              <VisuallyHidden>{t('common.actions')}</VisuallyHidden>
            </Table.Th>
          </>
        }
        row={(sub) => (
          <Table.Tr key={sub.id} data-testid="sub-account-row">
            <Table.Td>
              {sub.logoDataUrl ? (
                <Image
                  src={sub.logoDataUrl}
                  alt={t('subAccounts.logoAlt', { name: sub.name })}
                  h={28}
                  w="auto"
                  fit="contain"
                />
              ) : (
                <Text c="dimmed">—</Text>
              )}
            </Table.Td>
            <Table.Td>
              <Group gap="xs">
                <Text size="sm" fw={600}>
                  {sub.name}
                </Text>
                {sub.archived && (
                  <Badge size="sm" variant="light" color="yellow">
                    {t('subAccounts.archived')}
                  </Badge>
                )}
              </Group>
            </Table.Td>
            <Table.Td>{sub.senderName ?? <Text c="dimmed">—</Text>}</Table.Td>
            <Table.Td>{fmt.number(sub.templateCount)}</Table.Td>
            <Table.Td>{fmt.number(sub.memberCount)}</Table.Td>
            <Table.Td>
              <Menu position="bottom-end" withinPortal>
                <Menu.Target>
                  <ActionIcon
                    variant="subtle"
                    color="gray"
                    aria-label={`${t('common.actions')}: ${sub.name}`}
                    data-testid="sub-account-actions"
                  >
                    ⋯
                  </ActionIcon>
                </Menu.Target>
                <Menu.Dropdown>
                  <Menu.Item
                    onClick={() => {
                      setEditing(sub);
                      setModalOpen(true);
                    }}
                    data-testid="sub-account-edit"
                  >
                    {t('subAccounts.edit')}
                  </Menu.Item>
                  <Menu.Item onClick={() => setLimiting(sub)} data-testid="sub-account-limit">
                    {t('subAccounts.limitMembers')}
                  </Menu.Item>
                  {sub.archived ? (
                    <Menu.Item onClick={() => archive.mutate({ sub, archived: false })}>
                      {t('subAccounts.unarchive')}
                    </Menu.Item>
                  ) : (
                    <Menu.Item color="red" onClick={() => askArchive(sub)} data-testid="sub-account-archive">
                      {t('subAccounts.archive')}
                    </Menu.Item>
                  )}
                </Menu.Dropdown>
              </Menu>
            </Table.Td>
          </Table.Tr>
        )}
      />
      <SubAccountModal opened={modalOpen} onClose={() => setModalOpen(false)} editing={editing} />
      <LimitMembersModal subAccount={limiting} onClose={() => setLimiting(null)} />
    </>
  );
}
