import { ActionIcon, Card, Checkbox, Group, Menu, Text } from '@mantine/core';
import type { TCandidateListItem, TJobStep } from '@vouch/contracts';
import type { DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../ui/links.tsx';
import { CheckStallBadge } from '../references/CheckStallBadge.tsx';
import { CheckStatusBadge } from '../references/CheckStatusBadge.tsx';

type Props = {
  candidate: TCandidateListItem;
  steps: TJobStep[];
  currentStepId: string;
  canMove: boolean;
  onMove: (step: TJobStep) => void;
  onDragStart: (e: DragEvent<HTMLDivElement>) => void;
  /** Chosen for a bulk action (shown to those who may move cards). */
  selected: boolean;
  onSelect: () => void;
};

export function PipelineCard({
  candidate,
  steps,
  currentStepId,
  canMove,
  onMove,
  onDragStart,
  selected,
  onSelect,
}: Props) {
  const { t } = useTranslation();
  const name = `${candidate.firstName} ${candidate.lastName}`;
  const line = [candidate.currentTitle, candidate.currentCompany].filter(Boolean).join(' · ');

  return (
    <Card
      withBorder
      padding="xs"
      draggable={canMove}
      onDragStart={onDragStart}
      style={{ cursor: canMove ? 'grab' : undefined }}
      data-testid={`pipeline-card-${candidate.id}`}
    >
      <Group justify="space-between" wrap="nowrap" gap={4} align="flex-start">
        {canMove && (
          <Checkbox
            size="xs"
            mt={3}
            aria-label={t('referenceChecks.bulk.select', { name })}
            checked={selected}
            onChange={onSelect}
            data-testid={`pipeline-select-${candidate.id}`}
          />
        )}
        <div style={{ minWidth: 0, flex: 1 }}>
          <AnchorLink
            to="/candidates/$candidateId"
            params={{ candidateId: candidate.id }}
            size="sm"
            fw={600}
            draggable={false}
          >
            {name}
          </AnchorLink>
          {line && (
            <Text size="xs" c="dimmed" truncate>
              {line}
            </Text>
          )}
          {(candidate.referenceCheck || candidate.referenceCheckStall) && (
            <Group gap={4} mt={4}>
              <CheckStallBadge reason={candidate.referenceCheckStall} />
              <CheckStatusBadge summary={candidate.referenceCheck} size="xs" />
            </Group>
          )}
        </div>
        {canMove && (
          <Menu position="bottom-end" withinPortal>
            <Menu.Target>
              <ActionIcon variant="subtle" color="gray" aria-label={t('jobs.moveMenu', { name })}>
                ⋯
              </ActionIcon>
            </Menu.Target>
            <Menu.Dropdown>
              <Menu.Label>{t('jobs.moveTo')}</Menu.Label>
              {steps.map((step) => (
                <Menu.Item key={step.id} disabled={step.id === currentStepId} onClick={() => onMove(step)}>
                  {step.name}
                </Menu.Item>
              ))}
            </Menu.Dropdown>
          </Menu>
        )}
      </Group>
    </Card>
  );
}
