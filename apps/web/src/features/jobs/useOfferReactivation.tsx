import { Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '../../app/errors.ts';
import { jobInactiveReferrals, useReactivateJobReferrals } from '../referrals/board.api.ts';

/**
 * After a role is reopened: archiving made its referrals inactive, so offer them back. Nothing is
 * asked when none are inactive.
 */
export function useOfferReactivation() {
  const { t } = useTranslation();
  const reactivate = useReactivateJobReferrals();
  return async (jobId: string) => {
    const { inactive } = await jobInactiveReferrals(jobId);
    if (inactive === 0) return;
    modals.openConfirmModal({
      title: t('board.reactivate.title', { count: inactive }),
      children: <Text size="sm">{t('board.reactivate.body', { count: inactive })}</Text>,
      labels: { confirm: t('board.reactivate.confirm'), cancel: t('board.reactivate.keep') },
      confirmProps: { 'data-testid': 'reactivate-referrals' } as Record<string, string>,
      onConfirm: () =>
        reactivate.mutate(jobId, {
          onSuccess: ({ reactivated }) => notifySuccess(t('board.reactivate.done', { count: reactivated })),
        }),
    });
  };
}
