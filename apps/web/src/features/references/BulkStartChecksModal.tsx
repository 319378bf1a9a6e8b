import { Alert, Button, Group, List, Modal, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { type TLanguage, type TStartReferenceChecksResult, ZStartReferenceChecksRequest } from '@vouch/contracts';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { handleFormError, zodValidate } from '../../app/errors.ts';
import { problemText } from '../../app/problem-text.ts';
import { useJob } from '../jobs/jobs.api.ts';
import {
  defaultSettings,
  ReferenceCheckSettingsFields,
  type SettingsFormValues,
  settingsToForm,
} from './ReferenceCheckSettingsFields.tsx';
import { type StartChecksInBulkRequest, useStartChecksInBulk } from './references.api.ts';

type Props = {
  candidates: { id: string; name: string }[];
  /** The pipeline's job: each check belongs to it, and its reference check step fills the form. */
  jobId: string | null;
  onClose: () => void;
  /** After the checks were asked for (the selection can then be cleared). */
  onDone: () => void;
};

/** One settings form for the selected candidates, then what happened to each of them. */
export function BulkStartChecksModal({ candidates, jobId, onClose, onDone }: Props) {
  const { t, i18n } = useTranslation();
  const language = (i18n.language === 'sv' ? 'sv' : 'en') as TLanguage;
  const toRequest = (v: SettingsFormValues): StartChecksInBulkRequest => ({
    ...v,
    templateId: v.templateId ?? '',
    jobId,
    candidateIds: candidates.map((c) => c.id),
  });
  const form = useForm<SettingsFormValues>({
    initialValues: defaultSettings(language),
    validate: zodValidate(ZStartReferenceChecksRequest, toRequest),
  });
  const start = useStartChecksInBulk();
  const [result, setResult] = useState<TStartReferenceChecksResult | null>(null);
  const job = useJob(jobId ?? undefined);
  const prefilled = useRef(false);
  useEffect(() => {
    const settings = job.data?.steps.find((s) => s.kind === 'reference_check' && s.settings)?.settings;
    if (!settings || prefilled.current) return;
    prefilled.current = true;
    form.setValues(settingsToForm(settings));
  }, [job.data, form.setValues]);

  const submit = (v: SettingsFormValues) =>
    start.mutate(toRequest(v), {
      onSuccess: (answer) => {
        setResult(answer);
        onDone();
      },
      onError: (error) => handleFormError(form, error),
    });

  return (
    <Modal opened onClose={onClose} size="xl" title={t('referenceChecks.bulk.title', { count: candidates.length })}>
      {result ? (
        <BulkResult result={result} onClose={onClose} />
      ) : (
        <form onSubmit={form.onSubmit(submit)} noValidate data-testid="bulk-start-form">
          <Stack>
            <Text size="sm" c="dimmed">
              {t('referenceChecks.bulk.intro', { names: candidates.map((c) => c.name).join(', ') })}
            </Text>
            <ReferenceCheckSettingsFields form={form} path="" idPrefix="bulk" />
            <Group justify="flex-end">
              <Button variant="default" onClick={onClose}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" loading={start.isPending} data-testid="bulk-start-submit">
                {t('referenceChecks.bulk.submit', { count: candidates.length })}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}

function BulkResult({ result, onClose }: { result: TStartReferenceChecksResult; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const language = (i18n.language === 'sv' ? 'sv' : 'en') as TLanguage;
  const skipped = result.results.filter((r) => r.outcome === 'skipped');
  return (
    <Stack data-testid="bulk-start-result">
      <Alert
        color={result.started ? 'green' : 'yellow'}
        title={t('referenceChecks.bulk.started', { count: result.started })}
      >
        {skipped.length > 0 && t('referenceChecks.bulk.skipped', { count: skipped.length })}
      </Alert>
      {skipped.length > 0 && (
        <List size="sm" spacing={4} data-testid="bulk-start-skipped">
          {skipped.map((r) => (
            <List.Item key={r.candidateId}>
              <Text span fw={600} size="sm">
                {r.candidateName ?? t('referenceChecks.bulk.unknownCandidate')}
              </Text>
              {': '}
              {problemText(language, r.reason ?? undefined, r.params ?? undefined) ?? r.reason}
            </List.Item>
          ))}
        </List>
      )}
      <Group justify="flex-end">
        <Button onClick={onClose} data-testid="bulk-start-close">
          {t('referenceChecks.bulk.close')}
        </Button>
      </Group>
    </Stack>
  );
}
