import { Badge, Button, Card, Group, Menu, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useMutation, useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TCandidate, TPlacement } from '@vouch/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '../../app/errors.ts';
import { candidateKeys } from '../../app/query-keys.ts';
import { useFormat } from '../../i18n/format.ts';
import { confirmAction } from '../../ui/confirm.tsx';
import { AnchorLink } from '../../ui/links.tsx';
import { jobQuery, useJob, useJobOptions } from '../jobs/jobs.api.ts';
import { SubmissionOwner } from '../referrals/ReferralOwner.tsx';
import {
  addPlacement,
  historyQuery,
  invalidateAfterPlacement,
  removePlacement,
  useMovePlacement,
} from './candidates.api.ts';

type Props = { candidate: TCandidate; canEdit: boolean };

function AddToJob({ candidate }: { candidate: TCandidate }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [jobId, setJobId] = useState<string | null>(null);
  const [stepId, setStepId] = useState<string | null>(null);
  const jobs = useJobOptions();
  const job = useJob(jobId ?? undefined);
  const taken = new Set(candidate.placements.map((p) => p.jobId));
  const add = useMutation({
    mutationFn: () => addPlacement(candidate.id, { jobId: jobId!, ...(stepId ? { stepId } : {}) }),
    onSuccess: async (saved) => {
      client.setQueryData(candidateKeys.detail(candidate.id), saved);
      notifySuccess(t('candidates.added'));
      await invalidateAfterPlacement(client, candidate.id, jobId!);
      setJobId(null);
      setStepId(null);
    },
  });

  return (
    <Card withBorder padding="md">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (jobId) add.mutate();
        }}
      >
        <Group align="flex-end" gap="sm" wrap="wrap">
          <Select
            label={t('candidates.fields.job')}
            data={(jobs.data ?? []).filter((j) => !taken.has(j.value))}
            value={jobId}
            onChange={(v) => {
              setJobId(v);
              setStepId(null);
            }}
            searchable
            w={260}
          />
          <Select
            label={t('candidates.fields.step')}
            placeholder={t('candidates.firstStep')}
            data={(job.data?.steps ?? []).map((s) => ({ value: s.id, label: s.name }))}
            value={stepId}
            onChange={setStepId}
            disabled={!jobId}
            clearable
            w={200}
          />
          <Button type="submit" disabled={!jobId} loading={add.isPending}>
            {t('candidates.addToJob')}
          </Button>
        </Group>
      </form>
    </Card>
  );
}

export function CandidateJobsTab({ candidate, canEdit }: Props) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const client = useQueryClient();
  const history = useQuery(historyQuery(candidate.id));
  // The step menus need each job's steps.
  const jobs = useQueries({ queries: candidate.placements.map((p) => ({ ...jobQuery(p.jobId), enabled: canEdit })) });
  const stepsOf = (jobId: string) => jobs.find((q) => q.data?.id === jobId)?.data?.steps ?? [];
  const move = useMovePlacement();
  const remove = useMutation({
    mutationFn: (p: TPlacement) => removePlacement(p.id),
    onSuccess: async (_data, p) => {
      notifySuccess(t('candidates.removed'));
      await invalidateAfterPlacement(client, candidate.id, p.jobId);
    },
  });

  const askRemove = async (p: TPlacement) => {
    const ok = await confirmAction({
      message: t('candidates.removeConfirm', { job: p.jobTitle }),
      confirmLabel: t('candidates.removeFromJob'),
    });
    if (ok) remove.mutate(p);
  };

  return (
    <Stack gap="lg">
      {canEdit && <AddToJob candidate={candidate} />}
      {candidate.placements.length === 0 ? (
        <Text c="dimmed">{t('candidates.noPlacements')}</Text>
      ) : (
        <Table verticalSpacing="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('candidates.fields.job')}</Table.Th>
              <Table.Th>{t('candidates.fields.step')}</Table.Th>
              <Table.Th>{t('candidates.fields.updated')}</Table.Th>
              {canEdit && <Table.Th>{t('owner.column')}</Table.Th>}
              {canEdit && <Table.Th />}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {candidate.placements.map((p) => (
              <Table.Tr key={p.id}>
                <Table.Td>
                  <AnchorLink to="/jobs/$jobId" params={{ jobId: p.jobId }}>
                    {p.jobTitle}
                  </AnchorLink>
                  {p.jobStatus === 'archived' && (
                    <Badge color="gray" size="xs" ml="xs">
                      {t('jobs.status.archived')}
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td>
                  {canEdit ? (
                    <Menu withinPortal position="bottom-start">
                      <Menu.Target>
                        <Button
                          variant="light"
                          size="xs"
                          rightSection="▾"
                          loading={move.isPending && move.variables?.placementId === p.id}
                        >
                          {p.stepName}
                        </Button>
                      </Menu.Target>
                      <Menu.Dropdown>
                        <Menu.Label>{t('jobs.moveTo')}</Menu.Label>
                        {stepsOf(p.jobId).map((s) => (
                          <Menu.Item
                            key={s.id}
                            disabled={s.id === p.stepId}
                            onClick={() =>
                              move.mutate(
                                { candidateId: candidate.id, jobId: p.jobId, stepId: s.id, placementId: p.id },
                                {
                                  onSuccess: () =>
                                    notifySuccess(t('jobs.moved', { name: candidate.firstName, step: s.name })),
                                },
                              )
                            }
                          >
                            {s.name}
                          </Menu.Item>
                        ))}
                      </Menu.Dropdown>
                    </Menu>
                  ) : (
                    p.stepName
                  )}
                </Table.Td>
                <Table.Td>
                  <Text size="sm" c="dimmed">
                    {fmt.date(p.updatedAt)}
                  </Text>
                </Table.Td>
                {canEdit && (
                  <Table.Td>
                    <SubmissionOwner candidateId={candidate.id} jobId={p.jobId} />
                  </Table.Td>
                )}
                {canEdit && (
                  <Table.Td ta="right">
                    <Button variant="subtle" color="red" size="xs" onClick={() => askRemove(p)}>
                      {t('candidates.removeFromJob')}
                    </Button>
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}

      <div>
        <Title order={3} size="h5" mb="sm">
          {t('candidates.history')}
        </Title>
        {history.data?.items.length === 0 && <Text c="dimmed">{t('candidates.noHistory')}</Text>}
        <Stack gap={6}>
          {history.data?.items.map((e) => (
            <Group key={e.id} gap="xs" wrap="nowrap" align="baseline">
              <Text size="sm" c="dimmed" w={170} style={{ flexShrink: 0 }}>
                {fmt.dateTime(e.at)}
              </Text>
              <Text size="sm">
                {t('candidates.historyLine', {
                  job: e.jobTitle,
                  from: e.fromStepName ?? t('candidates.historyStart'),
                  to: e.toStepName,
                })}
                {e.actorName && (
                  <Text span size="sm" c="dimmed">
                    {' '}
                    {t('candidates.by', { name: e.actorName })}
                  </Text>
                )}
              </Text>
            </Group>
          ))}
        </Stack>
      </div>
    </Stack>
  );
}
