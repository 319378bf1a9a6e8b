import { Modal, NumberInput, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import {
  type TReferralBonus,
  ZForfeitBonusRequest,
  ZMarkBonusPaidRequest,
  ZSetBonusStartDateRequest,
} from '@vouch/contracts';
import { useTranslation } from 'react-i18next';
import { handleFormError, notifySuccess, zodValidate } from '../../app/errors.ts';
import { DateField } from '../../ui/DateField.tsx';
import { FormActions } from '../../ui/FormActions.tsx';
import { usePayoutAction } from './payouts.api.ts';

/** Which form is open, for which bonus. */
export type PayoutForm = { kind: 'paid' | 'forfeit' | 'startDate'; bonus: TReferralBonus };

const today = () => new Date().toISOString().slice(0, 10);

function PaidForm({ bonus, onClose }: { bonus: TReferralBonus; onClose: () => void }) {
  const { t } = useTranslation();
  const action = usePayoutAction();
  const toBody = (v: { paidOn: string; amount: number | string; payrollReference: string }) => ({
    ...v,
    amount: v.amount === '' ? Number.NaN : Number(v.amount),
  });
  const form = useForm({
    initialValues: { paidOn: today(), amount: (bonus.amount ?? '') as number | string, payrollReference: '' },
    validate: zodValidate(ZMarkBonusPaidRequest, toBody),
  });
  return (
    <form
      noValidate
      onSubmit={form.onSubmit((values) =>
        action.mutate(
          { kind: 'paid', bonus, body: toBody(values) },
          {
            onSuccess: () => {
              notifySuccess(t('payouts.paidDone'));
              onClose();
            },
            onError: (error) => handleFormError(form, error),
          },
        ),
      )}
    >
      <Stack>
        <DateField label={t('payouts.paidOn')} required {...form.getInputProps('paidOn')} />
        <NumberInput
          label={t('payouts.paidAmount')}
          description={bonus.currency ?? undefined}
          min={0}
          decimalScale={2}
          required
          {...form.getInputProps('amount')}
        />
        <TextInput
          label={t('payouts.payrollReference')}
          required
          maxLength={100}
          {...form.getInputProps('payrollReference')}
          data-testid="payroll-reference"
        />
        <FormActions submitLabel={t('payouts.markPaid')} loading={action.isPending} onCancel={onClose} />
      </Stack>
    </form>
  );
}

function ForfeitForm({ bonus, onClose }: { bonus: TReferralBonus; onClose: () => void }) {
  const { t } = useTranslation();
  const action = usePayoutAction();
  const form = useForm({ initialValues: { reason: '' }, validate: zodValidate(ZForfeitBonusRequest) });
  return (
    <form
      noValidate
      onSubmit={form.onSubmit((body) =>
        action.mutate(
          { kind: 'forfeit', bonus, body },
          {
            onSuccess: () => {
              notifySuccess(t('payouts.forfeited'));
              onClose();
            },
            onError: (error) => handleFormError(form, error),
          },
        ),
      )}
    >
      <Stack>
        <Textarea
          label={t('payouts.forfeitReason')}
          description={t('payouts.forfeitHint')}
          required
          autosize
          minRows={2}
          {...form.getInputProps('reason')}
        />
        <FormActions submitLabel={t('payouts.forfeit')} loading={action.isPending} onCancel={onClose} />
      </Stack>
    </form>
  );
}

function StartDateForm({ bonus, onClose }: { bonus: TReferralBonus; onClose: () => void }) {
  const { t } = useTranslation();
  const action = usePayoutAction();
  const form = useForm({
    initialValues: { startDate: bonus.startDate },
    validate: zodValidate(ZSetBonusStartDateRequest),
  });
  return (
    <form
      noValidate
      onSubmit={form.onSubmit((body) =>
        action.mutate(
          { kind: 'startDate', bonus, body },
          {
            onSuccess: () => {
              notifySuccess(t('payouts.startDateSaved'));
              onClose();
            },
            onError: (error) => handleFormError(form, error),
          },
        ),
      )}
    >
      <Stack>
        <DateField label={t('payouts.startDate')} required {...form.getInputProps('startDate')} />
        <FormActions submitLabel={t('common.save')} loading={action.isPending} onCancel={onClose} />
      </Stack>
    </form>
  );
}

const TITLES = {
  paid: 'payouts.paidTitle',
  forfeit: 'payouts.forfeitTitle',
  startDate: 'payouts.startDateTitle',
} as const;

/** The open form's modal: mark paid, forfeit, or change the start date. */
export function PayoutModal({ open, onClose }: { open: PayoutForm; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal opened onClose={onClose} title={t(TITLES[open.kind])}>
      {open.kind === 'paid' && <PaidForm bonus={open.bonus} onClose={onClose} />}
      {open.kind === 'forfeit' && <ForfeitForm bonus={open.bonus} onClose={onClose} />}
      {open.kind === 'startDate' && <StartDateForm bonus={open.bonus} onClose={onClose} />}
    </Modal>
  );
}
