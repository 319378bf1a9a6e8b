import { Alert, Button, Card, Group, Select, Stack, Text, Title } from '@mantine/core';
import { ADDABLE_TO_JOB_SOURCES, type TNetworkReferralDetail } from '@vouch/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage, notifySuccess } from '../../app/errors.ts';
import { AnchorLink } from '../../ui/links.tsx';
import { useJobOptions } from '../jobs/jobs.api.ts';
import { fullName } from './parts.tsx';
import { useAddToJob } from './referrals.api.ts';

/**
 * "Add to job" (seed 002): an email introduction or a prospect becomes a pipeline candidate at the
 * job's first step in one action; the referral and its referrer stay as they are.
 */
export function AddToJob({ referral: r }: { referral: TNetworkReferralDetail }) {
  const { t } = useTranslation();
  const jobs = useJobOptions();
  const add = useAddToJob();
  const [jobId, setJobId] = useState<string | null>(r.job?.id ?? null);
  if (!(ADDABLE_TO_JOB_SOURCES as readonly string[]).includes(r.source) || r.status === 'withdrawn') return null;
  const name = fullName(r);
  const jobTitle = (id: string) => jobs.data?.find((j) => j.value === id)?.label ?? '';
  const submit = () => {
    if (!jobId) return;
    add.mutate(
      { id: r.id, jobId },
      {
        onSuccess: (result) => notifySuccess(t('referralsArea.addToJob.added', { name, job: jobTitle(result.jobId) })),
      },
    );
  };
  return (
    <Card withBorder padding="md" data-testid="add-to-job">
      <Stack gap="xs">
        <Title order={4}>{t('referralsArea.addToJob.title')}</Title>
        <Text size="sm" c="dimmed">
          {t('referralsArea.addToJob.hint', { name })}
        </Text>
        <Group align="flex-end" gap="sm" wrap="wrap">
          <Select
            label={t('referralsArea.addToJob.job')}
            data={jobs.data ?? []}
            value={jobId}
            onChange={setJobId}
            searchable
            w={260}
            data-testid="add-to-job-select"
          />
          <Button onClick={submit} disabled={!jobId} loading={add.isPending} data-testid="add-to-job-button">
            {t('referralsArea.addToJob.submit')}
          </Button>
        </Group>
        {add.error && <Alert color="red">{errorMessage(add.error)}</Alert>}
        {add.data && (
          <Alert color="teal" data-testid="add-to-job-done">
            {t('referralsArea.addToJob.added', { name, job: jobTitle(add.data.jobId) })}{' '}
            <AnchorLink to="/candidates/$candidateId" params={{ candidateId: add.data.candidateId }} size="sm">
              {t('referralsArea.addToJob.openCandidate')}
            </AnchorLink>
          </Alert>
        )}
      </Stack>
    </Card>
  );
}
