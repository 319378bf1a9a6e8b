import {
  Alert,
  Button,
  Card,
  FileInput,
  MultiSelect,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQuery } from '@tanstack/react-query';
import { type TReferSomeoneRequest, ZReferSomeoneRequest } from '@vouch/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../app/api.ts';
import { errorMessage, handleFormError, notifySuccess, zodValidate } from '../../app/errors.ts';
import { referrableJobsQuery, useReferSomeone } from './intake.api.ts';

type Values = {
  firstName: string;
  lastName: string;
  email: string;
  phone: string;
  linkedinUrl: string;
  company: string;
  position: string;
  relationship: string;
  note: string;
  aware: 'yes' | 'no' | '';
  jobIds: string[];
};

const toRequest = (v: Values): TReferSomeoneRequest => ({
  ...v,
  candidateAware: v.aware === '' ? null : v.aware === 'yes',
});

/** The employee's "Refer someone" (one or several jobs, or none) and the agent's submission, phone-friendly. */
export function ReferForm({ agent, jobIds = [] }: { agent: boolean; jobIds?: string[] }) {
  const { t } = useTranslation();
  const jobs = useQuery(referrableJobsQuery);
  const refer = useReferSomeone();
  const [hint, setHint] = useState(false);
  const [cv, setCv] = useState<File | null>(null);
  const [cvError, setCvError] = useState<string | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const form = useForm<Values>({
    initialValues: {
      firstName: '',
      lastName: '',
      email: '',
      phone: '',
      linkedinUrl: '',
      company: '',
      position: '',
      relationship: '',
      note: '',
      aware: '',
      jobIds,
    },
    validate: zodValidate(ZReferSomeoneRequest, (v: Values) => toRequest(v)),
  });
  const submit = form.onSubmit((values) =>
    refer.mutate(
      { body: toRequest(values), cv },
      {
        onSuccess: (result) => {
          setCv(null);
          setCvError(null);
          setRefusal(null);
          notifySuccess(t('refer.sent'));
          setHint(result.hint === 'general_in_submission_mode');
          form.reset();
        },
        onError: (error) => {
          if (isApiError(error) && error.errors.some((f) => f.field === 'cv')) setCvError(errorMessage(error));
          else if (isApiError(error) && error.status === 409) setRefusal(errorMessage(error));
          else handleFormError(form, error);
        },
      },
    ),
  );
  const options = (jobs.data ?? []).map((j) => ({
    value: j.id,
    label: j.limit ? `${j.title} — ${t('refer.limit', { count: j.mySubmissions, limit: j.limit })}` : j.title,
  }));
  return (
    <Card withBorder padding="lg">
      <form onSubmit={submit} noValidate>
        <Stack>
          <MultiSelect
            label={t('refer.jobs')}
            description={agent ? t('refer.agentJobsHint') : t('refer.jobsHint')}
            data={options}
            searchable
            {...form.getInputProps('jobIds')}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput required label={t('refer.firstName')} {...form.getInputProps('firstName')} />
            <TextInput required label={t('refer.lastName')} {...form.getInputProps('lastName')} />
            <TextInput required type="email" label={t('refer.email')} {...form.getInputProps('email')} />
            <TextInput type="tel" label={t('refer.phone')} {...form.getInputProps('phone')} />
            <TextInput label={t('refer.linkedinUrl')} {...form.getInputProps('linkedinUrl')} />
            <TextInput label={t('refer.company')} {...form.getInputProps('company')} />
            <TextInput label={t('refer.position')} {...form.getInputProps('position')} />
          </SimpleGrid>
          <FileInput
            label={t('refer.cv')}
            description={t('refer.cvHint')}
            accept=".pdf,.docx,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            clearable
            value={cv}
            onChange={(file) => {
              setCv(file);
              setCvError(file && file.size > 10 * 1024 * 1024 ? t('refer.cvTooLarge') : null);
            }}
            error={cvError}
          />
          <Textarea autosize minRows={2} label={t('refer.relationship')} {...form.getInputProps('relationship')} />
          <Textarea autosize minRows={2} label={t('refer.note')} {...form.getInputProps('note')} />
          <Stack gap={4}>
            <Text size="sm" fw={500}>
              {t('refer.candidateAware')}
            </Text>
            <SegmentedControl
              data={[
                { value: 'yes', label: t('refer.yes') },
                { value: 'no', label: t('refer.no') },
              ]}
              {...form.getInputProps('aware')}
            />
          </Stack>
          {refusal && (
            <Alert color="orange" data-testid="refer-refusal">
              {refusal}
            </Alert>
          )}
          {hint && (
            <Text size="sm" c="orange">
              {t('refer.generalHint')}
            </Text>
          )}
          <Button type="submit" loading={refer.isPending}>
            {t('refer.submit')}
          </Button>
        </Stack>
      </form>
    </Card>
  );
}
