import { Button, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { ApiKeysCard } from './ApiKeysCard.tsx';
import { WebhooksCard } from './WebhooksCard.tsx';

/** Where an integrator reads the integration API (`/api/v1`) and its webhooks: served by the API itself. */
const API_DOCS_URL = '/api/v1/docs';
const API_DOCUMENT_URL = '/api/v1/openapi.json';

/** Admins connect an applicant tracking system: API keys and webhook endpoints, and the API's documentation. */
export function IntegrationsPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader
        title={t('integrations.title')}
        subtitle={t('integrations.subtitle')}
        actions={
          <>
            <Button
              component="a"
              href={API_DOCS_URL}
              target="_blank"
              rel="noopener noreferrer"
              variant="light"
              data-testid="api-docs-link"
            >
              {t('integrations.apiDocs')}
            </Button>
            <Button
              component="a"
              href={API_DOCUMENT_URL}
              target="_blank"
              rel="noopener noreferrer"
              variant="subtle"
              title={t('integrations.apiDocumentHint')}
            >
              {t('integrations.apiDocument')}
            </Button>
          </>
        }
      />
      <Stack gap="lg">
        <ApiKeysCard />
        <WebhooksCard />
      </Stack>
    </>
  );
}
