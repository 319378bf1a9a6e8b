import { Badge, Box, Card, Group, ScrollArea, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { TCandidateListItem, TJob, TJobStep } from '@vouch/contracts';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '../../app/errors.ts';
import { translateMessage } from '../../i18n/index.ts';
import { Empty } from '../../ui/Empty.tsx';
import { QueryState } from '../../ui/QueryState.tsx';
import { useCandidateList, useMovePlacement } from '../candidates/candidates.api.ts';
import { askAboutCompletedCheck } from '../references/askAboutCompletedCheck.tsx';
import { BulkStartButton } from '../references/BulkStartButton.tsx';
import { PipelineCard } from './PipelineCard.tsx';

type Props = { job: TJob; canMove: boolean; emptyAction?: ReactNode };

const DRAG_TYPE = 'application/x-vouch-candidate';

/** One column per step; move by dragging a card or with the menu on it (keyboard users). */
export function PipelineBoard({ job, canMove, emptyAction }: Props) {
  const { t } = useTranslation();
  const list = useCandidateList({ jobId: job.id }, 200);
  const move = useMovePlacement();
  // Shows a move at once; cleared when the server's answer has been re-read.
  const [moved, setMoved] = useState<Record<string, string>>({});
  const [over, setOver] = useState<string | null>(null);
  const [selected, setSelected] = useState<Map<string, string>>(new Map());
  const toggle = (c: TCandidateListItem) =>
    setSelected((prev) => {
      const next = new Map(prev);
      if (next.has(c.id)) next.delete(c.id);
      else next.set(c.id, `${c.firstName} ${c.lastName}`);
      return next;
    });
  const steps = [...job.steps].sort((a, b) => a.position - b.position);
  const candidates = list.data?.pages.flatMap((p) => p.items) ?? [];

  const stepOf = (c: TCandidateListItem) => moved[c.id] ?? c.placements.find((p) => p.jobId === job.id)?.stepId;
  const byStep = new Map<string, TCandidateListItem[]>(steps.map((s) => [s.id, []]));
  for (const c of candidates) {
    const stepId = stepOf(c);
    if (stepId) byStep.get(stepId)?.push(c);
  }

  const moveTo = async (candidate: TCandidateListItem, step: TJobStep) => {
    const placement = candidate.placements.find((p) => p.jobId === job.id);
    if (!placement || stepOf(candidate) === step.id) return;
    const name = `${candidate.firstName} ${candidate.lastName}`;
    // Back into a "Reference check" step after a completed check: ask before starting another.
    let startNewCheck = false;
    if (step.kind === 'reference_check' && candidate.referenceCheck?.status === 'completed') {
      const choice = await askAboutCompletedCheck(name);
      if (!choice) return;
      startNewCheck = choice === 'new';
    }
    setMoved((m) => ({ ...m, [candidate.id]: step.id }));
    move.mutate(
      { candidateId: candidate.id, jobId: job.id, stepId: step.id, placementId: placement.id, startNewCheck },
      {
        onSuccess: (placement) => {
          notifySuccess(t('jobs.moved', { name, step: step.name }));
          // A move into a "Reference check" step starts a check, keeps a completed one, or says why not.
          const check = placement?.referenceCheck;
          if (check?.started) notifySuccess(t('referenceChecks.stepStarted', { name }));
          else if (check?.completedCheckId) notifySuccess(t('referenceChecks.stepKept', { name }));
          else if (check)
            notifications.show({
              color: 'yellow',
              autoClose: 10_000,
              message: t('referenceChecks.stepNotStarted', { name, problem: translateMessage(check.problem ?? '') }),
            });
        },
        onSettled: () => setMoved(({ [candidate.id]: _, ...rest }) => rest),
      },
    );
  };

  if (list.isLoading || list.error) {
    return <QueryState isLoading={list.isLoading} error={list.error} onRetry={() => list.refetch()} />;
  }

  return (
    <ScrollArea type="auto" offsetScrollbars>
      {canMove && (
        // Stays mounted while its dialog shows the result, after the selection was cleared.
        <Group justify="flex-end" mb={selected.size ? 'xs' : 0}>
          <BulkStartButton selected={selected} jobId={job.id} onDone={() => setSelected(new Map())} />
        </Group>
      )}
      <Group align="flex-start" wrap="nowrap" gap="sm" pb="sm">
        {steps.map((step) => {
          const inStep = byStep.get(step.id) ?? [];
          return (
            <Box
              key={step.id}
              w={250}
              miw={250}
              p="xs"
              data-testid={`column-${step.id}`}
              aria-label={step.name}
              role="group"
              bg={over === step.id ? 'var(--mantine-color-indigo-1)' : 'var(--mantine-color-gray-1)'}
              style={{ borderRadius: 'var(--mantine-radius-md)', minHeight: 160 }}
              onDragOver={(e) => {
                if (!canMove || !e.dataTransfer.types.includes(DRAG_TYPE)) return;
                e.preventDefault();
                e.dataTransfer.dropEffect = 'move';
                setOver(step.id);
              }}
              onDragLeave={() => setOver((o) => (o === step.id ? null : o))}
              onDrop={(e) => {
                e.preventDefault();
                setOver(null);
                const id = e.dataTransfer.getData(DRAG_TYPE);
                const candidate = candidates.find((c) => c.id === id);
                if (candidate) moveTo(candidate, step);
              }}
            >
              <Group justify="space-between" mb="xs" px={4}>
                <Title order={4} size="h6">
                  {step.name}
                </Title>
                <Badge variant="light" color="gray" size="sm">
                  {inStep.length}
                </Badge>
              </Group>
              <Stack gap="xs">
                {inStep.length === 0 && (
                  <Text size="xs" c="dimmed" ta="center" py="md">
                    {t('jobs.emptyStep')}
                  </Text>
                )}
                {inStep.map((c) => (
                  <PipelineCard
                    key={c.id}
                    candidate={c}
                    steps={steps}
                    currentStepId={step.id}
                    canMove={canMove}
                    onMove={(target) => moveTo(c, target)}
                    selected={selected.has(c.id)}
                    onSelect={() => toggle(c)}
                    onDragStart={(e) => {
                      e.dataTransfer.setData(DRAG_TYPE, c.id);
                      e.dataTransfer.setData('text/plain', `${c.firstName} ${c.lastName}`);
                      e.dataTransfer.effectAllowed = 'move';
                    }}
                  />
                ))}
              </Stack>
            </Box>
          );
        })}
      </Group>
      {candidates.length === 0 && (
        <Card withBorder mt="sm">
          <Empty title={t('jobs.noCandidates')} action={emptyAction} />
        </Card>
      )}
    </ScrollArea>
  );
}
