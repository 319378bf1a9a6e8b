import { Badge, Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { canManageHiring, canSeeCandidates, useMe } from '../../app/auth.ts';
import { notifySuccess } from '../../app/errors.ts';
import { dashboardKeys, jobKeys, referralKeys } from '../../app/query-keys.ts';
import { useFormat } from '../../i18n/format.ts';
import { confirmAction } from '../../ui/confirm.tsx';
import { Fact } from '../../ui/Fact.tsx';
import { AnchorLink, ButtonLink } from '../../ui/links.tsx';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { QueryState } from '../../ui/QueryState.tsx';
import { JobAgenciesCard } from '../intake/JobAgenciesCard.tsx';
import { setJobArchived, useJob } from './jobs.api.ts';
import { PipelineBoard } from './PipelineBoard.tsx';
import { useOfferReactivation } from './useOfferReactivation.tsx';

const route = getRouteApi('/_app/jobs/$jobId');

export function JobDetailPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const me = useMe();
  const manage = canManageHiring(me.role);
  const client = useQueryClient();
  const { jobId } = route.useParams();
  const job = useJob(jobId);
  const offerReactivation = useOfferReactivation();

  const setArchived = useMutation({
    mutationFn: (archive: boolean) => setJobArchived(jobId, archive),
    onSuccess: async (saved) => {
      client.setQueryData(jobKeys.detail(jobId), saved);
      notifySuccess(saved.status === 'archived' ? t('jobs.archived') : t('jobs.unarchived'));
      await client.invalidateQueries({ queryKey: jobKeys.lists() });
      await client.invalidateQueries({ queryKey: dashboardKeys.all() });
      await client.invalidateQueries({ queryKey: referralKeys.board() });
      if (saved.status === 'open') await offerReactivation(jobId);
    },
  });

  const archive = async () => {
    const ok = await confirmAction({ message: t('jobs.archiveConfirm'), confirmLabel: t('jobs.archive') });
    if (ok) setArchived.mutate(true);
  };

  if (!job.data) return <QueryState isLoading={job.isLoading} error={job.error} onRetry={() => job.refetch()} />;
  const data = job.data;
  const open = data.status === 'open';
  const addCandidate = manage && open && (
    <ButtonLink to="/candidates/new" search={{ jobId }} variant="light">
      {t('jobs.addCandidate')}
    </ButtonLink>
  );

  return (
    <>
      <PageHeader
        before={
          <AnchorLink to="/jobs" size="sm">
            ← {me.role === 'employee' || me.role === 'agent' ? t('jobs.openTitle') : t('jobs.title')}
          </AnchorLink>
        }
        title={
          <Group gap="sm">
            {data.title}
            <Badge color={open ? 'teal' : 'gray'} variant="light">
              {t(`jobs.status.${data.status}`)}
            </Badge>
          </Group>
        }
        subtitle={[data.departmentName, data.location].filter(Boolean).join(' · ') || undefined}
        actions={
          open && (me.role === 'employee' || me.role === 'agent') ? (
            <ButtonLink to="/refer" search={{ jobIds: [jobId] }}>
              {me.role === 'agent' ? t('refer.agentTitle') : t('refer.forThisJob')}
            </ButtonLink>
          ) : (
            manage && (
              <>
                {addCandidate}
                <ButtonLink to="/jobs/$jobId/edit" params={{ jobId }} variant="default">
                  {t('common.edit')}
                </ButtonLink>
                {open ? (
                  <Button color="red" variant="light" loading={setArchived.isPending} onClick={archive}>
                    {t('jobs.archive')}
                  </Button>
                ) : (
                  <Button variant="light" loading={setArchived.isPending} onClick={() => setArchived.mutate(false)}>
                    {t('jobs.unarchive')}
                  </Button>
                )}
              </>
            )
          )
        }
      />

      <Stack gap="lg">
        <Card withBorder padding="lg">
          <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} mb={data.description ? 'md' : 0}>
            <Fact label={t('jobs.fields.hiringManager')}>{data.hiringManager?.name ?? t('common.none')}</Fact>
            <Fact label={t('jobs.fields.recruiters')}>
              {data.recruiters.map((r) => r.name).join(', ') || t('common.none')}
            </Fact>
            {canSeeCandidates(me.role) && (
              <Fact label={t('jobs.fields.candidates')}>{fmt.number(data.candidateCount)}</Fact>
            )}
            <Fact label={t('jobs.fields.created')}>{fmt.date(data.createdAt)}</Fact>
          </SimpleGrid>
          {data.description && (
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {data.description}
            </Text>
          )}
        </Card>

        {me.role === 'admin' && <JobAgenciesCard jobId={jobId} />}

        {canSeeCandidates(me.role) ? (
          <div>
            <Title order={3} size="h4" mb="sm">
              {t('jobs.pipeline')}
            </Title>
            <PipelineBoard job={data} canMove={manage} emptyAction={addCandidate || undefined} />
          </div>
        ) : (
          <Text c="dimmed" size="sm">
            {t('jobs.readOnlyNote')}
          </Text>
        )}
      </Stack>
    </>
  );
}
