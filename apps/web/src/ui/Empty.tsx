import { Button, EmptyState } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

type Props = { title: ReactNode; description?: ReactNode; action?: ReactNode };

/** Every list says what to do next when it is empty. */
export function Empty({ title, description, action }: Props) {
  return (
    <EmptyState py="xl" title={title} description={description} data-testid="empty-state">
      {action && <EmptyState.Actions>{action}</EmptyState.Actions>}
    </EmptyState>
  );
}

/** The action of a list that is empty only because of its filters. */
export function ClearFiltersButton({ onClick }: { onClick: () => void }) {
  const { t } = useTranslation();
  return (
    <Button variant="default" onClick={onClick}>
      {t('common.clearFilters')}
    </Button>
  );
}
