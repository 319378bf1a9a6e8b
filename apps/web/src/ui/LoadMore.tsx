import { Button, Center } from '@mantine/core';
import { useTranslation } from 'react-i18next';

type Props = { hasMore: boolean; loading: boolean; onClick: () => void };

export function LoadMore({ hasMore, loading, onClick }: Props) {
  const { t } = useTranslation();
  if (!hasMore) return null;
  return (
    <Center mt="md">
      <Button variant="default" loading={loading} onClick={onClick}>
        {t('common.loadMore')}
      </Button>
    </Center>
  );
}
