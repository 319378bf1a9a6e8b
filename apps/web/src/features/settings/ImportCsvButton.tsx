import { Alert, Button, FileButton, List, Stack, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import type { TLinkedinCsvImportResult } from '@vouch/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifyError } from '../../app/errors.ts';

type Props = {
  label: string;
  hint: string;
  upload: (csv: string) => Promise<TLinkedinCsvImportResult>;
  onImported: () => void;
  testId: string;
};

/** Picks LinkedIn's CSV, sends its text, and says what was imported and which lines were left out. */
export function ImportCsvButton({ label, hint, upload, onImported, testId }: Props) {
  const { t } = useTranslation();
  const [result, setResult] = useState<TLinkedinCsvImportResult | null>(null);
  const run = useMutation({
    mutationFn: async (file: File) => upload(await file.text()),
    onSuccess: (done) => {
      setResult(done);
      onImported();
    },
    onError: notifyError,
    meta: { silent: true },
  });
  return (
    <Stack gap="xs">
      <FileButton onChange={(file) => file && run.mutate(file)} accept=".csv,text/csv">
        {(props) => (
          <Button {...props} variant="light" loading={run.isPending} data-testid={testId}>
            {label}
          </Button>
        )}
      </FileButton>
      <Text size="xs" c="dimmed">
        {hint}
      </Text>
      {result && (
        <Alert color={result.rejected.length ? 'yellow' : 'green'} withCloseButton onClose={() => setResult(null)}>
          <Text size="sm">
            {t('myHistory.imported', {
              imported: result.imported,
              duplicates: result.duplicates,
              rejected: result.rejected.length,
            })}
          </Text>
          {result.rejected.length > 0 && (
            <>
              <Text size="sm" fw={600} mt="xs">
                {t('myHistory.rejectedTitle')}
              </Text>
              <List size="sm">
                {result.rejected.slice(0, 50).map((r) => (
                  <List.Item key={r.line}>
                    {t('myHistory.rejectedRow', { line: r.line, problem: t(`myHistory.problem.${r.problem}`) })}
                  </List.Item>
                ))}
              </List>
            </>
          )}
        </Alert>
      )}
    </Stack>
  );
}
