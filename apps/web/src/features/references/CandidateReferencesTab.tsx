import { Button, Card, Stack } from '@mantine/core';
import type { TCandidate } from '@vouch/contracts';
import { useTranslation } from 'react-i18next';
import { Empty } from '../../ui/Empty.tsx';
import { QueryState } from '../../ui/QueryState.tsx';
import { CheckCard } from './CheckCard.tsx';
import { useCandidateChecks } from './references.api.ts';

type Props = { candidate: TCandidate; onStart: () => void };

/** Every reference check of the candidate, newest first, with its referees and actions. */
export function CandidateReferencesTab({ candidate, onStart }: Props) {
  const { t } = useTranslation();
  const checks = useCandidateChecks(candidate.id);
  if (!checks.data) {
    return <QueryState isLoading={checks.isLoading} error={checks.error} onRetry={() => checks.refetch()} />;
  }
  if (checks.data.length === 0) {
    return (
      <Card withBorder>
        <Empty
          title={t('referenceChecks.empty')}
          action={
            <Button onClick={onStart} data-testid="references-empty-start">
              {t('referenceChecks.start')}
            </Button>
          }
        />
      </Card>
    );
  }
  return (
    <Stack gap="md" data-testid="candidate-references">
      {checks.data.map((check) => (
        <CheckCard key={check.id} check={check} />
      ))}
    </Stack>
  );
}
