import { Alert, Button, Code, CopyButton, Group, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

type Props = { secret: string | null; url: string | null; onClose: () => void };

/** The signing secret, shown this once: after closing, only a new one (rotation) can be had. */
export function WebhookSecretModal({ secret, url, onClose }: Props) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={!!secret}
      onClose={onClose}
      size="lg"
      title={t('integrations.webhooks.secretTitle')}
      closeOnClickOutside={false}
    >
      <Stack>
        <Alert color="yellow">{t('integrations.webhooks.secretOnce')}</Alert>
        {url && (
          <Text size="sm" c="dimmed">
            {url}
          </Text>
        )}
        <Code block data-testid="webhook-secret" style={{ wordBreak: 'break-all' }}>
          {secret}
        </Code>
        <Text size="sm">{t('integrations.webhooks.secretHelp')}</Text>
        <Group justify="flex-end">
          <CopyButton value={secret ?? ''}>
            {({ copied, copy }) => (
              <Button
                variant="default"
                color={copied ? 'teal' : undefined}
                onClick={copy}
                data-testid="webhook-secret-copy"
              >
                {copied ? t('common.copied') : t('common.copy')}
              </Button>
            )}
          </CopyButton>
          <Button onClick={onClose} data-testid="webhook-secret-done">
            {t('integrations.webhooks.secretDone')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
