import { Alert, Button, Center, Loader } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../app/errors.ts';

type Props = { error: unknown; isLoading: boolean; onRetry?: () => void };

/** The loading spinner or the error box a page shows before its data is there. */
export function QueryState({ error, isLoading, onRetry }: Props) {
  const { t } = useTranslation();
  if (isLoading) {
    return (
      <Center py="xl">
        <Loader aria-label={t('app.loading')} />
      </Center>
    );
  }
  if (!error) return null;
  return (
    <Alert color="red" title={t('common.loadFailed')} my="md">
      {errorMessage(error)}
      {onRetry && (
        <Button variant="light" color="red" size="xs" ml="md" onClick={onRetry}>
          {t('common.retry')}
        </Button>
      )}
    </Alert>
  );
}
