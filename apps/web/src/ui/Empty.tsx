import { EmptyState } from '@mantine/core';
import type { ReactNode } from 'react';

type Props = { title: ReactNode; description?: ReactNode; action?: ReactNode };

/** Every list says what to do next when it is empty. */
export function Empty({ title, description, action }: Props) {
  return (
    <EmptyState py="xl" title={title} description={description} data-testid="empty-state">
      {action && <EmptyState.Actions>{action}</EmptyState.Actions>}
    </EmptyState>
  );
}
