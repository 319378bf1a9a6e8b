import { Card, Radio, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { NOTIFICATION_MODES, type TNotificationMode } from '@vouch/contracts';
import { useTranslation } from 'react-i18next';
import { notifyError, notifySuccess } from '../../app/errors.ts';
import { notificationKeys } from '../../app/query-keys.ts';
import { notificationSettingsQuery, saveNotificationMode } from '../notifications/notifications.api.ts';

/** "Each change" or "daily digest" for the referral emails; the bell tells either way. */
export function NotificationSettingsCard() {
  const { t } = useTranslation();
  const client = useQueryClient();
  const settings = useQuery(notificationSettingsQuery);
  const save = useMutation({
    mutationFn: saveNotificationMode,
    onSuccess: (saved) => {
      client.setQueryData(notificationKeys.settings(), saved);
      notifySuccess(t('notifications.settings.saved'));
    },
    onError: notifyError,
    meta: { silent: true },
  });
  // The choice shows at once; it falls back to the stored one if saving fails.
  const shown = save.isPending ? save.variables : (settings.data?.mode ?? 'each');
  return (
    <Card withBorder padding="lg" maw={640}>
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('notifications.settings.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('notifications.settings.hint')}
        </Text>
        <Radio.Group
          value={shown}
          onChange={(mode) => save.mutate(mode as TNotificationMode)}
          aria-label={t('notifications.settings.title')}
        >
          <Stack gap="xs">
            {NOTIFICATION_MODES.map((mode) => (
              <Radio
                key={mode}
                value={mode}
                label={t(`notifications.settings.${mode}`)}
                disabled={!settings.isSuccess}
              />
            ))}
          </Stack>
        </Radio.Group>
      </Stack>
    </Card>
  );
}
