import { ActionIcon, Button, Divider, Group, Modal, Paper, Select, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { type TCandidate, type TReferenceCheck, ZStartReferenceCheckRequest } from '@vouch/contracts';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { handleFormError, notifySuccess, zodValidate } from '../../app/errors.ts';
import { useJob } from '../jobs/jobs.api.ts';
import {
  emptyNamedConsent,
  NamedConsentFields,
  type NamedConsentValues,
  namedConsentMissing,
  namedConsentRequest,
} from './NamedConsentFields.tsx';
import { emptyReferee, RefereeFields, type RefereeFormValues, refereeRequest } from './RefereeFields.tsx';
import {
  defaultSettings,
  ReferenceCheckSettingsFields,
  type SettingsFormValues,
  settingsToForm,
} from './ReferenceCheckSettingsFields.tsx';
import { type StartCheckRequest, useStartCheck } from './references.api.ts';

type Values = SettingsFormValues & {
  jobId: string | null;
  referees: RefereeFormValues[];
  refereeConsent: NamedConsentValues;
};

/** The recruiter names referees without the candidate being asked: then how the candidate agreed is required. */
const namesReferees = (v: Values) => v.candidateChannel === 'none' && v.referees.length > 0;

function toRequest(v: Values): StartCheckRequest {
  return {
    jobId: v.jobId,
    subAccountId: v.subAccountId,
    language: v.language,
    templateId: v.templateId ?? '',
    candidateChannel: v.candidateChannel,
    refereesWanted: v.refereesWanted,
    refereeChannel: v.refereeChannel,
    refereeVerification: v.refereeVerification,
    ...(namesReferees(v) ? { refereeConsent: namedConsentRequest(v.refereeConsent) } : {}),
    instruction: v.instruction.trim() || null,
    // Only a check that does not ask the candidate takes referees from the recruiter at the start.
    referees: v.candidateChannel === 'none' ? v.referees.map(refereeRequest) : [],
  };
}

type Props = { candidate: TCandidate; onClose: () => void; onStarted?: (check: TReferenceCheck) => void };

/** Starts a check from the profile: a job (optional), then the step's settings, prefilled from that job. */
export function StartReferenceCheckModal({ candidate, onClose, onStarted }: Props) {
  const { t } = useTranslation();
  const jobs = [...new Map(candidate.placements.map((p) => [p.jobId, p.jobTitle])).entries()];
  const form = useForm<Values>({
    initialValues: {
      ...defaultSettings(candidate.language),
      jobId: jobs.length === 1 ? jobs[0][0] : null,
      referees: [],
      refereeConsent: emptyNamedConsent(),
    },
    validate: (values) => {
      const errors = zodValidate(ZStartReferenceCheckRequest, toRequest)(values);
      if (namesReferees(values) && !values.refereeConsent.method)
        errors['refereeConsent.method'] = namedConsentMissing();
      return errors;
    },
  });
  const start = useStartCheck(candidate.id);
  const job = useJob(form.values.jobId ?? undefined);
  const prefilled = useRef<string | null>(null);

  // The chosen job's "Reference check" step settings fill the form once per job chosen.
  useEffect(() => {
    const data = job.data;
    if (!data || prefilled.current === data.id) return;
    prefilled.current = data.id;
    const settings = data.steps.find((s) => s.kind === 'reference_check' && s.settings)?.settings;
    if (settings) form.setValues(settingsToForm(settings));
  }, [job.data, form.setValues]);

  const values = form.values;
  const addReferee = () => {
    form.insertListItem('referees', emptyReferee(values.language));
    const index = values.referees.length;
    requestAnimationFrame(() =>
      (document.querySelector(`[data-testid="start-referee-${index}-name"]`) as HTMLElement | null)?.focus(),
    );
  };

  const submit = (v: Values) =>
    start.mutate(toRequest(v), {
      onSuccess: (check) => {
        notifySuccess(t('referenceChecks.started'));
        onStarted?.(check);
        onClose();
      },
      onError: (error) => handleFormError(form, error),
    });

  return (
    <Modal opened onClose={onClose} size="xl" title={t('referenceChecks.start_modal.title')}>
      <form onSubmit={form.onSubmit(submit)} noValidate data-testid="start-check-form">
        <Stack>
          <Select
            label={t('referenceChecks.start_modal.job')}
            description={t('referenceChecks.start_modal.jobHint')}
            placeholder={t('referenceChecks.start_modal.noJob')}
            data={jobs.map(([value, label]) => ({ value, label }))}
            clearable
            data-testid="start-check-job"
            {...form.getInputProps('jobId')}
          />
          <ReferenceCheckSettingsFields form={form} path="" idPrefix="start" />
          {values.candidateChannel === 'none' && (
            <>
              <Divider label={t('referenceChecks.start_modal.referees')} labelPosition="left" />
              <Text size="sm" c="dimmed">
                {t('referenceChecks.start_modal.refereesHint')}
              </Text>
              {values.referees.map((_, index) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: rows have no id before they are saved
                <Paper key={index} withBorder p="sm">
                  <Group justify="space-between" mb="xs">
                    <Text fw={600} size="sm">
                      {t('referenceChecks.start_modal.referee', { n: index + 1 })}
                    </Text>
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      aria-label={t('referenceChecks.start_modal.removeReferee', { n: index + 1 })}
                      onClick={() => form.removeListItem('referees', index)}
                    >
                      ✕
                    </ActionIcon>
                  </Group>
                  <RefereeFields form={form} path={`referees.${index}`} idPrefix={`start-referee-${index}`} />
                </Paper>
              ))}
              {values.referees.length > 0 && <NamedConsentFields form={form} path="refereeConsent" idPrefix="start" />}
              <Group>
                <Button
                  variant="light"
                  onClick={addReferee}
                  disabled={values.referees.length >= 10}
                  data-testid="start-check-add-referee"
                >
                  {t('referenceChecks.start_modal.addReferee')}
                </Button>
              </Group>
            </>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={start.isPending} data-testid="start-check-submit">
              {t('referenceChecks.start_modal.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
