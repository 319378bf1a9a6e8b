import { Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { i18n } from '../i18n/index.ts';

type Options = { message: string; confirmLabel: string; danger?: boolean };

/** Destructive actions ask first; resolves true only when the person confirms. */
export function confirmAction({ message, confirmLabel, danger = true }: Options): Promise<boolean> {
  return new Promise((resolve) => {
    modals.openConfirmModal({
      title: i18n.t('common.confirmTitle'),
      children: <Text size="sm">{message}</Text>,
      labels: { confirm: confirmLabel, cancel: i18n.t('common.cancel') },
      confirmProps: { color: danger ? 'red' : undefined },
      onConfirm: () => resolve(true),
      onCancel: () => resolve(false),
      onClose: () => resolve(false),
    });
  });
}
