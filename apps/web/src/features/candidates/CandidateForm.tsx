import { Card, Select, SimpleGrid, Stack, TagsInput, Textarea, TextInput, Title } from '@mantine/core';
import { type UseFormReturnType, useForm } from '@mantine/form';
import { ZCreateCandidateRequest } from '@vouch/contracts';
import { useTranslation } from 'react-i18next';
import { zodValidate } from '../../app/errors.ts';
import { FormActions } from '../../ui/FormActions.tsx';
import { LanguageSelect } from '../../ui/LanguageSelect.tsx';
import { useJob, useJobOptions } from '../jobs/jobs.api.ts';
import { type CandidateFormValues, createCandidateRequest } from './candidate-form.ts';
import { DuplicateAlert } from './DuplicateAlert.tsx';
import { useDuplicateCheck } from './useDuplicateCheck.ts';
import { WorkHistoryFields } from './WorkHistoryFields.tsx';

export type CandidateFormApi = UseFormReturnType<CandidateFormValues>;
type Props = {
  initial: CandidateFormValues;
  /** Set when editing: the duplicate check leaves this candidate out, and there is no "add to job". */
  candidateId?: string;
  submitLabel: string;
  loading: boolean;
  onSubmit: (values: CandidateFormValues, form: CandidateFormApi) => void;
  onCancel: () => void;
};

export function CandidateForm({ initial, candidateId, submitLabel, loading, onSubmit, onCancel }: Props) {
  const { t } = useTranslation();
  const form: CandidateFormApi = useForm<CandidateFormValues>({
    initialValues: initial,
    validate: zodValidate(ZCreateCandidateRequest, createCandidateRequest),
  });
  const matches = useDuplicateCheck(form.values, candidateId);
  const creating = !candidateId;
  const jobs = useJobOptions(creating);
  const job = useJob(creating ? (form.values.placementJobId ?? undefined) : undefined);

  return (
    <form onSubmit={form.onSubmit((values) => onSubmit(values, form))} noValidate>
      <Stack gap="lg">
        <Card withBorder padding="lg">
          <Stack>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput
                label={t('candidates.fields.firstName')}
                required
                autoFocus
                autoComplete="off"
                {...form.getInputProps('firstName')}
              />
              <TextInput
                label={t('candidates.fields.lastName')}
                required
                autoComplete="off"
                {...form.getInputProps('lastName')}
              />
              <TextInput
                label={t('candidates.fields.email')}
                type="email"
                autoComplete="off"
                {...form.getInputProps('email')}
              />
              <TextInput
                label={t('candidates.fields.phone')}
                type="tel"
                autoComplete="off"
                {...form.getInputProps('phone')}
              />
              <TextInput
                label={t('candidates.fields.linkedinUrl')}
                type="url"
                placeholder="https://www.linkedin.com/in/…"
                {...form.getInputProps('linkedinUrl')}
              />
              <TextInput label={t('candidates.fields.currentCompany')} {...form.getInputProps('currentCompany')} />
              <TextInput label={t('candidates.fields.currentTitle')} {...form.getInputProps('currentTitle')} />
              <TextInput label={t('candidates.fields.location')} {...form.getInputProps('location')} />
              <LanguageSelect label={t('candidates.fields.language')} {...form.getInputProps('language')} />
            </SimpleGrid>
            <DuplicateAlert matches={matches} />
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TagsInput
                label={t('candidates.fields.skills')}
                description={t('candidates.tagsHint')}
                clearable
                {...form.getInputProps('skills')}
              />
              <TagsInput
                label={t('candidates.fields.tags')}
                description={t('candidates.tagsHint')}
                clearable
                {...form.getInputProps('tags')}
              />
            </SimpleGrid>
            <Textarea
              label={t('candidates.fields.notes')}
              autosize
              minRows={3}
              maxRows={12}
              {...form.getInputProps('notes')}
            />
          </Stack>
        </Card>

        <Card withBorder padding="lg">
          <Title order={3} size="h5" mb="sm">
            {t('candidates.workHistory')}
          </Title>
          <WorkHistoryFields form={form} />
        </Card>

        {creating && (
          <Card withBorder padding="lg">
            <Title order={3} size="h5" mb="sm">
              {t('candidates.placeOnJob')}
            </Title>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <Select
                label={t('candidates.fields.job')}
                data={jobs.data ?? []}
                searchable
                clearable
                {...form.getInputProps('placementJobId')}
                onChange={(value) => {
                  form.setFieldValue('placementJobId', value);
                  form.setFieldValue('placementStepId', null);
                }}
              />
              <Select
                label={t('candidates.fields.step')}
                placeholder={t('candidates.firstStep')}
                data={(job.data?.steps ?? []).map((s) => ({ value: s.id, label: s.name }))}
                disabled={!form.values.placementJobId}
                clearable
                {...form.getInputProps('placementStepId')}
              />
            </SimpleGrid>
          </Card>
        )}

        <FormActions submitLabel={submitLabel} loading={loading} onCancel={onCancel} />
      </Stack>
    </form>
  );
}
