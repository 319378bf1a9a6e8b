import { Card, Radio, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { NOTIFICATION_MODES, type TNotificationMode } from '@vouch/contracts';
import { useState } from 'react';
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
  // The choice shows at once, from the click itself: the save's pending state reaches React a moment
  // later, and a controlled radio would show the old choice meanwhile. Once the last save settles, the
  // stored choice shows (the saved one, or the old one if saving failed).
  const [chosen, setChosen] = useState<TNotificationMode | null>(null);
  const choose = (mode: TNotificationMode) => {
    setChosen(mode);
    save.mutate(mode, { onSettled: () => setChosen(null) });
  };
  const shown = chosen ?? settings.data?.mode ?? 'each';
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
          onChange={(mode) => choose(mode as TNotificationMode)}
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
