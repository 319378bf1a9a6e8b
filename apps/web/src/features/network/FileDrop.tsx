import { Button, Paper, Stack, Text } from '@mantine/core';
import { type DragEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

type Props = { file: File | null; onFile: (file: File) => void };

/** A drop target that is also a file picker, so it works with a mouse, a keyboard and a phone. */
export function FileDrop({ file, onFile }: Props) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    const dropped = event.dataTransfer.files[0];
    if (dropped) onFile(dropped);
  };
  return (
    <Paper
      withBorder
      p="lg"
      data-testid="contacts-drop"
      style={{ borderStyle: 'dashed', background: over ? 'var(--mantine-color-blue-light)' : undefined }}
      onDragOver={(event) => {
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
    >
      <Stack align="center" gap="xs">
        <Text fw={500}>{t('network.upload.drop')}</Text>
        <Text size="sm" c="dimmed" ta="center">
          {t('network.upload.hint')}
        </Text>
        <Button variant="default" onClick={() => input.current?.click()}>
          {t('network.upload.choose')}
        </Button>
        <input
          ref={input}
          type="file"
          hidden
          accept=".csv,.vcf,.txt,text/csv,text/vcard"
          data-testid="contacts-file-input"
          onChange={(event) => {
            const chosen = event.currentTarget.files?.[0];
            if (chosen) onFile(chosen);
            event.currentTarget.value = '';
          }}
        />
        {file && (
          <Text size="sm" data-testid="contacts-chosen-file">
            {t('network.upload.chosen', { name: file.name })}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
