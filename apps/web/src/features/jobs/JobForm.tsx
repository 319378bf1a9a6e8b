import { Card, MultiSelect, Select, SimpleGrid, Stack, Switch, Textarea, TextInput } from '@mantine/core';
import { type UseFormReturnType, useForm } from '@mantine/form';
import type { TPersonRef } from '@vouch/contracts';
import { ZCreateJobRequest } from '@vouch/contracts';
import { useTranslation } from 'react-i18next';
import { zodValidate } from '../../app/errors.ts';
import { FormActions } from '../../ui/FormActions.tsx';
import { createRequest, type JobFormValues } from './job-form.ts';
import { useDepartments, usePeople } from './jobs.api.ts';
import { StepsEditor } from './StepsEditor.tsx';

export type JobForm = UseFormReturnType<JobFormValues>;
type Props = {
  initial: JobFormValues;
  submitLabel: string;
  loading: boolean;
  onSubmit: (values: JobFormValues, form: JobForm) => void;
  onCancel: () => void;
  /** People already on the job stay pickable even if they are no longer in the role lists. */
  known?: TPersonRef[];
};

function options(people: TPersonRef[] | undefined, known: TPersonRef[], role: TPersonRef['role']) {
  const map = new Map<string, string>();
  for (const p of people ?? []) map.set(p.id, p.name);
  for (const p of known) if (p.role === role && !map.has(p.id)) map.set(p.id, p.name);
  return [...map].map(([value, label]) => ({ value, label }));
}

export function JobFormView({ initial, submitLabel, loading, onSubmit, onCancel, known = [] }: Props) {
  const { t } = useTranslation();
  const form: JobForm = useForm<JobFormValues>({
    initialValues: initial,
    validate: zodValidate(ZCreateJobRequest, createRequest),
  });
  const departments = useDepartments();
  const managers = usePeople('hiring_manager');
  const recruiters = usePeople('recruiter');

  return (
    <form onSubmit={form.onSubmit((values) => onSubmit(values, form))} noValidate>
      <Stack gap="lg">
        <Card withBorder padding="lg">
          <Stack>
            <TextInput label={t('jobs.fields.title')} required autoFocus {...form.getInputProps('title')} />
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <Select
                label={t('jobs.fields.department')}
                data={(departments.data ?? []).map((d) => ({ value: d.id, label: d.name }))}
                clearable
                searchable
                {...form.getInputProps('departmentId')}
              />
              <TextInput label={t('jobs.fields.location')} {...form.getInputProps('location')} />
              <Select
                label={t('jobs.fields.hiringManager')}
                data={options(managers.data, known, 'hiring_manager')}
                clearable
                searchable
                {...form.getInputProps('hiringManagerId')}
              />
              <MultiSelect
                label={t('jobs.fields.recruiters')}
                data={options(recruiters.data, known, 'recruiter')}
                searchable
                clearable
                {...form.getInputProps('recruiterIds')}
              />
            </SimpleGrid>
            <Textarea
              label={t('jobs.fields.description')}
              autosize
              minRows={4}
              maxRows={16}
              {...form.getInputProps('description')}
            />
            <Switch
              label={t('careers.jobField')}
              description={t('careers.jobFieldHint')}
              {...form.getInputProps('onCareersPage', { type: 'checkbox' })}
            />
          </Stack>
        </Card>
        <Card withBorder padding="lg">
          <StepsEditor form={form} />
        </Card>
        <FormActions submitLabel={submitLabel} loading={loading} onCancel={onCancel} />
      </Stack>
    </form>
  );
}
