import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { ContactsCard } from './ContactsCard.tsx';
import { ImportCard } from './ImportCard.tsx';
import { ImportHistoryCard } from './ImportHistoryCard.tsx';

/** "My network": an employee's own contacts, which nobody else sees. */
export function NetworkPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('network.title')} subtitle={t('network.subtitle')} />
      <Stack gap="lg">
        <ImportCard />
        <ContactsCard />
        <ImportHistoryCard />
      </Stack>
    </>
  );
}
