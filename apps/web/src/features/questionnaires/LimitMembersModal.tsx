import { Modal, MultiSelect, Stack, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TSubAccount } from '@vouch/contracts';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifyError, notifySuccess } from '../../app/errors.ts';
import { questionnaireKeys } from '../../app/query-keys.ts';
import { FormActions } from '../../ui/FormActions.tsx';
import { QueryState } from '../../ui/QueryState.tsx';
import { useMembers } from '../users/users.api.ts';
import { setSubAccountMembers, useSubAccountMembers } from './questionnaires.api.ts';

type Props = { subAccount: TSubAccount | null; onClose: () => void };

/** Roles a limit means something for: the ones who run checks or read their reports. */
const LIMITABLE = new Set(['admin', 'recruiter', 'hiring_manager']);

/** Which members see only this sub-account's checks and questionnaires. */
export function LimitMembersModal({ subAccount, onClose }: Props) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={!!subAccount}
      onClose={onClose}
      title={subAccount ? t('subAccounts.limitTitle', { name: subAccount.name }) : ''}
      size="lg"
      data-testid="limit-members-modal"
    >
      {subAccount && <LimitMembersForm subAccount={subAccount} onDone={onClose} />}
    </Modal>
  );
}

function LimitMembersForm({ subAccount, onDone }: { subAccount: TSubAccount; onDone: () => void }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const members = useMembers({});
  const current = useSubAccountMembers(subAccount.id);
  const [chosen, setChosen] = useState<string[] | null>(null);
  useEffect(() => {
    if (current.data && chosen === null) setChosen(current.data);
  }, [current.data, chosen]);

  const save = useMutation({
    mutationFn: (membershipIds: string[]) => setSubAccountMembers(subAccount.id, membershipIds),
    onSuccess: async () => {
      notifySuccess(t('subAccounts.membersSaved'));
      await client.invalidateQueries({ queryKey: questionnaireKeys.subAccounts() });
      onDone();
    },
    onError: notifyError,
    meta: { silent: true },
  });

  const selected = chosen ?? [];
  const options = (members.data?.items ?? [])
    .filter((m) => (LIMITABLE.has(m.role) && m.status !== 'deactivated') || selected.includes(m.id))
    .map((m) => ({ value: m.id, label: `${m.name || m.email} · ${t(`roles.${m.role}`)}` }));

  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate(selected);
      }}
    >
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          {t('subAccounts.limitHint')}
        </Text>
        <QueryState isLoading={members.isLoading || current.isLoading} error={members.error ?? current.error} />
        {chosen !== null && (
          <MultiSelect
            label={t('subAccounts.membersLabel')}
            placeholder={t('subAccounts.membersPlaceholder')}
            data={options}
            value={selected}
            onChange={setChosen}
            searchable
            clearable
            data-testid="limit-members-select"
          />
        )}
        <FormActions submitLabel={t('common.save')} loading={save.isPending} onCancel={onDone} />
      </Stack>
    </form>
  );
}
