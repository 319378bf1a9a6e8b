import {
  ActionIcon,
  Badge,
  Button,
  Card,
  Group,
  Menu,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  VisuallyHidden,
} from '@mantine/core';
import { useDebouncedValue, useDisclosure } from '@mantine/hooks';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { MEMBER_STATUSES, ROLES, type TMember, type TRole } from '@vouch/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../app/auth.ts';
import { notifySuccess } from '../../app/errors.ts';
import { memberKeys, messageKeys } from '../../app/query-keys.ts';
import { useFormat } from '../../i18n/format.ts';
import { confirmAction } from '../../ui/confirm.tsx';
import { ListTable } from '../../ui/ListTable.tsx';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { PersonExportModal } from '../privacy/PersonExportCard.tsx';
import { ChangeRoleModal } from './ChangeRoleModal.tsx';
import { InviteModal } from './InviteModal.tsx';
import { SignupLinkCard } from './SignupLinkCard.tsx';
import { actOnMember, type MemberAction, type MemberFilters, useMembers } from './users.api.ts';

const STATUS_COLOR = { invited: 'yellow', active: 'teal', deactivated: 'gray' } as const;

export function UsersPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const me = useMe();
  const client = useQueryClient();
  const [inviteOpen, invite] = useDisclosure(false);
  const [changing, setChanging] = useState<TMember | null>(null);
  const [exporting, setExporting] = useState<TMember | null>(null);
  const [q, setQ] = useState('');
  const [debouncedQ] = useDebouncedValue(q.trim(), 300);
  const [role, setRole] = useState<TRole | undefined>();
  const [status, setStatus] = useState<MemberFilters['status']>();
  const members = useMembers({ q: debouncedQ || undefined, role, status });

  const act = useMutation({
    mutationFn: ({ member, action }: { member: TMember; action: MemberAction }) => actOnMember(member.id, action),
    onSuccess: async (_d, { action }) => {
      const done = {
        'resend-invite': 'users.resent',
        deactivate: 'users.deactivated',
        reactivate: 'users.reactivated',
      } as const;
      notifySuccess(t(done[action]));
      await client.invalidateQueries({ queryKey: memberKeys.lists() });
      if (action === 'resend-invite') await client.invalidateQueries({ queryKey: messageKeys.lists() });
    },
  });
  const deactivate = async (member: TMember) => {
    const ok = await confirmAction({
      message: t('users.deactivateConfirm', { name: member.name || member.email }),
      confirmLabel: t('users.deactivate'),
    });
    if (ok) act.mutate({ member, action: 'deactivate' });
  };

  const stats = members.data?.stats;
  const items = members.data?.items ?? [];
  const filtered = !!(debouncedQ || role || status);

  return (
    <>
      <PageHeader title={t('users.title')} actions={<Button onClick={invite.open}>{t('users.invite')}</Button>} />
      <Stack gap="lg">
        {stats && (
          <SimpleGrid cols={{ base: 2, sm: 4 }}>
            {(['invited', 'joined', 'active', 'deactivated'] as const).map((key) => (
              <Card key={key} withBorder padding="md" data-testid={`stat-${key}`}>
                <Text size="sm" c="dimmed">
                  {t(`users.stats.${key}`)}
                </Text>
                <Text fz={28} fw={700}>
                  {fmt.number(stats[key])}
                </Text>
              </Card>
            ))}
          </SimpleGrid>
        )}
        <SignupLinkCard />
        <Group gap="sm" align="flex-end" wrap="wrap">
          <TextInput
            label={t('users.fields.search')}
            type="search"
            value={q}
            onChange={(e) => setQ(e.currentTarget.value)}
            w={240}
          />
          <Select
            label={t('users.fields.role')}
            placeholder={t('users.fields.anyRole')}
            data={ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
            value={role ?? null}
            onChange={(v) => setRole((v as TRole) ?? undefined)}
            clearable
            w={200}
          />
          <Select
            label={t('users.fields.status')}
            placeholder={t('users.fields.anyStatus')}
            data={MEMBER_STATUSES.map((s) => ({ value: s, label: t(`users.status.${s}`) }))}
            value={status ?? null}
            onChange={(v) => setStatus((v as MemberFilters['status']) ?? undefined)}
            clearable
            w={180}
          />
        </Group>
        <ListTable
          query={members}
          items={items}
          minWidth={760}
          emptyTitle={t('users.empty')}
          emptyAction={filtered ? undefined : <Button onClick={invite.open}>{t('users.emptyAction')}</Button>}
          head={
            <>
              <Table.Th>{t('users.fields.name')}</Table.Th>
              <Table.Th>{t('users.fields.role')}</Table.Th>
              <Table.Th>{t('users.fields.status')}</Table.Th>
              <Table.Th>{t('users.fields.lastSeen')}</Table.Th>
              <Table.Th w={60}>
                <VisuallyHidden>{t('common.actions')}</VisuallyHidden>
              </Table.Th>
            </>
          }
          row={(m) => (
            <Table.Tr key={m.id}>
              <Table.Td>
                <Text size="sm" fw={600}>
                  {m.name || m.email}
                </Text>
                <Text size="xs" c="dimmed">
                  {m.email}
                </Text>
              </Table.Td>
              <Table.Td>
                {t(`roles.${m.role}`)}
                {m.agencyName && (
                  <Text size="xs" c="dimmed">
                    {m.agencyName}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <Badge color={STATUS_COLOR[m.status]} variant="light">
                  {t(`users.status.${m.status}`)}
                </Badge>
              </Table.Td>
              <Table.Td>
                <Text size="sm" c="dimmed">
                  {fmt.dateTime(m.lastSeenAt)}
                </Text>
              </Table.Td>
              <Table.Td>
                {m.userId !== me.userId && (
                  <Menu position="bottom-end" withinPortal>
                    <Menu.Target>
                      <ActionIcon
                        variant="subtle"
                        color="gray"
                        aria-label={`${t('common.actions')}: ${m.name || m.email}`}
                      >
                        ⋯
                      </ActionIcon>
                    </Menu.Target>
                    <Menu.Dropdown>
                      {m.status === 'invited' && (
                        <Menu.Item onClick={() => act.mutate({ member: m, action: 'resend-invite' })}>
                          {t('users.resend')}
                        </Menu.Item>
                      )}
                      <Menu.Item onClick={() => setChanging(m)}>{t('users.changeRole')}</Menu.Item>
                      <Menu.Item onClick={() => setExporting(m)}>{t('personExport.menu')}</Menu.Item>
                      {m.status === 'deactivated' ? (
                        <Menu.Item onClick={() => act.mutate({ member: m, action: 'reactivate' })}>
                          {t('users.reactivate')}
                        </Menu.Item>
                      ) : (
                        <Menu.Item color="red" onClick={() => deactivate(m)}>
                          {t('users.deactivate')}
                        </Menu.Item>
                      )}
                    </Menu.Dropdown>
                  </Menu>
                )}
              </Table.Td>
            </Table.Tr>
          )}
        />
      </Stack>
      <InviteModal opened={inviteOpen} onClose={invite.close} />
      {changing && <ChangeRoleModal member={changing} onClose={() => setChanging(null)} />}
      {exporting && (
        <PersonExportModal
          subject={{ kind: 'member', id: exporting.id }}
          name={exporting.name || exporting.email}
          onClose={() => setExporting(null)}
        />
      )}
    </>
  );
}
