import { Card, Table } from '@mantine/core';
import type { ReactNode } from 'react';
import { Empty } from './Empty.tsx';
import { LoadMore } from './LoadMore.tsx';
import { QueryState } from './QueryState.tsx';

/** The parts of a list query this needs; plain queries have no next page. */
type ListQuery = {
  isLoading: boolean;
  isSuccess: boolean;
  error: unknown;
  refetch: () => unknown;
  hasNextPage?: boolean;
  isFetchingNextPage?: boolean;
  fetchNextPage?: () => unknown;
};

type Props<T> = {
  query: ListQuery;
  items: T[];
  /** Below this width the table scrolls sideways instead of squeezing its columns. */
  minWidth: number;
  emptyTitle: ReactNode;
  emptyAction?: ReactNode;
  /** The header cells. */
  head: ReactNode;
  row: (item: T) => ReactNode;
};

/** A list page's body: loading or error, an empty card that says what to do, the table, and "load more". */
export function ListTable<T>({ query, items, minWidth, emptyTitle, emptyAction, head, row }: Props<T>) {
  return (
    <>
      <QueryState isLoading={query.isLoading} error={query.error} onRetry={() => query.refetch()} />
      {query.isSuccess && items.length === 0 && (
        <Card withBorder>
          <Empty title={emptyTitle} action={emptyAction} />
        </Card>
      )}
      {items.length > 0 && (
        <Table.ScrollContainer minWidth={minWidth}>
          <Table highlightOnHover verticalSpacing="sm">
            <Table.Thead>
              <Table.Tr>{head}</Table.Tr>
            </Table.Thead>
            <Table.Tbody>{items.map(row)}</Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <LoadMore
        hasMore={!!query.hasNextPage}
        loading={!!query.isFetchingNextPage}
        onClick={() => query.fetchNextPage?.()}
      />
    </>
  );
}
