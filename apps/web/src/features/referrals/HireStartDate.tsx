import { Badge, Button, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type TCandidateReferralBonus, ZSetBonusStartDateRequest } from '@vouch/contracts';
import { useTranslation } from 'react-i18next';
import { api } from '../../app/api.ts';
import { useMe } from '../../app/auth.ts';
import { handleFormError, notifySuccess, zodValidate } from '../../app/errors.ts';
import { payoutKeys, referralKeys } from '../../app/query-keys.ts';
import { localeOf } from '../../i18n/format.ts';
import { DateField } from '../../ui/DateField.tsx';
import { Fact } from '../../ui/Fact.tsx';

function useDay() {
  const { i18n } = useTranslation();
  return (day: string) =>
    new Intl.DateTimeFormat(localeOf(i18n.language), { dateStyle: 'medium', timeZone: 'UTC' }).format(
      new Date(`${day}T00:00:00Z`),
    );
}

/**
 * A hired referral's bonus on the candidate's Referrals tab: its state and days, and, while it waits,
 * the hire's start date for recruiters and admins to set (the waiting period counts from it).
 */
export function HireStartDate({ candidateId, bonus }: { candidateId: string; bonus: TCandidateReferralBonus }) {
  const { t } = useTranslation();
  const day = useDay();
  const role = useMe().role;
  const editable = bonus.state === 'pending' && (role === 'recruiter' || role === 'admin');
  return (
    <Stack gap="xs" data-testid="referral-bonus">
      <Group gap="xs">
        <Text size="sm" fw={600}>
          {t('board.candidateTab.bonus', { value: bonus.value })}
        </Text>
        <Badge variant="light" tt="none" data-testid="referral-bonus-state">
          {t(`payouts.states.${bonus.state}`)}
        </Badge>
      </Group>
      <SimpleGrid cols={{ base: 1, xs: 3 }}>
        <Fact label={t('board.candidateTab.hiredOn')}>{day(bonus.hiredOn)}</Fact>
        <Fact label={t('payouts.startDate')}>
          <span data-testid="referral-bonus-start">{day(bonus.startDate)}</span>
        </Fact>
        <Fact label={t('payouts.columns.eligibleOn')}>
          <span data-testid="referral-bonus-due">{day(bonus.eligibleOn)}</span>
        </Fact>
      </SimpleGrid>
      {editable && <StartDateForm candidateId={candidateId} bonus={bonus} />}
    </Stack>
  );
}

function StartDateForm({ candidateId, bonus }: { candidateId: string; bonus: TCandidateReferralBonus }) {
  const { t } = useTranslation();
  const day = useDay();
  const client = useQueryClient();
  const save = useMutation({
    // Refusals are shown beside the field.
    meta: { silent: true },
    mutationFn: (body: { startDate: string }) =>
      api.put('/api/referral-bonuses/{id}/start-date', { path: { id: bonus.id }, body }),
    onSettled: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: referralKeys.ofCandidate(candidateId) }),
        client.invalidateQueries({ queryKey: payoutKeys.all() }),
      ]),
  });
  const form = useForm({
    initialValues: { startDate: bonus.startDate },
    validate: zodValidate(ZSetBonusStartDateRequest),
  });
  return (
    <form
      noValidate
      onSubmit={form.onSubmit((body) =>
        save.mutate(body, {
          onSuccess: (saved) => notifySuccess(t('board.candidateTab.startDateSaved', { date: day(saved.eligibleOn) })),
          onError: (error) => handleFormError(form, error),
        }),
      )}
    >
      <Group align="flex-end" gap="xs" wrap="wrap">
        <DateField
          label={t('board.candidateTab.setStartDate')}
          description={t('board.candidateTab.startDateHint', { count: bonus.waitingDays })}
          required
          style={{ flex: '1 1 12rem', maxWidth: '20rem' }}
          {...form.getInputProps('startDate')}
          data-testid="referral-bonus-start-input"
        />
        <Button type="submit" variant="default" loading={save.isPending} data-testid="referral-bonus-start-save">
          {t('board.candidateTab.saveStartDate')}
        </Button>
      </Group>
    </form>
  );
}
