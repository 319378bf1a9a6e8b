import { Badge, Box, Button, Card, Divider, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

type Props = {
  subject: string | null;
  body: string | null;
  /** Who it goes to, as the header shows it. */
  to?: string;
  recruiterFirstName: string;
  companyName: string;
  /** The colleague's language: the buttons the email adds are in it. */
  language: 'en' | 'sv';
};

/**
 * The email as the colleague will see it: the rendered subject and body, and the buttons Vouch adds
 * around every referral request (the two one-click answers and "Reply to …"). Buttons here do nothing.
 */
export function EmailPreview({ subject, body, to, recruiterFirstName, companyName, language }: Props) {
  const { t } = useTranslation();
  const inEmail = { lng: language };
  return (
    <Card withBorder padding="lg" bg="gray.0" data-testid="email-preview" aria-live="polite">
      <Stack gap="xs">
        {to && (
          <Text size="sm" c="dimmed">
            {t('referralRequests.preview.to', { to })}
          </Text>
        )}
        <Text fw={700} data-testid="email-preview-subject">
          {subject ?? <Badge color="red">{t('referralRequests.preview.broken')}</Badge>}
        </Text>
        <Divider />
        <Box data-testid="email-preview-body">
          {body === null ? (
            <Badge color="red">{t('referralRequests.preview.broken')}</Badge>
          ) : (
            body.split(/\n{2,}/).map((paragraph, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: paragraphs have no identity but their place
              <Text key={index} mb="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {paragraph}
              </Text>
            ))
          )}
        </Box>
        <Group gap="xs" wrap="wrap">
          <Button size="xs" tabIndex={-1} style={{ pointerEvents: 'none' }}>
            {t('referralRequests.preview.willReachOut', inEmail)}
          </Button>
          <Button size="xs" variant="outline" tabIndex={-1} style={{ pointerEvents: 'none' }}>
            {t('referralRequests.preview.notWellEnough', inEmail)}
          </Button>
          <Button size="xs" variant="outline" tabIndex={-1} style={{ pointerEvents: 'none' }}>
            {t('referralRequests.preview.reply', { ...inEmail, recruiter: recruiterFirstName, company: companyName })}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
