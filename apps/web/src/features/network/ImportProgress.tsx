import { Progress, Stack, Text } from '@mantine/core';
import type { TContactImport } from '@vouch/contracts';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format.ts';

/**
 * An unfinished import as the server reports it: while the file is read, the bar follows the bytes
 * received; while the contacts are written, the rows written of those to write.
 */
export function ImportProgress({ running }: { running: TContactImport }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { progress } = running;
  const reading = running.status === 'reading';
  const share = reading
    ? progress.bytesTotal
      ? progress.bytesRead / progress.bytesTotal
      : 0
    : progress.rowsToWrite
      ? progress.rowsWritten / progress.rowsToWrite
      : 1;
  const percent = Math.round(Math.min(1, share) * 100);
  return (
    <Stack gap={6} data-testid="import-progress" data-status={running.status}>
      <Text size="sm">
        {reading
          ? t('network.upload.progress.reading', {
              read: fmt.number(progress.rowsRead),
              skipped: fmt.number(progress.rowsSkipped),
            })
          : t('network.upload.progress.merging', {
              written: fmt.number(progress.rowsWritten),
              total: fmt.number(progress.rowsToWrite),
              skipped: fmt.number(progress.rowsSkipped),
            })}
      </Text>
      <Progress value={percent} animated aria-label={t('network.upload.progress.label')} />
    </Stack>
  );
}
