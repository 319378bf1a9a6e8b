import { Card, NumberInput, SimpleGrid, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { RETENTION_LIMITS, type TRetentionSettings, ZUpdateRetentionSettingsRequest } from '@vouch/contracts';
import { useTranslation } from 'react-i18next';
import { handleFormError, notifySuccess, zodValidate } from '../../app/errors.ts';
import { FormActions } from '../../ui/FormActions.tsx';
import { privacyKeys, retentionQuery, saveRetention } from './privacy.api.ts';

type Key = keyof TRetentionSettings;
const FIELDS: { key: Key; unit: 'months' | 'days' }[] = [
  { key: 'candidateMonths', unit: 'months' },
  { key: 'checkMonths', unit: 'months' },
  { key: 'departedContactDays', unit: 'days' },
  { key: 'messageDays', unit: 'days' },
  { key: 'webhookDays', unit: 'days' },
  { key: 'erasureRequestDays', unit: 'days' },
];

/** Company settings → Privacy: how long each kind of personal data is kept before it is anonymised. */
export function RetentionCard({ settings }: { settings: TRetentionSettings }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const form = useForm<Record<Key, number | string>>({
    initialValues: settings,
    validate: zodValidate(ZUpdateRetentionSettingsRequest),
  });
  const save = useMutation({
    mutationFn: (values: Record<Key, number | string>) =>
      saveRetention(Object.fromEntries(Object.entries(values).map(([k, v]) => [k, Number(v)]))),
    onSuccess: (saved) => {
      client.setQueryData(retentionQuery.queryKey, saved);
      client.invalidateQueries({ queryKey: privacyKeys.upcoming() });
      form.resetDirty(saved);
      notifySuccess(t('privacy.retention.saved'));
    },
    onError: (error) => handleFormError(form, error),
    meta: { silent: true },
  });
  return (
    <Card withBorder padding="lg">
      <form onSubmit={form.onSubmit((values) => save.mutate(values))} noValidate>
        <Stack>
          <Text size="sm" c="dimmed">
            {t('privacy.retention.intro')}
          </Text>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            {FIELDS.map(({ key, unit }) => (
              <NumberInput
                key={key}
                label={t(`privacy.retention.fields.${key}`)}
                description={t('privacy.retention.range', {
                  min: RETENTION_LIMITS[key].min,
                  max: RETENTION_LIMITS[key].max,
                  unit: t(`privacy.retention.${unit}`),
                  default: RETENTION_LIMITS[key].default,
                })}
                min={RETENTION_LIMITS[key].min}
                max={RETENTION_LIMITS[key].max}
                allowDecimal={false}
                allowNegative={false}
                clampBehavior="none"
                rightSection={
                  <Text size="sm" c="dimmed" pr="sm">
                    {t(`privacy.retention.${unit}`)}
                  </Text>
                }
                rightSectionWidth={80}
                data-testid={`retention-${key}`}
                {...form.getInputProps(key)}
              />
            ))}
          </SimpleGrid>
          <FormActions submitLabel={t('common.save')} loading={save.isPending} />
        </Stack>
      </form>
    </Card>
  );
}
