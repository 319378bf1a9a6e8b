import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { ApiKeysCard } from './ApiKeysCard.tsx';
import { WebhooksCard } from './WebhooksCard.tsx';

/** Admins connect an applicant tracking system: API keys and webhook endpoints. */
export function IntegrationsPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('integrations.title')} subtitle={t('integrations.subtitle')} />
      <Stack gap="lg">
        <ApiKeysCard />
        <WebhooksCard />
      </Stack>
    </>
  );
}
