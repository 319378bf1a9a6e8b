import { Alert, Anchor, Stack, Text } from '@mantine/core';
import type { TVerificationSent } from '@vouch/contracts';
import { useTranslation } from 'react-i18next';

/**
 * After asking to join or to create a company: the emailed link finishes it. Without a mail server
 * (outside production) the server hands the link back, and it is shown here to the person who asked.
 */
export function CheckInbox({ sent }: { sent: TVerificationSent }) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm" data-testid="check-inbox">
      <Alert color="teal" role="status" title={t('auth.checkInboxTitle')}>
        {t('auth.checkInbox', { email: sent.email })}
      </Alert>
      <Text size="sm" c="dimmed">
        {t('auth.checkInboxSpam')}
      </Text>
      {sent.demoLink && (
        <Alert color="yellow">
          <Text size="sm">{t('auth.demoLinkNote')}</Text>
          <Anchor href={sent.demoLink} size="sm">
            {t('auth.demoLinkOpen')}
          </Anchor>
        </Alert>
      )}
    </Stack>
  );
}
