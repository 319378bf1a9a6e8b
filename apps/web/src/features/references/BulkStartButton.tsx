import { Button, Tooltip } from '@mantine/core';
import { MAX_BULK_CHECKS } from '@vouch/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BulkStartChecksModal } from './BulkStartChecksModal.tsx';

type Props = { selected: Map<string, string>; jobId: string | null; onDone: () => void };

/** "Start reference checks (n)" for the candidates chosen in a table or pipeline; hidden with none chosen. */
export function BulkStartButton({ selected, jobId, onDone }: Props) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  if (!selected.size && !open) return null;
  const tooMany = selected.size > MAX_BULK_CHECKS;
  return (
    <>
      <Tooltip label={t('referenceChecks.bulk.tooMany', { max: MAX_BULK_CHECKS })} disabled={!tooMany}>
        <Button variant="light" onClick={() => setOpen(true)} disabled={tooMany} data-testid="bulk-start-open">
          {t('referenceChecks.bulk.action', { count: selected.size })}
        </Button>
      </Tooltip>
      {open && (
        <BulkStartChecksModal
          candidates={[...selected].map(([id, name]) => ({ id, name }))}
          jobId={jobId}
          onClose={() => setOpen(false)}
          onDone={onDone}
        />
      )}
    </>
  );
}
