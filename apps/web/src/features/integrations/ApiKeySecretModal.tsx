import { Alert, Button, Code, CopyButton, Group, Modal, Stack, Text } from '@mantine/core';
import type { TCreatedApiKey } from '@vouch/contracts';
import { useTranslation } from 'react-i18next';

type Props = { created: TCreatedApiKey | null; onClose: () => void };

/** The whole key, shown this once: only its hash is kept, so a lost key is replaced, not recovered. */
export function ApiKeySecretModal({ created, onClose }: Props) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={!!created}
      onClose={onClose}
      size="lg"
      title={t('integrations.apiKeys.keyTitle', { name: created?.name ?? '' })}
      closeOnClickOutside={false}
    >
      <Stack>
        <Alert color="yellow" title={t('integrations.apiKeys.keyOnceTitle')}>
          {t('integrations.apiKeys.keyOnce')}
        </Alert>
        <Code block data-testid="api-key-secret" style={{ wordBreak: 'break-all' }}>
          {created?.key}
        </Code>
        <Text size="sm">{t('integrations.apiKeys.keyHelp')}</Text>
        <Group justify="flex-end">
          <CopyButton value={created?.key ?? ''}>
            {({ copied, copy }) => (
              <Button variant="default" color={copied ? 'teal' : undefined} onClick={copy} data-testid="api-key-copy">
                {copied ? t('common.copied') : t('common.copy')}
              </Button>
            )}
          </CopyButton>
          <Button onClick={onClose} data-testid="api-key-done">
            {t('integrations.apiKeys.keyDone')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
