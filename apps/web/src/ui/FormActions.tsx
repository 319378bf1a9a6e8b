import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';

type Props = { submitLabel: string; loading: boolean; onCancel?: () => void };

/** A form's buttons, bottom right: cancel (when there is somewhere to go back to), then submit. */
export function FormActions({ submitLabel, loading, onCancel }: Props) {
  const { t } = useTranslation();
  return (
    <Group justify="flex-end">
      {onCancel && (
        <Button variant="default" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
      )}
      <Button type="submit" loading={loading}>
        {submitLabel}
      </Button>
    </Group>
  );
}
