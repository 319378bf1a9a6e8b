import { Modal, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type TRole, ZInviteRequest } from '@vouch/contracts';
import { useTranslation } from 'react-i18next';
import { handleFormError, notifySuccess, zodValidate } from '../../app/errors.ts';
import { memberKeys, messageKeys } from '../../app/query-keys.ts';
import { FormActions } from '../../ui/FormActions.tsx';
import { RoleFields } from './RoleFields.tsx';
import { inviteMember } from './users.api.ts';

type Values = { email: string; name: string; role: TRole; agencyId: string | null };
type Props = { opened: boolean; onClose: () => void };

const toRequest = (v: Values) => ({ ...v, agencyId: v.role === 'agent' ? v.agencyId : null });

export function InviteModal({ opened, onClose }: Props) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const form = useForm<Values>({
    initialValues: { email: '', name: '', role: 'employee', agencyId: null },
    validate: zodValidate(ZInviteRequest, toRequest),
  });
  const invite = useMutation({
    mutationFn: (values: Values) => inviteMember(toRequest(values)),
    onSuccess: async (member) => {
      notifySuccess(t('users.invited', { email: member.email }));
      form.reset();
      onClose();
      await client.invalidateQueries({ queryKey: memberKeys.lists() });
      await client.invalidateQueries({ queryKey: messageKeys.lists() });
    },
    onError: (error) => handleFormError(form, error, { codeFields: { email_taken: { field: 'email' } } }),
    meta: { silent: true },
  });

  return (
    <Modal opened={opened} onClose={onClose} title={t('users.inviteTitle')}>
      <form onSubmit={form.onSubmit((values) => invite.mutate(values))} noValidate>
        <Stack>
          <TextInput
            label={t('users.fields.email')}
            type="email"
            required
            data-autofocus
            {...form.getInputProps('email')}
          />
          <TextInput label={t('users.fields.name')} {...form.getInputProps('name')} />
          <RoleFields form={form} />
          <FormActions submitLabel={t('users.inviteSend')} loading={invite.isPending} onCancel={onClose} />
        </Stack>
      </form>
    </Modal>
  );
}
