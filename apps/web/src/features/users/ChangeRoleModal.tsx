import { Modal, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type TMember, type TRole, ZChangeRoleRequest } from '@vouch/contracts';
import { useTranslation } from 'react-i18next';
import { handleFormError, notifySuccess, zodValidate } from '../../app/errors.ts';
import { companyKeys, memberKeys } from '../../app/query-keys.ts';
import { FormActions } from '../../ui/FormActions.tsx';
import { RoleFields } from './RoleFields.tsx';
import { changeRole } from './users.api.ts';

type Values = { role: TRole; agencyId: string | null };
type Props = { member: TMember; onClose: () => void };

const toRequest = (v: Values) => ({ role: v.role, agencyId: v.role === 'agent' ? v.agencyId : null });

/** Mounted per member, so the form starts from that member's role. */
export function ChangeRoleModal({ member, onClose }: Props) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const form = useForm<Values>({
    initialValues: { role: member.role, agencyId: member.agencyId },
    validate: zodValidate(ZChangeRoleRequest, toRequest),
  });
  const change = useMutation({
    mutationFn: (values: Values) => changeRole(member.id, toRequest(values)),
    onSuccess: async () => {
      notifySuccess(t('users.roleChanged'));
      onClose();
      await client.invalidateQueries({ queryKey: memberKeys.lists() });
      await client.invalidateQueries({ queryKey: companyKeys.people() });
    },
    onError: (error) => handleFormError(form, error),
    meta: { silent: true },
  });

  return (
    <Modal opened onClose={onClose} title={t('users.changeRole')}>
      <form onSubmit={form.onSubmit((values) => change.mutate(values))} noValidate>
        <Stack>
          <Text size="sm">
            {member.name} · {member.email}
          </Text>
          <RoleFields form={form} />
          <FormActions submitLabel={t('common.save')} loading={change.isPending} onCancel={onClose} />
        </Stack>
      </form>
    </Modal>
  );
}
