import { Button, Tooltip } from '@mantine/core';
import { MAX_BULK_CHECKS } from '@vouch/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BulkStartChecksModal } from './BulkStartChecksModal.tsx';

type Props = { selected: Map<string, string>; jobId: string | null; onDone: () => void };

/** "Start reference checks (n)" for the candidates chosen in a table or pipeline; hidden with none chosen. */
export function BulkStartButton({ selected, jobId, onDone }: Props) {
  const { t } = useTranslation();
  // The candidates as they were when the dialog opened: the selection is cleared once they start.
  const [chosen, setChosen] = useState<{ id: string; name: string }[] | null>(null);
  if (!selected.size && !chosen) return null;
  const tooMany = selected.size > MAX_BULK_CHECKS;
  return (
    <>
      <Tooltip label={t('referenceChecks.bulk.tooMany', { max: MAX_BULK_CHECKS })} disabled={!tooMany}>
        <Button
          variant="light"
          onClick={() => setChosen([...selected].map(([id, name]) => ({ id, name })))}
          disabled={tooMany}
          data-testid="bulk-start-open"
        >
          {t('referenceChecks.bulk.action', { count: selected.size })}
        </Button>
      </Tooltip>
      {chosen && (
        <BulkStartChecksModal candidates={chosen} jobId={jobId} onClose={() => setChosen(null)} onDone={onDone} />
      )}
    </>
  );
}
