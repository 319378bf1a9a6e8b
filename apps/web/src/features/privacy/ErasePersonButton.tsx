import { Button } from '@mantine/core';
import type { TErasureSubject } from '@vouch/contracts';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '../../app/errors.ts';
import { confirmAction } from '../../ui/confirm.tsx';
import { useErasePerson } from './privacy.api.ts';

/** An admin erases a person on their request, after confirming: at once, everywhere, with a receipt. */
export function ErasePersonButton({
  kind,
  id,
  name,
  onErased,
}: {
  kind: TErasureSubject;
  id: string;
  name: string;
  onErased?: () => void;
}) {
  const { t } = useTranslation();
  const erase = useErasePerson();
  const start = async () => {
    const ok = await confirmAction({
      message: t('privacy.erase.confirm', { name }),
      confirmLabel: t('privacy.erase.confirmLabel'),
    });
    if (!ok) return;
    erase.mutate(
      { kind, id },
      {
        onSuccess: () => {
          notifySuccess(t('privacy.erase.done', { name }));
          onErased?.();
        },
      },
    );
  };
  return (
    <Button color="red" variant="subtle" onClick={start} loading={erase.isPending} data-testid="erase-person">
      {t('privacy.erase.button')}
    </Button>
  );
}
