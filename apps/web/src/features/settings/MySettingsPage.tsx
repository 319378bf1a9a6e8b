import { Card, MultiSelect, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@tanstack/react-query';
import { type TLanguage, ZUpdateProfileRequest } from '@vouch/contracts';
import { useTranslation } from 'react-i18next';
import { adoptMe, updateProfile, useMe } from '../../app/auth.ts';
import { handleFormError, notifySuccess, zodValidate } from '../../app/errors.ts';
import { FormActions } from '../../ui/FormActions.tsx';
import { LanguageSelect } from '../../ui/LanguageSelect.tsx';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { useDepartments } from '../jobs/jobs.api.ts';
import { MyEducationCard, MyWorkHistoryCard } from './MyHistoryCards.tsx';
import { NotificationSettingsCard } from './NotificationSettingsCard.tsx';

type Values = { name: string; language: TLanguage; departmentIds: string[] };

export function MySettingsPage() {
  const { t } = useTranslation();
  const me = useMe();
  // Recruiters pick the departments they recruit for; everyone else keeps what they have.
  const recruits = me.role === 'recruiter';
  const departments = useDepartments();
  const form = useForm<Values>({
    initialValues: { name: me.name, language: me.language, departmentIds: me.departmentIds },
    validate: zodValidate(ZUpdateProfileRequest),
  });
  const save = useMutation({
    mutationFn: (values: Values) => updateProfile(values),
    onSuccess: (saved) => {
      adoptMe(saved);
      form.resetDirty(form.getValues());
      notifySuccess(t('settings.saved'));
    },
    onError: (error) => handleFormError(form, error),
    meta: { silent: true },
  });

  return (
    <>
      <PageHeader title={t('settings.title')} subtitle={`${me.email} · ${t(`roles.${me.role}`)}`} />
      <Card withBorder padding="lg" maw={640}>
        <form onSubmit={form.onSubmit((values) => save.mutate(values))} noValidate>
          <Stack>
            <TextInput
              label={t('settings.name')}
              required
              autoFocus
              autoComplete="name"
              {...form.getInputProps('name')}
            />
            <LanguageSelect label={t('settings.language')} {...form.getInputProps('language')} />
            {recruits && (
              <MultiSelect
                label={t('settings.departments')}
                description={t('settings.departmentsHint')}
                data={(departments.data ?? []).map((d) => ({ value: d.id, label: d.name }))}
                searchable
                clearable
                {...form.getInputProps('departmentIds')}
              />
            )}
            <FormActions submitLabel={t('common.save')} loading={save.isPending} />
          </Stack>
        </form>
      </Card>
      <Stack mt="lg" gap="lg">
        <NotificationSettingsCard />
        <MyWorkHistoryCard />
        <MyEducationCard />
      </Stack>
    </>
  );
}
