import { Modal, Stack, Switch, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type TBonusTier, ZSaveBonusTierRequest } from '@vouch/contracts';
import { useTranslation } from 'react-i18next';
import { handleFormError, notifySuccess, zodValidate } from '../../app/errors.ts';
import { referralKeys } from '../../app/query-keys.ts';
import { FormActions } from '../../ui/FormActions.tsx';
import { saveBonusTier } from './bonus-tiers.api.ts';

type Values = { name: string; value: string; description: string; visibleToEmployees: boolean };
/** `tier` null adds a new one. */
type Props = { opened: boolean; tier: TBonusTier | null; onClose: () => void };

const valuesOf = (tier: TBonusTier | null): Values => ({
  name: tier?.name ?? '',
  value: tier?.value ?? '',
  description: tier?.description ?? '',
  visibleToEmployees: tier?.visibleToEmployees ?? true,
});

export function BonusTierModal({ opened, tier, onClose }: Props) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const form = useForm<Values>({ initialValues: valuesOf(tier), validate: zodValidate(ZSaveBonusTierRequest) });
  const save = useMutation({
    mutationFn: (values: Values) => saveBonusTier(tier?.id ?? null, values),
    onSuccess: async () => {
      notifySuccess(t(tier ? 'bonusTiers.updated' : 'bonusTiers.created'));
      onClose();
      await client.invalidateQueries({ queryKey: referralKeys.bonusTiers() });
    },
    onError: (error) => handleFormError(form, error),
    meta: { silent: true },
  });

  return (
    <Modal opened={opened} onClose={onClose} title={t(tier ? 'bonusTiers.editTitle' : 'bonusTiers.newTitle')}>
      <form onSubmit={form.onSubmit((values) => save.mutate(values))} noValidate>
        <Stack>
          <TextInput
            label={t('bonusTiers.fields.name')}
            placeholder={t('bonusTiers.namePlaceholder')}
            required
            data-autofocus
            {...form.getInputProps('name')}
          />
          <TextInput
            label={t('bonusTiers.fields.value')}
            description={t('bonusTiers.valueHint')}
            placeholder={t('bonusTiers.valuePlaceholder')}
            required
            {...form.getInputProps('value')}
          />
          <Textarea
            label={t('bonusTiers.fields.description')}
            autosize
            minRows={2}
            {...form.getInputProps('description')}
          />
          <Switch
            label={t('bonusTiers.fields.visibleToEmployees')}
            {...form.getInputProps('visibleToEmployees', { type: 'checkbox' })}
          />
          <FormActions submitLabel={t('common.save')} loading={save.isPending} onCancel={onClose} />
        </Stack>
      </form>
    </Modal>
  );
}
