import { Group, Modal, NumberInput, Stack, Switch, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type TBonusTier, ZSaveBonusTierRequest } from '@vouch/contracts';
import { useTranslation } from 'react-i18next';
import { handleFormError, notifySuccess, zodValidate } from '../../app/errors.ts';
import { referralKeys } from '../../app/query-keys.ts';
import { FormActions } from '../../ui/FormActions.tsx';
import { saveBonusTier } from './bonus-tiers.api.ts';
import { DepartmentSelect } from './filter-fields.tsx';

type Values = {
  name: string;
  value: string;
  description: string;
  visibleToEmployees: boolean;
  /** The rule: a department's jobs (null: all jobs), money for payroll, the waiting period. */
  departmentId: string | null;
  amount: number | string;
  currency: string;
  waitingDays: number | string;
};
/** `tier` null adds a new one. */
type Props = { opened: boolean; tier: TBonusTier | null; onClose: () => void };

const valuesOf = (tier: TBonusTier | null): Values => ({
  name: tier?.name ?? '',
  value: tier?.value ?? '',
  description: tier?.description ?? '',
  visibleToEmployees: tier?.visibleToEmployees ?? true,
  departmentId: tier?.departmentId ?? null,
  amount: tier?.amount ?? '',
  currency: tier?.currency ?? '',
  waitingDays: tier?.waitingDays ?? 90,
});

/** Empty money fields mean "not money"; the server checks the rest. */
const bodyOf = (values: Values) => ({
  ...values,
  amount: values.amount === '' ? null : Number(values.amount),
  currency: values.currency.trim() || null,
  waitingDays: values.waitingDays === '' ? 0 : Number(values.waitingDays),
});

export function BonusTierModal({ opened, tier, onClose }: Props) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const form = useForm<Values>({ initialValues: valuesOf(tier), validate: zodValidate(ZSaveBonusTierRequest, bodyOf) });
  const save = useMutation({
    mutationFn: (values: Values) => saveBonusTier(tier?.id ?? null, bodyOf(values)),
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
          <DepartmentSelect
            label={t('bonusRule.department')}
            placeholder={t('bonusRule.allJobs')}
            description={t('bonusRule.departmentHint')}
            value={form.values.departmentId ?? undefined}
            onChange={(departmentId) => form.setFieldValue('departmentId', departmentId ?? null)}
            testId="bonus-tier-department"
          />
          <Group grow align="flex-start">
            <NumberInput
              label={t('bonusRule.amount')}
              description={t('bonusRule.amountHint')}
              min={0}
              decimalScale={2}
              thousandSeparator=" "
              {...form.getInputProps('amount')}
              data-testid="bonus-tier-amount"
            />
            <TextInput
              label={t('bonusRule.currency')}
              description={t('bonusRule.currencyHint')}
              maxLength={3}
              {...form.getInputProps('currency')}
              data-testid="bonus-tier-currency"
            />
          </Group>
          <NumberInput
            label={t('bonusRule.waitingDays')}
            min={0}
            max={730}
            allowDecimal={false}
            {...form.getInputProps('waitingDays')}
            data-testid="bonus-tier-waiting-days"
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
