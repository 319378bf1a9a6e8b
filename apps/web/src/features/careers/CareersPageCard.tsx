import { Anchor, Card, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type TCareersPageSettings, ZUpdateCareersPageRequest } from '@vouch/contracts';
import { useTranslation } from 'react-i18next';
import { handleFormError, notifySuccess, zodValidate } from '../../app/errors.ts';
import { FormActions } from '../../ui/FormActions.tsx';
import { careersPageQuery, updateCareersPage } from './careers.api.ts';

function CareersPageForm({ settings }: { settings: TCareersPageSettings }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const form = useForm({
    initialValues: { slug: settings.slug ?? '' },
    validate: zodValidate(ZUpdateCareersPageRequest),
  });
  const save = useMutation({
    mutationFn: (values: { slug: string }) => updateCareersPage(values),
    onSuccess: (saved) => {
      client.setQueryData(careersPageQuery.queryKey, saved);
      form.setValues({ slug: saved.slug ?? '' });
      form.resetDirty({ slug: saved.slug ?? '' });
      notifySuccess(t('careers.settings.saved'));
    },
    onError: (error) => handleFormError(form, error),
    meta: { silent: true },
  });
  return (
    <form onSubmit={form.onSubmit((values) => save.mutate(values))} noValidate>
      <Stack gap="sm">
        <TextInput
          label={t('careers.settings.slug')}
          description={t('careers.settings.slugHint')}
          required
          {...form.getInputProps('slug')}
        />
        <Group justify="space-between" wrap="wrap">
          {settings.url ? (
            <Anchor href={settings.url} target="_blank" rel="noopener">
              {t('careers.settings.open')}: {settings.url}
            </Anchor>
          ) : (
            <Text size="sm">{t('careers.settings.none')}</Text>
          )}
          <FormActions submitLabel={t('common.save')} loading={save.isPending} />
        </Group>
      </Stack>
    </form>
  );
}

/** Company settings: the careers page's address, and a link to open it. */
export function CareersPageCard() {
  const { t } = useTranslation();
  const settings = useQuery(careersPageQuery);
  return (
    <Card withBorder padding="lg">
      <Stack gap="sm">
        <Title order={3} size="h5">
          {t('careers.settings.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('careers.settings.hint')}
        </Text>
        {settings.data && <CareersPageForm key={settings.data.slug ?? ''} settings={settings.data} />}
      </Stack>
    </Card>
  );
}
