import { Alert, Button, Card, Group, Select, Stack, Text, Title } from '@mantine/core';
import type { TColumnMapping, TContactImportFormat, TCsvPreview } from '@vouch/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../app/errors.ts';
import { CsvMappingStep } from './CsvMappingStep.tsx';
import { FileDrop } from './FileDrop.tsx';
import { ImportProgress } from './ImportProgress.tsx';
import { ImportSummary } from './ImportSummary.tsx';
import { previewCsvFile, useImportContacts, useRunningImport } from './network.api.ts';

const FORMATS: TContactImportFormat[] = ['auto', 'linkedin', 'csv', 'vcard'];

/** Choose a file and its type, map the columns of a generic CSV, import, and read the summary. */
export function ImportCard() {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [format, setFormat] = useState<TContactImportFormat>('auto');
  const [preview, setPreview] = useState<TCsvPreview | null>(null);
  const [previewError, setPreviewError] = useState<unknown>(null);
  const [mapping, setMapping] = useState<TColumnMapping>({});
  const [hasHeaderRow, setHasHeaderRow] = useState(true);
  const importing = useImportContacts();
  const running = useRunningImport(importing.isPending);

  const loadPreview = async (chosen: File | null, chosenFormat: TContactImportFormat) => {
    setPreview(null);
    setPreviewError(null);
    if (!chosen || chosenFormat !== 'csv') return;
    try {
      const result = await previewCsvFile(chosen);
      setPreview(result);
      setMapping(result.suggestedMapping);
      setHasHeaderRow(result.hasHeaderRow);
    } catch (error) {
      setPreviewError(error);
    }
  };
  const chooseFile = (chosen: File) => {
    setFile(chosen);
    importing.reset();
    void loadPreview(chosen, format);
  };
  const chooseFormat = (value: TContactImportFormat) => {
    setFormat(value);
    void loadPreview(file, value);
  };
  const hasName = mapping.fullName !== undefined || mapping.firstName !== undefined;
  const ready = !!file && (format !== 'csv' || (!!preview && hasName));
  const start = () => {
    if (!file) return;
    importing.mutate(format === 'csv' ? { file, format, mapping, hasHeaderRow } : { file, format }, {
      onSuccess: () => setFile(null),
    });
  };

  return (
    <Card withBorder padding="lg" data-testid="import-card">
      <Stack>
        <Title order={3}>{t('network.upload.title')}</Title>
        <Text size="sm" c="dimmed">
          {t('network.upload.help')}
        </Text>
        <FileDrop file={file} onFile={chooseFile} />
        <Select
          label={t('network.upload.format')}
          data={FORMATS.map((f) => ({ value: f, label: t(`network.upload.formats.${f}`) }))}
          value={format}
          allowDeselect={false}
          onChange={(value) => value && chooseFormat(value as TContactImportFormat)}
          maw={320}
          data-testid="import-format"
        />
        {previewError !== null && <Alert color="red">{errorMessage(previewError)}</Alert>}
        {preview && format === 'csv' && (
          <CsvMappingStep
            preview={preview}
            mapping={mapping}
            hasHeaderRow={hasHeaderRow}
            onMapping={setMapping}
            onHeaderRow={setHasHeaderRow}
          />
        )}
        {preview && format === 'csv' && !hasName && (
          <Text size="sm" c="red">
            {t('network.mapping.needsName')}
          </Text>
        )}
        <Group>
          <Button onClick={start} disabled={!ready} loading={importing.isPending} data-testid="import-start">
            {t('network.upload.start')}
          </Button>
          {importing.isPending && !running && <Text size="sm">{t('network.upload.reading')}</Text>}
        </Group>
        {running && <ImportProgress running={running} />}
        {importing.isError && (
          <Alert color="red" data-testid="import-error">
            {errorMessage(importing.error)}
          </Alert>
        )}
        {importing.data && <ImportSummary summary={importing.data} />}
      </Stack>
    </Card>
  );
}
